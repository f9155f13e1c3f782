/**
 * A small LRU of procedure results. Entries are keyed by the caller (procedure path + normalized
 * input) and tagged with the data version they were computed at: a new version empties the cache,
 * so any write invalidates every result.
 */

/** What `read` needs: the key, the current data version, and how to compute a missing value. */
export interface CacheRead<TValue> {
	key: string;
	version: number;
	load: () => Promise<TValue>;
}

/** Hit and miss counts since the cache was made. */
export interface CacheStats {
	hits: number;
	misses: number;
	size: number;
}

/** A result cache shared by every request of one server process. */
export interface ResultCache {
	/** The cached value for `key` at `version`, or the loaded one (cached unless `load` throws). */
	read<TValue>(request: CacheRead<TValue>): Promise<TValue>;
	stats(): CacheStats;
	clear(): void;
}

/** Makes an empty LRU cache holding at most `maxEntries` results (default 500). */
export function createResultCache(options: { maxEntries?: number } = {}): ResultCache {
	const maxEntries = options.maxEntries ?? 500;
	const entries = new Map<string, unknown>();
	let version: number | undefined;
	let hits = 0;
	let misses = 0;

	function store(key: string, value: unknown): void {
		entries.set(key, value);
		if (entries.size <= maxEntries) return;
		const oldest = entries.keys().next();
		if (oldest.done !== true) entries.delete(oldest.value);
	}

	return {
		async read<TValue>({ key, version: current, load }: CacheRead<TValue>): Promise<TValue> {
			if (current !== version) {
				entries.clear();
				version = current;
			}
			if (entries.has(key)) {
				hits++;
				const value = entries.get(key) as TValue;
				entries.delete(key);
				entries.set(key, value);
				return value;
			}
			misses++;
			const value = await load();
			if (version === current) store(key, value);
			return value;
		},
		stats: () => ({ hits, misses, size: entries.size }),
		clear: () => entries.clear()
	};
}
