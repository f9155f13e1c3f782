/**
 * Arbitraries of hostile inputs for a zod 4 schema: a valid value with one fault at one path, or
 * a hostile value in its place. Each sample carries the path of its fault.
 */
import fc from 'fast-check';
import type * as z from 'zod';
import {
	hugeString,
	edgeNumbers,
	awkwardStrings,
	deepArray,
	deepObject,
	prototypeKeys,
	prototypePoison,
	wrongTypes
} from './hostile-values.ts';
import { stringUnit, validFor, validObject } from './valid.ts';
import {
	accepts,
	defOf,
	enumValues,
	lengthRules,
	numberRules,
	part,
	stringRules,
	walkOf,
	withOwnKey,
	type ArbitraryOptions,
	type Key,
	type Schema,
	type Walk
} from './zod-def.ts';

/** One hostile input: the value, where its fault is, and what kind of fault it is. */
export interface HostileSample {
	value: unknown;
	/** Path of the fault from the root of the input (`[]`: the whole input). */
	path: Key[];
	kind: HostileKind;
}

export type HostileKind =
	| 'wrong-type'
	| 'edge-number'
	| 'huge-string'
	| 'deep-nesting'
	| 'prototype-keys'
	| 'unicode'
	| 'unknown-key'
	| 'array-bounds'
	| 'string-bounds'
	| 'number-bounds'
	| 'not-in-set';

type Hostile = fc.Arbitrary<HostileSample>;

function at(kind: HostileKind, values: fc.Arbitrary<unknown>): Hostile {
	return values.map((value) => ({ value, path: [], kind }));
}

/** Faults that fit anywhere: other types, edge numbers, huge, deep, poisoned and odd values. */
function anywhere(schema: Schema): Hostile[] {
	return [
		at(
			'wrong-type',
			fc.constantFrom(...wrongTypes).filter((v) => !accepts(schema, v))
		),
		at('edge-number', fc.constantFrom(...edgeNumbers)),
		at('huge-string', hugeString),
		at(
			'deep-nesting',
			fc.constantFrom(1_000, 200).chain((d) => fc.constantFrom(deepArray(d), deepObject(d)))
		),
		at('prototype-keys', fc.constant(null).map(prototypePoison)),
		at('unicode', fc.constantFrom(...awkwardStrings))
	];
}

function prefixed(key: Key, sample: HostileSample): HostileSample {
	return { ...sample, path: [key, ...sample.path] };
}

function hostileString(schema: Schema): Hostile[] {
	const { min, max, patterns, url } = stringRules(schema);
	const out: Hostile[] = [];
	const lengths: string[] = [];
	if (min > 0) lengths.push('x'.repeat(min - 1));
	if (max < Infinity) lengths.push('x'.repeat(max + 1), 'x'.repeat(max * 10 + 1));
	if (lengths.length > 0) out.push(at('string-bounds', fc.constantFrom(...lengths)));
	if (patterns.length > 0 || url) {
		const near = fc.string({ unit: stringUnit, maxLength: 12 }).filter((s) => !accepts(schema, s));
		out.push(at('not-in-set', near));
	}
	return out;
}

function hostileNumber(schema: Schema): Hostile[] {
	const { min, max, integer } = numberRules(schema);
	const values: number[] = [];
	if (min > -Number.MAX_VALUE) values.push(min - 1, min - 0.5);
	if (max < Number.MAX_VALUE) values.push(max + 1, max + 0.5);
	if (integer) values.push(1.5, 2 ** 53, -(2 ** 53));
	const out = values.filter((v) => !accepts(schema, v));
	return out.length > 0 ? [at('number-bounds', fc.constantFrom(...out))] : [];
}

function nearMisses(values: unknown[]): string[] {
	return values
		.filter((v): v is string => typeof v === 'string')
		.flatMap((v) => [v.toUpperCase(), `${v}\u0000`, ` ${v}`, `${v} `, `${v}\u200B`, v.slice(1)]);
}

function hostileSet(schema: Schema): Hostile[] {
	const candidates = [...nearMisses(enumValues(schema)), 'constructor', '__proto__', 'toString'];
	const misses = candidates.filter((v) => !accepts(schema, v));
	return misses.length > 0 ? [at('not-in-set', fc.constantFrom(...misses))] : [];
}

