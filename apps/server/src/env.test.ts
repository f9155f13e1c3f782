import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
	it('applies the defaults', () => {
		const env = parseEnv({});
		expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', SEED: { kind: 'demo' } });
		expect(env.DATABASE_PATH).toBe(resolve('data/untoc-alliance.sqlite'));
		expect(env.DASHBOARD_DIST.endsWith('/apps/dashboard/dist')).toBe(true);
	});

	it('parses PORT, SEED=scale:N and resolves DATABASE_PATH against the cwd', () => {
		const env = parseEnv({ PORT: '8080', SEED: 'scale:1000', DATABASE_PATH: 'tmp/x.sqlite' });
		expect(env.PORT).toBe(8080);
		expect(env.SEED).toEqual({ kind: 'scale', records: 1000 });
		expect(env.DATABASE_PATH).toBe(resolve('tmp/x.sqlite'));
	});

	it.each([
		{ vars: { PORT: 'abc' }, name: 'PORT' },
		{ vars: { PORT: '70000' }, name: 'PORT' },
		{ vars: { SEED: 'lots' }, name: 'SEED' },
		{ vars: { HOST: '' }, name: 'HOST' }
	])('rejects $vars naming $name', ({ vars, name }) => {
		expect(() => parseEnv(vars)).toThrow(new RegExp(`^Invalid environment:\\n  ${name}: `));
	});
});
