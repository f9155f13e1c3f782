import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readProcedures } from '../openapi/read-procedures.ts';
import { writeProcedures } from '../openapi/write-procedures.ts';
import { Id, IsoDate, Name, SourceUrl } from '../scalars.ts';
import { Sector } from '../vocabulary.ts';
import {
	deepArray,
	hostileInput,
	prototypePoison,
	validInput,
	type HostileKind,
	type HostileSample
} from './arbitraries.ts';

/** Fixed, so that a failure reproduces; fast-check prints the seed and path of any failure. */
const seed = 20261128;

/** Every input schema of a procedure, queries and mutations. */
const procedureInputs = [...readProcedures, ...writeProcedures].flatMap((p) =>
	p.input ? [[p.path, p.input.schema] as const] : []
);

interface Tree {
	name: string;
	children: Tree[];
}
const TreeSchema: z.ZodType<Tree> = z.lazy(() =>
	z.strictObject({ name: z.string().min(1).max(5), children: z.array(TreeSchema).max(3) })
);

/** One schema of each kind the walker knows, with the checks it must honour. */
const kinds: [string, z.ZodType][] = [
	['string with min/max', z.string().min(3).max(8)],
	['string of exact length', z.string().length(4)],
	['trimmed name', Name],
	['email', z.email()],
	['url (http/https)', SourceUrl],
	['regex', z.string().regex(/^[A-Z]{3}$/)],
	['iso date', IsoDate],
	['iso datetime', z.iso.datetime()],
	['uuid', z.uuid()],
	['int with bounds', z.int().min(-5).max(5)],
	['id', Id],
	['exclusive number bounds', z.number().gt(0).lt(1)],
	['multiple of', z.number().multipleOf(5).min(10).max(100)],
	['int32', z.int32()],
	['enum', Sector],
	['literal', z.literal(['a', 1, true])],
	['boolean and null', z.union([z.boolean(), z.null()])],
	['array with bounds', z.array(z.int()).min(2).max(4)],
	['nonempty array', z.array(Sector).nonempty()],
	['optional', z.string().max(2).optional()],
	['nullable', z.int().nullable()],
	['default', z.int().min(1).max(9).default(3)],
	['strict object', z.strictObject({ a: z.string(), b: z.int().optional() })],
	['loose object', z.looseObject({ a: z.boolean() })],
	['refined object', z.object({ lo: z.int(), hi: z.int() }).refine((v) => v.lo <= v.hi)],
	['union of objects', z.union([z.object({ k: z.literal('a') }), z.object({ n: z.number() })])],
	[
		'discriminated union',
		z.discriminatedUnion('kind', [
			z.object({ kind: z.literal('x'), x: z.int() }),
			z.object({ kind: z.literal('y'), y: z.string() })
		])
	],
	[
		'pipe with transform',
		z
			.string()
			.max(5)
			.transform((s) => s.length)
	],
	['pipe into a narrower schema', z.string().pipe(z.string().regex(/^\d+$/).max(4))],
	['record of string keys', z.record(z.string().max(3), z.int())],
	['record over an enum', z.record(z.enum(['a', 'b']), z.boolean())],
	['tuple with rest', z.tuple([z.string(), z.int()], z.boolean())],
	['lazy tree', TreeSchema],
	['unknown', z.unknown()]
];

function issuePaths(error: z.ZodError): PropertyKey[][] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => [...issue.path, key])
			: [issue.path]
	);
}

/**
 * True when one path leads into the other: the issue is where the fault is, above it (an array
 * too long, a union none of whose options fit) or inside it (a replaced object missing fields).
 */
function onOneBranch(prefix: readonly PropertyKey[], path: readonly PropertyKey[]): boolean {
	const n = Math.min(prefix.length, path.length);
	return prefix.slice(0, n).every((key, i) => key === path[i]);
}

