/**
 * The package as other teams get it: packed with `pnpm pack`, linted with publint and
 * Are-The-Types-Wrong, installed with npm into a project outside the workspace (zod comes from the
 * registry as the peer), then used from plain Node ESM and through its command. Needs `dist/`
 * (the `test` script builds first) and the npm registry.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jsonSchemaFiles } from '../src/index.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(packageDir, 'test', 'fixtures');
let dir: string;
let tarball: string;
let project: string;

/** The environment without pnpm's `npm_*` settings, so that npm runs as it would for a user. */
const cleanEnv = Object.fromEntries(
	Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))
);

const consumer = `
import { readFileSync } from 'node:fs';
import { EngagementEvent, Membership, Organisation } from '@untoc-alliance/schema';
import schema from '@untoc-alliance/schema/json-schema/Organisation.input.json' with { type: 'json' };
const demo = JSON.parse(readFileSync('demo-records.json', 'utf8'));
const parsed = [
	...demo.organisations.map((o) => Organisation.parse(o)),
	...demo.memberships.map((m) => Membership.parse(m)),
	...demo.events.map((e) => EngagementEvent.parse(e))
];
const bad = Membership.safeParse({ ...demo.memberships[0], regions: ['PK-PB', 'XX-YY'] });
console.log(JSON.stringify({
	parsed: parsed.length,
	issues: bad.error.issues.map((i) => ({ path: i.path, message: i.message })),
	schemaTitle: schema.title
}));
`;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'untoc-schema-pack-'));
	await run('pnpm', ['pack', '--pack-destination', dir], { cwd: packageDir });
	const name = (await readdir(dir)).find((file) => file.endsWith('.tgz'));
	if (!name) throw new Error('pnpm pack wrote no tarball (is dist/ built?)');
	tarball = join(dir, name);
	project = join(dir, 'consumer');
	await cp(fixtures, project, { recursive: true });
	await writeFile(join(project, 'package.json'), '{ "private": true, "type": "module" }\n');
	await writeFile(join(project, 'consumer.mjs'), consumer);
	const npm = ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball];
	await run('npm', npm, { cwd: project, env: cleanEnv });
}, 300_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('the packed package', { timeout: 180_000 }, () => {
	test('has the published exports (types first), the command, and zod as a peer', async () => {
		const { stdout } = await run('tar', ['-xzOf', tarball, 'package/package.json']);
		const manifest = JSON.parse(stdout) as Record<string, unknown>;
		expect(manifest['exports']).toEqual({
			'.': { types: './dist/index.d.ts', default: './dist/index.js' },
			'./json-schema/*': './dist/json-schema/*',
			'./openapi.json': './dist/openapi.json',
			'./package.json': './package.json'
		});
		expect(manifest).toMatchObject({
			sideEffects: false,
			bin: { 'untoc-alliance-validate': './dist/cli/validate.js' }
		});
		expect(manifest['peerDependencies']).toEqual({ zod: '^4.6.7' });
		expect(manifest).not.toHaveProperty('private');
		expect(manifest).not.toHaveProperty('dependencies');
	});

	test('ships dist/json-schema/*.json exactly as jsonSchemaFiles() generates them', async () => {
		const folder = join(packageDir, 'dist', 'json-schema');
		const expected = jsonSchemaFiles();
		expect((await readdir(folder)).sort()).toEqual(expected.map((f) => f.fileName).sort());
		for (const { fileName, schema } of expected) {
			expect(JSON.parse(await readFile(join(folder, fileName), 'utf8')), fileName).toEqual(schema);
		}
	});

	test('publint finds nothing, not even a suggestion', async () => {
		const buffer = await readFile(tarball);
		const { messages } = await publint({ pack: { tarball: buffer.buffer }, strict: true });
		expect(messages).toEqual([]);
	});

	test('Are-The-Types-Wrong finds no problem for ESM consumers', async () => {
		const attw = join(packageDir, 'node_modules', '.bin', 'attw');
		const { stdout } = await run(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii']);
		expect(stdout).toContain('node16 (from ESM): 🟢 (ESM)');
	});
});

describe('installed with npm outside the workspace', { timeout: 180_000 }, () => {
	test('zod comes from the registry as the peer', async () => {
		const zod = JSON.parse(
			await readFile(join(project, 'node_modules', 'zod', 'package.json'), 'utf8')
		) as { version: string };
		expect(zod.version).toMatch(/^4\./);
	});

	test('plain Node ESM parses the demo data and rejects a bad record at its path', async () => {
		const { stdout } = await run('node', ['consumer.mjs'], { cwd: project });
		expect(JSON.parse(stdout)).toEqual({
			parsed: 10,
			issues: [{ path: ['regions', 1], message: 'Unknown region "XX-YY"' }],
			schemaTitle: 'Organisation'
		});
	});

	test('untoc-alliance-validate reports exactly the three planted errors and exits 1', async () => {
		const bin = join(project, 'node_modules', '.bin', 'untoc-alliance-validate');
		const error = await run(bin, ['organisations-three-errors.csv'], { cwd: project }).catch(
			(e: unknown) => e as { code: number; stdout: string }
		);
		expect(error).toMatchObject({ code: 1 });
		expect((error as { stdout: string }).stdout.trim().split('\n')).toEqual([
			'organisations-three-errors.csv:4:sector: Unknown sector "victims"',
			'organisations-three-errors.csv:5:country: Not an ISO 3166-1 alpha-3 code: "pak"',
			'organisations-three-errors.csv:6:public: Invalid input: expected boolean, received string'
		]);
	});
});
