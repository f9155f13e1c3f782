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

	it('takes a PostgreSQL DATABASE_URL, and none by default', () => {
		const url = 'postgresql://untoc:secret@db.example.org:5432/untoc';
		expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
		expect(parseEnv({}).DATABASE_URL).toBeUndefined();
	});

	it('takes PUBLIC_MIN_COUNT, 3 by default', () => {
		expect(parseEnv({}).PUBLIC_MIN_COUNT).toBe(3);
		expect(parseEnv({ PUBLIC_MIN_COUNT: '5' }).PUBLIC_MIN_COUNT).toBe(5);
	});

	it('takes TRUST_PROXY=1, off by default', () => {
		expect(parseEnv({}).TRUST_PROXY).toBe(false);
		expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
		expect(parseEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
	});

	it.each([
		{ vars: { TRUST_PROXY: 'yes' }, name: 'TRUST_PROXY' },
		{ vars: { PORT: 'abc' }, name: 'PORT' },
		{ vars: { PORT: '70000' }, name: 'PORT' },
		{ vars: { SEED: 'lots' }, name: 'SEED' },
		{ vars: { HOST: '' }, name: 'HOST' },
		{ vars: { DATABASE_URL: 'mysql://db.example.org/untoc' }, name: 'DATABASE_URL' },
		{ vars: { DATABASE_URL: 'postgres://' }, name: 'DATABASE_URL' },
		{ vars: { PUBLIC_MIN_COUNT: 'three' }, name: 'PUBLIC_MIN_COUNT' },
		{ vars: { PUBLIC_MIN_COUNT: '0' }, name: 'PUBLIC_MIN_COUNT' },
		{ vars: { PUBLIC_MIN_COUNT: '101' }, name: 'PUBLIC_MIN_COUNT' }
	])('rejects $vars naming $name', ({ vars, name }) => {
		expect(() => parseEnv(vars)).toThrow(new RegExp(`^Invalid environment:\\n  ${name}: `));
	});
});