function hostileObject(schema: Schema, walk: Walk): Hostile[] {
	const shape = part(defOf(schema).shape, 'shape');
	const keys = Object.keys(shape);
	const base = validObject(schema, walk);
	const unknownKey = fc.oneof(
		fc.constantFrom(...prototypeKeys, 'toString', 'hasOwnProperty', 'extra', ''),
		fc.string({ unit: stringUnit, minLength: 1, maxLength: 8 }).filter((k) => !(k in shape))
	);
	const out: Hostile[] = [
		fc.tuple(base, unknownKey, fc.jsonValue({ maxDepth: 1 })).map(([object, key, value]) => ({
			value: withOwnKey(object, key, value),
			path: [key],
			kind: 'unknown-key' as const
		}))
	];
	if (keys.length > 0) {
		const field = fc
			.constantFrom(...keys)
			.chain((key) =>
				fc
					.tuple(base, hostileFor(part(shape[key], key), walk))
					.map(([object, sample]) =>
						prefixed(key, { ...sample, value: withOwnKey(object, key, sample.value) })
					)
			);
		out.push(field, field);
	}
	return out;
}

function hostileArray(schema: Schema, element: Schema, walk: Walk): Hostile[] {
	const { min, max } = lengthRules(schema);
	const item = validFor(element, walk);
	const out: Hostile[] = [];
	if (max < Infinity) {
		const lengths = fc.constantFrom(max + 1, max * 10 + 1, 10_000);
		const tooLong = fc.tuple(item, lengths).map(([v, n]) => Array.from({ length: n }, () => v));
		out.push(at('array-bounds', tooLong));
	}
	if (min > 0) {
		const tooShort = fc.array(item, { minLength: min - 1, maxLength: min - 1 });
		out.push(at('array-bounds', tooShort));
	}
	const withItems = fc.array(item, { minLength: Math.max(min, 1), maxLength: Math.max(min, 3) });
	const element_ = fc
		.tuple(withItems, hostileFor(element, walk), fc.nat())
		.map(([items, sample, n]) => {
			const index = n % items.length;
			const copy = [...items];
			copy[index] = sample.value;
			return prefixed(index, { ...sample, value: copy });
		});
	out.push(element_);
	return out;
}

/** The faults particular to a schema's type: bounds, formats, sets, keys, items, options. */
function ownFaults(schema: Schema, walk: Walk): Hostile[] {
	const def = defOf(schema);
	switch (def.type) {
		case 'string':
			return hostileString(schema);
		case 'number':
			return hostileNumber(schema);
		case 'enum':
		case 'literal':
			return hostileSet(schema);
		case 'object':
			return hostileObject(schema, walk);
		case 'array':
			return hostileArray(schema, part(def.element, 'element'), walk);
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'catch':
		case 'nonoptional':
			return ownFaults(part(def.innerType, 'innerType'), walk);
		case 'pipe':
			return ownFaults(part(def.in, 'in'), walk);
		case 'lazy': {
			const getter = part(def.getter, 'getter');
			return [fc.constant(null).chain(() => hostileFor(getter(), walk))];
		}
		case 'union':
			return part(def.options, 'options').map((o) => hostileFor(o, walk));
		default:
			return [];
	}
}

function hostileFor(schema: Schema, walk: Walk): Hostile {
	const own = ownFaults(schema, walk);
	// The type's own faults weigh as much as the generic ones, so that every path gets its turn.
	return fc.oneof(...anywhere(schema), ...own, ...own, ...own);
}

/**
 * An arbitrary of hostile inputs for `schema`: a valid value with one fault at one path (or a
 * hostile value in its place). Most are rejected by the schema; a few may still be valid (an
 * unknown key on a non-strict object is stripped, a string field may take any text): check with
 * `safeParse` before expecting a rejection.
 */
export function hostileInput(
	schema: z.ZodType,
	options?: ArbitraryOptions
): fc.Arbitrary<HostileSample> {
	return hostileFor(schema, walkOf(options));
}
