import { describe, expect, test } from 'vitest';
import { jsonSchemaFiles, publicSchemas } from './json-schemas.ts';

type Json = Record<string, unknown>;

/** Paths of object properties (nested ones included) that carry no description. */
function undescribed(schema: Json, at = ''): string[] {
	const missing: string[] = [];
	const properties = (schema['properties'] ?? {}) as Record<string, Json>;
	for (const [key, property] of Object.entries(properties)) {
		if (typeof property['description'] !== 'string') missing.push(`${at}${key}`);
		missing.push(...undescribed(property, `${at}${key}.`));
	}
	for (const key of ['items', 'anyOf'] as const) {
		const inner = schema[key];
		for (const child of Array.isArray(inner) ? inner : inner ? [inner] : []) {
			missing.push(...undescribed(child as Json, at));
		}
	}
	return missing;
}

const files = jsonSchemaFiles();

describe('jsonSchemaFiles', () => {
	test('writes one file, or an input and an output file, for every public schema', () => {
		const names = new Set(files.map((f) => f.fileName.replace(/(\.input|\.output)?\.json$/, '')));
		expect([...names]).toEqual(Object.keys(publicSchemas));
		expect(files.map((f) => f.fileName)).toEqual(
			expect.arrayContaining([
				'Organisation.input.json',
				'Organisation.output.json',
				'DashboardFilter.json',
				'Sector.json'
			])
		);
	});

	test('every file is draft 2020-12 with a title', () => {
		for (const { fileName, schema } of files) {
			expect(schema['$schema'], fileName).toBe('https://json-schema.org/draft/2020-12/schema');
			expect(typeof schema['title'], fileName).toBe('string');
		}
	});

	test('every field of every schema carries a description', () => {
		const missing = files.flatMap(({ fileName, schema }) =>
			undescribed(schema).map((path) => `${fileName}: ${path}`)
		);
		expect(missing).toEqual([]);
	});

	test('the output form of an entity forbids unknown keys, the input form allows them', () => {
		const byName = Object.fromEntries(files.map((f) => [f.fileName, f.schema]));
		expect(byName['Membership.output.json']).toMatchObject({ additionalProperties: false });
		expect(byName['Membership.input.json']).not.toHaveProperty('additionalProperties');
	});
});
