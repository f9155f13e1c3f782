/** Arbitraries of values a zod 4 schema accepts, on its input side. */
import fc from 'fast-check';
import type * as z from 'zod';
import {
	defOf,
	enumValues,
	hasOpaqueCheck,
	isOptionalKey,
	lengthRules,
	numberRules,
	part,
	satisfying,
	stringRules,
	walkOf,
	type ArbitraryOptions,
	type Schema,
	type Walk
} from './zod-def.ts';

/** Characters a string may hold: mostly ASCII, some of any UTF-16 unit, and the awkward ones. */
export const awkwardCharacters = [
	'\u0000', // NUL
	'\u200F', // right-to-left mark
	'\u202E', // right-to-left override
	'\u200B', // zero-width space
	'\uFEFF', // byte order mark
	'\uD800', // lone high surrogate
	'\uDFFF', // lone low surrogate
	'\u0301', // combining acute accent
	'\u00A0', // no-break space
	'\n',
	'"',
	'\\',
	'%',
	"'",
	'<'
] as const;

export const stringUnit = fc.oneof(
	{ arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), weight: 6 },
	{ arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), weight: 2 },
	{ arbitrary: fc.constantFrom(...awkwardCharacters), weight: 1 }
);

function validString(schema: Schema, walk: Walk): fc.Arbitrary<string> {
	const rules = stringRules(schema);
	const cap = Math.min(rules.max, rules.min + walk.maxStringLength);
	if (rules.url) {
		const url = fc.webUrl({ validSchemes: ['http', 'https'], size: 'small' });
		return satisfying(schema, url);
	}
	const [first, ...others] = rules.patterns;
	if (first) {
		const matching = fc.stringMatching(first, { maxLength: cap });
		const exact = others.length === 0 && rules.min === 0 && !hasOpaqueCheck(schema);
		return exact ? matching : satisfying(schema, matching);
	}
	const text = fc.string({ unit: stringUnit, minLength: rules.min, maxLength: cap });
	return hasOpaqueCheck(schema) ? satisfying(schema, text) : text;
}

function validNumber(schema: Schema): fc.Arbitrary<number> {
	const rules = numberRules(schema);
	let arb: fc.Arbitrary<number>;
	if (rules.multipleOf !== undefined) {
		const step = rules.multipleOf;
		const low = Math.ceil(Math.max(rules.min, -1e9) / step);
		const high = Math.floor(Math.min(rules.max, 1e9) / step);
		arb = fc.integer({ min: low, max: high }).map((k) => k * step);
		return satisfying(schema, arb);
	}
	if (rules.integer) {
		const min = rules.minExcluded ? Math.floor(rules.min) + 1 : Math.ceil(rules.min);
		const max = rules.maxExcluded ? Math.ceil(rules.max) - 1 : Math.floor(rules.max);
		arb = fc.integer({ min, max });
	} else {
		arb = fc.double({
			min: rules.min,
			max: rules.max,
			minExcluded: rules.minExcluded,
			maxExcluded: rules.maxExcluded,
			noNaN: true,
			noDefaultInfinity: true
		});
	}
	return hasOpaqueCheck(schema) ? satisfying(schema, arb) : arb;
}

export function validObject(schema: Schema, walk: Walk): fc.Arbitrary<Record<string, unknown>> {
	const shape = part(defOf(schema).shape, 'shape');
	const model: Record<string, fc.Arbitrary<unknown>> = {};
	const requiredKeys: string[] = [];
	for (const [key, field] of Object.entries(shape)) {
		model[key] = validFor(field, walk);
		if (!isOptionalKey(field)) requiredKeys.push(key);
	}
	const arb = fc.record(model, { requiredKeys, noNullPrototype: true });
	return hasOpaqueCheck(schema) ? satisfying(schema, arb) : arb;
}

function validArray(schema: Schema, element: Schema, walk: Walk): fc.Arbitrary<unknown[]> {
	const { min, max } = lengthRules(schema);
	const cap = walk.lazyDepth > walk.maxLazyDepth ? min : Math.min(max, min + walk.maxItems);
	const arb = fc.array(validFor(element, walk), { minLength: min, maxLength: cap });
	return hasOpaqueCheck(schema) ? satisfying(schema, arb) : arb;
}

