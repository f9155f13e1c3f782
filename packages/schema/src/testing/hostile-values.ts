/** The hostile values themselves: deep, huge, poisoned, odd, of every wrong type. */
import fc from 'fast-check';
import { awkwardCharacters } from './valid.ts';

/** Arrays nested `depth` levels: `[[[…]]]`. */
export function deepArray(depth: number): unknown {
	let value: unknown = [];
	for (let i = 1; i < depth; i++) value = [value];
	return value;
}

/** Objects nested `depth` levels: `{"a":{"a":…}}`. */
export function deepObject(depth: number): unknown {
	let value: unknown = {};
	for (let i = 1; i < depth; i++) value = { a: value };
	return value;
}

/** Keys that reach the prototype chain when code copies objects carelessly. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** An object whose own keys are `__proto__`, `constructor` and `prototype`, as JSON.parse makes it. */
export function prototypePoison(): Record<string, unknown> {
	return JSON.parse(
		'{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}'
	) as Record<string, unknown>;
}

export const hugeString = fc.constantFrom(
	'a'.repeat(100_000),
	'\u202E'.repeat(50_000),
	'%00'.repeat(33_000),
	'🌍'.repeat(25_000)
);

export const wrongTypes: readonly unknown[] = [
	null,
	true,
	false,
	0,
	1,
	-1,
	1.5,
	'',
	'x',
	'1',
	'true',
	'null',
	'2024-01-01',
	[],
	[null],
	['x'],
	{},
	{ a: 1 },
	{ length: 1 }
];

export const edgeNumbers: readonly number[] = [
	Number.NaN,
	Infinity,
	-Infinity,
	-0,
	Number.MAX_VALUE,
	-Number.MAX_VALUE,
	Number.MIN_VALUE,
	Number.MAX_SAFE_INTEGER + 2,
	-(2 ** 63),
	2 ** 64,
	1e308,
	0.1 + 0.2
];

export const awkwardStrings: readonly string[] = [
	...awkwardCharacters,
	'\uD800\uD800',
	'a\u0000b',
	'\u202Eabc',
	' ',
	'\t',
	"' OR 1=1 --",
	'"; DROP TABLE users; --',
	'%',
	'_',
	'%_%',
	'../../etc/passwd',
	'<script>alert(1)</script>',
	'${7*7}',
	'{{7*7}}',
	'constructor',
	'__proto__',
	'toString',
	'hasOwnProperty',
	'😀',
	'a\u0301'
];