describe('validInput', () => {
	it.each(kinds)('makes only values a %s schema accepts', (_name, schema) => {
		fc.assert(
			fc.property(validInput(schema), (value) => {
				const result = schema.safeParse(value);
				expect(result.error?.issues ?? []).toEqual([]);
			}),
			{ seed, numRuns: 200 }
		);
	});

	it('varies the values: a bounded int reaches both of its ends', () => {
		const values = new Set(fc.sample(validInput(z.int().min(1).max(3)), { seed, numRuns: 100 }));
		expect([...values].sort()).toEqual([1, 2, 3]);
	});

	it('leaves optional and defaulted fields out of some objects and fills them in others', () => {
		const schema = z.strictObject({ a: z.int().optional(), b: z.int().default(1), c: z.null() });
		const samples = fc.sample(validInput(schema), { seed, numRuns: 100 });
		expect(samples.every((s) => 'c' in s)).toBe(true);
		expect(samples.some((s) => s.a === undefined)).toBe(true);
		expect(samples.some((s) => typeof s.a === 'number')).toBe(true);
		expect(samples.some((s) => !('a' in s))).toBe(true);
		expect(samples.some((s) => s.b === undefined)).toBe(true);
	});

	it('refuses a schema it has no arbitrary for, naming its type', () => {
		expect(() => validInput(z.map(z.string(), z.string()))).toThrow(/zod map schema/);
	});

	it.each(procedureInputs)('makes only valid %s inputs', (_path, schema) => {
		fc.assert(
			fc.property(validInput(schema), (value) => {
				expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
			}),
			{ seed, numRuns: 200 }
		);
	});
});

/** Samples of the hostile arbitrary, each with the schema's verdict. */
function judge(schema: z.ZodType, numRuns: number) {
	return fc.sample(hostileInput(schema), { seed, numRuns }).map((sample: HostileSample) => ({
		sample,
		result: schema.safeParse(sample.value)
	}));
}

describe('hostileInput', () => {
	it.each(procedureInputs)(
		'%s: rejects nearly every hostile input, naming the field at fault',
		(_path, schema) => {
			const judged = judge(schema, 300);
			const rejected = judged.flatMap((j) =>
				j.result.error ? [{ ...j, error: j.result.error }] : []
			);
			// A few faults can land where they are harmless (-0 for a count, text for a search).
			expect(rejected.length).toBeGreaterThan(judged.length * 0.8);
			for (const { sample, error } of rejected) {
				const paths = issuePaths(error);
				expect(
					paths.some((p) => onOneBranch(p, sample.path)),
					`${sample.kind} at ${JSON.stringify(sample.path)}: ${JSON.stringify(paths)}`
				).toBe(true);
			}
		}
	);

	it.each(kinds.filter(([name]) => name !== 'unknown'))(
		'%s: rejected hostile values name the field at fault',
		(_name, schema) => {
			const judged = judge(schema, 200);
			expect(judged.some((j) => !j.result.success)).toBe(true);
			for (const { sample, result } of judged) {
				if (result.success) continue;
				const paths = issuePaths(result.error);
				expect(paths.some((p) => onOneBranch(p, sample.path))).toBe(true);
			}
		}
	);

	it('makes every kind of fault for a filter input', () => {
		const schema = readProcedures.find((p) => p.path === 'members.list')?.input?.schema;
		if (!schema) throw new Error('members.list has no input');
		const kindsSeen = new Set(judge(schema, 1_000).map((j) => j.sample.kind));
		const expected: HostileKind[] = [
			'wrong-type',
			'edge-number',
			'huge-string',
			'deep-nesting',
			'prototype-keys',
			'unicode',
			'unknown-key',
			'array-bounds',
			'string-bounds',
			'number-bounds',
			'not-in-set'
		];
		expect([...kindsSeen].sort()).toEqual([...expected].sort());
	});

	it('puts faults at nested paths, not only at the root', () => {
		const schema = z.strictObject({ list: z.array(z.strictObject({ n: z.int() })).max(3) });
		const paths = judge(schema, 300).map((j) => j.sample.path.length);
		expect(Math.max(...paths)).toBe(3);
	});

	it('sends __proto__ as an own key, which a strict object rejects by name', () => {
		const schema = z.strictObject({ a: z.int() });
		const result = schema.safeParse({ a: 1, ...prototypePoison() });
		expect(result.success).toBe(false);
		expect(issuePaths(result.error as z.ZodError)).toEqual([
			['__proto__'],
			['constructor'],
			['prototype']
		]);
	});

	it('nests 1,000 levels deep without overflowing the parser', () => {
		const deep = deepArray(1_000);
		expect(JSON.parse(JSON.stringify(deep))).toEqual(deep);
		expect(z.strictObject({}).safeParse(deep).success).toBe(false);
	});
});
