/**
 * fast-check arbitraries derived from zod 4 schemas, for property-based tests (dev only: this
 * module imports fast-check and is kept out of the package's main entry and build).
 *
 * - `validInput(schema)` makes values the schema accepts: it walks `schema._zod.def` (objects,
 *   strings with their length and format checks, numbers and ints with bounds, enums, literals,
 *   arrays with bounds, optional, nullable, default, unions, pipes on their input side, records,
 *   tuples, lazy) and filters only where a check is opaque (a refinement, a `trim`).
 * - `hostileInput(schema)` makes one fault at one path of an otherwise valid value: a wrong type,
 *   NaN and Infinity, a 100,000-character string, 1,000 levels of nesting, `__proto__` and
 *   `constructor` keys, unknown keys, arrays far beyond their bounds, out-of-range numbers,
 *   near-miss codes and unicode edge cases (lone surrogates, RTL marks, NUL). Each sample carries
 *   the path of its fault, so a test can check that a rejection names that field.
 *
 * No zod bridge for fast-check supports zod 4, hence this walker.
 */
export { validInput, awkwardCharacters } from './valid.ts';
export { hostileInput, type HostileKind, type HostileSample } from './hostile.ts';
export { deepArray, deepObject, prototypeKeys, prototypePoison } from './hostile-values.ts';
export type { ArbitraryOptions } from './zod-def.ts';