function validRecord(schema: Schema, walk: Walk): fc.Arbitrary<Record<string, unknown>> {
	const def = defOf(schema);
	const keyType = part(def.keyType, 'keyType');
	const value = validFor(part(def.valueType, 'valueType'), walk);
	const keys = enumValues(keyType);
	if (keys.length > 0) {
		// zod 4 records over an enum are exhaustive: every key is required.
		const model = Object.fromEntries(keys.map((k) => [String(k), value]));
		return fc.record(model, { noNullPrototype: true });
	}
	const key = validFor(keyType, walk).map(String);
	const maxKeys = walk.lazyDepth > walk.maxLazyDepth ? 0 : walk.maxItems;
	return satisfying(schema, fc.dictionary(key, value, { maxKeys, noNullPrototype: true }));
}

function validTuple(schema: Schema, walk: Walk): fc.Arbitrary<unknown[]> {
	const def = defOf(schema);
	const items = part(def.items, 'items').map((item) => validFor(item, walk));
	const head = fc.tuple(...items);
	if (!def.rest) return head;
	const rest = fc.array(validFor(def.rest, walk), { maxLength: walk.maxItems });
	return fc.tuple(head, rest).map(([h, r]) => [...h, ...r]);
}

export function validFor(schema: Schema, walk: Walk): fc.Arbitrary<unknown> {
	const def = defOf(schema);
	switch (def.type) {
		case 'string':
			return validString(schema, walk);
		case 'number':
			return validNumber(schema);
		case 'boolean':
			return fc.boolean();
		case 'null':
			return fc.constant(null);
		case 'undefined':
		case 'void':
			return fc.constant(undefined);
		case 'nan':
			return fc.constant(Number.NaN);
		case 'bigint':
			return satisfying(schema, fc.bigInt());
		case 'date':
			return satisfying(schema, fc.date({ noInvalidDate: true }));
		case 'any':
		case 'unknown':
			return fc.jsonValue({ maxDepth: 2 });
		case 'literal':
		case 'enum':
			return fc.constantFrom(...enumValues(schema));
		case 'template_literal':
			return satisfying(schema, fc.stringMatching(part(schema._zod.pattern, 'pattern')));
		case 'object':
			return validObject(schema, walk);
		case 'array':
			return validArray(schema, part(def.element, 'element'), walk);
		case 'record':
			return validRecord(schema, walk);
		case 'tuple':
			return validTuple(schema, walk);
		case 'optional':
		case 'default':
		case 'prefault': {
			const inner = validFor(part(def.innerType, 'innerType'), walk);
			return fc.option(inner, { nil: undefined, freq: 3 });
		}
		case 'nullable': {
			const inner = validFor(part(def.innerType, 'innerType'), walk);
			return fc.option(inner, { nil: null, freq: 3 });
		}
		case 'readonly':
		case 'catch':
		case 'nonoptional':
			return satisfying(schema, validFor(part(def.innerType, 'innerType'), walk));
		case 'union': {
			const options = part(def.options, 'options');
			return fc.oneof(...options.map((option) => validFor(option, walk)));
		}
		case 'intersection': {
			const left = part(def.left, 'left');
			return satisfying(schema, validFor(left, walk));
		}
		case 'pipe': {
			// Generate for the input side; the output side may narrow it further.
			return satisfying(schema, validFor(part(def.in, 'in'), walk));
		}
		case 'lazy': {
			const getter = part(def.getter, 'getter');
			const deeper = { ...walk, lazyDepth: walk.lazyDepth + 1 };
			return fc.constant(null).chain(() => validFor(getter(), deeper));
		}
		default:
			throw new Error(`validInput: no arbitrary for a zod ${def.type} schema`);
	}
}

/**
 * An arbitrary of values that `schema` accepts (`schema.safeParse(value).success`), on the input
 * side: defaults may be left out, pipes and transforms get their input.
 * @example fc.assert(fc.property(validInput(MembersListInput), (v) => MembersListInput.safeParse(v).success))
 */
export function validInput<TSchema extends z.ZodType>(
	schema: TSchema,
	options?: ArbitraryOptions
): fc.Arbitrary<z.input<TSchema>> {
	return validFor(schema, walkOf(options)) as fc.Arbitrary<z.input<TSchema>>;
}
