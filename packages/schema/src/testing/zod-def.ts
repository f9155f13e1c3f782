/**
 * What the arbitraries read from a zod 4 schema: its `_zod.def` and checks, and the rules they add
 * up to (length and range bounds, formats, codes, optional keys).
 */
import type fc from 'fast-check';
import type * as z from 'zod';

export type Schema = z.core.$ZodType;
export type Key = string | number;

/** Limits of the generated valid values. */
export interface ArbitraryOptions {
	/** Longest generated string when the schema sets no maximum (default 40). */
	maxStringLength?: number;
	/** Longest generated array or record when the schema sets no maximum (default 5). */
	maxItems?: number;
	/** How often a `z.lazy` is followed before only the smallest values are made (default 3). */
	maxLazyDepth?: number;
}

export interface Walk {
	maxStringLength: number;
	maxItems: number;
	maxLazyDepth: number;
	lazyDepth: number;
}

export function walkOf(options: ArbitraryOptions = {}): Walk {
	return {
		maxStringLength: options.maxStringLength ?? 40,
		maxItems: options.maxItems ?? 5,
		maxLazyDepth: options.maxLazyDepth ?? 3,
		lazyDepth: 0
	};
}

/** The parts of `_zod.def` the walker reads, across every schema type. */
export interface Def {
	type: string;
	checks?: z.core.$ZodCheck[];
	format?: string;
	pattern?: RegExp;
	shape?: Record<string, Schema>;
	element?: Schema;
	innerType?: Schema;
	in?: Schema;
	options?: readonly Schema[];
	left?: Schema;
	entries?: Record<string, unknown>;
	values?: readonly unknown[];
	keyType?: Schema;
	valueType?: Schema;
	items?: readonly Schema[];
	rest?: Schema | null;
	getter?: () => Schema;
}

/** The parts of a check's def the walker reads (`check` says which kind it is). */
export interface CheckDef {
	check: string;
	minimum?: number;
	maximum?: number;
	length?: number;
	format?: string;
	pattern?: RegExp;
	value?: unknown;
	inclusive?: boolean;
}

export function defOf(schema: Schema): Def {
	return schema._zod.def;
}

/** A part of a def that its type always has (`element` of an array, …). */
export function part<T>(value: T | undefined | null, what: string): T {
	if (value === undefined || value === null) throw new Error(`zod def without ${what}`);
	return value;
}

export function checksOf(schema: Schema): CheckDef[] {
	return (defOf(schema).checks ?? []).map((check) => check._zod.def as unknown as CheckDef);
}

export function accepts(schema: Schema, value: unknown): boolean {
	return (schema as z.ZodType).safeParse(value).success;
}

/** Filters by the schema itself: only for checks the walker cannot generate by construction. */
export function satisfying<T>(schema: Schema, arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
	return arb.filter((value) => accepts(schema, value));
}

/** True when the schema has a check the walker cannot see through (refine, overwrite). */
export function hasOpaqueCheck(schema: Schema): boolean {
	return checksOf(schema).some((c) => c.check === 'custom' || c.check === 'overwrite');
}

export interface StringRules {
	min: number;
	max: number;
	patterns: RegExp[];
	url: boolean;
}

export function stringRules(schema: Schema): StringRules {
	const rules: StringRules = { min: 0, max: Infinity, patterns: [], url: false };
	const def = defOf(schema);
	const own: CheckDef = { check: 'string_format', ...def };
	const all = def.format ? [own, ...checksOf(schema)] : checksOf(schema);
	for (const check of all) {
		if (check.check === 'min_length') rules.min = Math.max(rules.min, check.minimum ?? 0);
		else if (check.check === 'max_length')
			rules.max = Math.min(rules.max, check.maximum ?? Infinity);
		else if (check.check === 'length_equals') {
			rules.min = check.length ?? 0;
			rules.max = check.length ?? Infinity;
		} else if (check.check === 'string_format') {
			if (check.format === 'url') rules.url = true;
			else if (check.pattern) rules.patterns.push(check.pattern);
		}
	}
	return rules;
}

export interface NumberRules {
	min: number;
	max: number;
	minExcluded: boolean;
	maxExcluded: boolean;
	integer: boolean;
	multipleOf: number | undefined;
}

export const integerFormats = new Set(['safeint', 'int32', 'uint32']);

export function numberRules(schema: Schema): NumberRules {
	const rules: NumberRules = {
		min: -Number.MAX_VALUE,
		max: Number.MAX_VALUE,
		minExcluded: false,
		maxExcluded: false,
		integer: false,
		multipleOf: undefined
	};
	const all: CheckDef[] = [{ check: 'number_format', ...defOf(schema) }, ...checksOf(schema)];
	for (const check of all) {
		const format = check.check === 'number_format' ? check.format : undefined;
		if (format && integerFormats.has(format)) {
			rules.integer = true;
			const [low, high] =
				format === 'int32'
					? [-(2 ** 31), 2 ** 31 - 1]
					: format === 'uint32'
						? [0, 2 ** 32 - 1]
						: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
			rules.min = Math.max(rules.min, low);
			rules.max = Math.min(rules.max, high);
		}
		if (check.check === 'greater_than' && Number(check.value) >= rules.min) {
			rules.min = Number(check.value);
			rules.minExcluded = !check.inclusive;
		} else if (check.check === 'less_than' && Number(check.value) <= rules.max) {
			rules.max = Number(check.value);
			rules.maxExcluded = !check.inclusive;
		} else if (check.check === 'multiple_of') {
			rules.multipleOf = Number(check.value);
		}
	}
	return rules;
}

export interface LengthRules {
	min: number;
	max: number;
}

export function lengthRules(schema: Schema): LengthRules {
	const rules: LengthRules = { min: 0, max: Infinity };
	for (const check of checksOf(schema)) {
		if (check.check === 'min_length') rules.min = Math.max(rules.min, check.minimum ?? 0);
		else if (check.check === 'max_length')
			rules.max = Math.min(rules.max, check.maximum ?? Infinity);
		else if (check.check === 'length_equals') {
			rules.min = check.length ?? 0;
			rules.max = check.length ?? Infinity;
		}
	}
	return rules;
}

/** Keys a value may leave out: optional, default, prefault and catch fields. */
export function isOptionalKey(schema: Schema): boolean {
	return schema._zod.optin === 'optional';
}

export function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
	const copy: Record<string, unknown> = { ...target };
	// defineProperty, so that `__proto__` becomes an own key as JSON.parse would make it.
	Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
	return copy;
}

export function enumValues(schema: Schema): unknown[] {
	const def = defOf(schema);
	if (def.type === 'enum') return Object.values(part(def.entries, 'entries'));
	if (def.type === 'literal') return [...part(def.values, 'values')];
	return [];
}
