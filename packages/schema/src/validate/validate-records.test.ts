import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inferKind, validateRecords } from './validate-records.ts';

const fixture = (name: string) =>
	readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const demo = JSON.parse(fixture('demo-records.json')) as Record<string, unknown[]>;

describe('validateRecords', () => {
	test('reports exactly the three planted errors of a CSV, with row, field and reason', () => {
		const report = validateRecords({
			text: fixture('organisations-three-errors.csv'),
			format: 'csv'
		});
		expect(report.kind).toBe('organisations');
		expect(report.records).toBe(6);
		expect(report.errors).toEqual([
			{ row: 4, field: 'sector', message: 'Unknown sector "victims"' },
			{ row: 5, field: 'country', message: 'Not an ISO 3166-1 alpha-3 code: "pak"' },
			{ row: 6, field: 'public', message: 'Invalid input: expected boolean, received string' }
		]);
	});

	test('reads ;-separated lists and empty nullable cells of a memberships CSV', () => {
		const report = validateRecords({ text: fixture('memberships.csv'), format: 'csv' });
		expect(report).toEqual({ kind: 'memberships', records: 2, errors: [] });
	});

	test.each(['organisations', 'memberships', 'events'])('accepts the demo %s as JSON', (kind) => {
		const text = JSON.stringify(demo[kind]);
		expect(validateRecords({ text, format: 'json' })).toMatchObject({ kind, errors: [] });
	});

	test('reports a JSONL line that is not JSON and a cross-field rule, by line', () => {
		const [first] = demo['memberships'] as Record<string, unknown>[];
		const lines = [
			JSON.stringify(first),
			'{not json',
			'',
			JSON.stringify({ ...first, leftOn: '2000-01-01' })
		];
		const { errors } = validateRecords({ text: lines.join('\n'), format: 'jsonl' });
		expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(['2:', '4:leftOn']);
	});

	test('reports a CSV row with the wrong number of cells', () => {
		const text = 'id,name,sector\n1,A\n';
		expect(validateRecords({ text, format: 'csv', kind: 'organisations' }).errors[0]).toEqual({
			row: 2,
			field: '',
			message: 'Expected 3 cells as in the header, found 2'
		});
	});

	test('infers the kind from the keys, or asks for --kind', () => {
		expect(inferKind(['id', 'joinedOn'])).toBe('memberships');
		expect(inferKind(['id', 'startDate'])).toBe('events');
		expect(inferKind(['name', 'sector'])).toBe('organisations');
		expect(validateRecords({ text: '[{"x":1}]', format: 'json' }).errors[0]?.message).toContain(
			'--kind'
		);
	});
});
