/** The search and sort key of a name, computed in JS so that rows and search terms agree. */

/** Lower-cases a name (Unicode-aware, unlike SQLite's ASCII-only `lower()`). */
export function nameKey(name: string): string {
	return name.toLowerCase();
}
