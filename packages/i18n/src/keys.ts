/** Comparing catalogues, and choosing one for a list of preferred languages. */

/**
 * Every leaf of a messages object as `path: kind`, where kind is `string` or `function/<arity>`:
 * `{ app: { title: 'x' } }` → `["app.title: string"]`.
 */
export function keyPaths(messages: unknown, prefix = ''): string[] {
	if (typeof messages === 'string') return [`${prefix}: string`];
	if (typeof messages === 'function') return [`${prefix}: function/${messages.length}`];
	if (messages === null || typeof messages !== 'object') return [`${prefix}: ${typeof messages}`];
	return Object.entries(messages).flatMap(([key, value]) =>
		keyPaths(value, prefix ? `${prefix}.${key}` : key)
	);
}

/** The keys (with their kind) that `reference` has and `other` lacks or has of another kind. */
export function missingKeys(reference: unknown, other: unknown): string[] {
	const have = new Set(keyPaths(other));
	return keyPaths(reference).filter((path) => !have.has(path));
}

/**
 * The first of `available` tags that matches one of `preferred` (a browser's `navigator.languages`
 * or an Accept-Language list, best first), by full tag then by language: `["ur-PK", "en"]` with
 * `["en", "ur"]` → `"ur"`. `fallback` when none matches.
 */
export function matchLanguage(
	preferred: readonly string[],
	available: readonly string[],
	fallback = 'en'
): string {
	const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
	for (const wanted of preferred) {
		const tag = wanted.trim().toLowerCase();
		const match = byLower.get(tag) ?? byLower.get(tag.split('-')[0] ?? tag);
		if (tag && match) return match;
	}
	return fallback;
}
