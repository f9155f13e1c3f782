import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runValidate } from './run-validate.ts';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runValidate({
		args,
		readFile: (path) => readFile(path, 'utf8'),
		out: (line) => out.push(line),
		err: (line) => err.push(line)
	});
	return { code, out, err };
}

describe('untoc-alliance-validate', () => {
	test('prints the three planted errors of a CSV, one per line, and exits 1', async () => {
		const file = `${fixtures}organisations-three-errors.csv`;
		const { code, out, err } = await run(file);
		expect(out).toEqual([
			`${file}:4:sector: Unknown sector "victims"`,
			`${file}:5:country: Not an ISO 3166-1 alpha-3 code: "pak"`,
			`${file}:6:public: Invalid input: expected boolean, received string`
		]);
		expect(err).toEqual([`${file}: 6 organisations, 3 error(s)`]);
		expect(code).toBe(1);
	});

	test('exits 0 on a valid file read with an explicit --kind', async () => {
		const { code, out } = await run('--kind', 'memberships', `${fixtures}memberships.csv`);
		expect({ code, out }).toEqual({ code: 0, out: [] });
	});

	test.each([
		[['a.txt'], 'Cannot tell the format of a.txt'],
		[['--kind', 'people', 'a.csv'], 'Unknown or incomplete option --kind'],
		[[], 'Give exactly one file'],
		[[`${fixtures}missing.csv`], 'Cannot read']
	])('exits 2 with a message for %j', async (args, message) => {
		const { code, err } = await run(...args);
		expect(code).toBe(2);
		expect(err.join('\n')).toContain(message);
	});
});
