/**
 * Loading catalogues in Node (the server, the tests): every file in `catalogues/` is a language,
 * so adding a language is adding one file.
 */
import { readdirSync } from 'node:fs';
import type { Catalogue } from './define.ts';
import type { Messages } from './catalogues/en.ts';

const directory = new URL('./catalogues/', import.meta.url);

/** The language tags that have a catalogue (`["en", "ur"]`). */
export function catalogueTags(): string[] {
	return readdirSync(directory)
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
		.map((file) => file.slice(0, -'.ts'.length))
		.sort();
}

/** Every catalogue, by tag. */
export async function loadCatalogues(): Promise<Map<string, Catalogue<Messages>>> {
	const loaded = new Map<string, Catalogue<Messages>>();
	for (const tag of catalogueTags()) {
		const module = (await import(new URL(`${tag}.ts`, directory).href)) as {
			default: Catalogue<Messages>;
		};
		loaded.set(tag, module.default);
	}
	return loaded;
}
