/**
 * The page's language: one catalogue at a time, English bundled, every other language a chunk of
 * its own loaded when chosen. Every file in `packages/i18n/src/catalogues/` is a language (the glob
 * below finds it), so adding a language is adding one file.
 *
 * Components read messages with `m()` and formats with `fmt()`; both read a `$state`, so the page
 * re-renders when the language changes.
 */
import { matchLanguage, type Catalogue, type Formats, type Messages } from '@untoc-alliance/i18n';
import english from '@untoc-alliance/i18n/catalogues/en';

type Loaded = Catalogue<Messages>;

const loaders = Object.fromEntries(
	Object.entries(
		import.meta.glob<{ default: Loaded }>('../../../../packages/i18n/src/catalogues/*.ts')
	)
		.filter(([path]) => !path.endsWith('.test.ts') && !path.endsWith('/en.ts'))
		.map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.ts'.length), load])
);

/** The language tags that have a catalogue, English first. */
export const languageTags: readonly string[] = ['en', ...Object.keys(loaders).sort()];

/** Each language by its own name (`ur` → "اردو"), for the language switch. */
export const languages: readonly { tag: string; name: string }[] = languageTags.map((tag) => ({
	tag,
	name: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag
}));

/** Whether `tag` has a catalogue. */
export const hasLanguage = (tag: string): boolean => languageTags.includes(tag);

/** The language for the browser's preferences (`navigator.languages`), English when none has one. */
export function preferredLanguage(
	preferred: readonly string[] = globalThis.navigator?.languages ?? []
) {
	return matchLanguage(preferred, languageTags, 'en');
}

class I18n {
	catalogue = $state.raw<Loaded>(english);
	#wanted = 'en';

	get lang(): string {
		return this.catalogue.meta.tag;
	}

	get dir(): 'ltr' | 'rtl' {
		return this.catalogue.meta.dir;
	}

	/**
	 * Switches to `tag` once its catalogue has loaded (English for a tag without one). A later call
	 * wins over an earlier one still loading.
	 */
	async use(tag: string): Promise<void> {
		this.#wanted = tag;
		const load = loaders[tag];
		const next = load ? (await load()).default : english;
		if (this.#wanted === tag) this.catalogue = next;
	}
}

export const i18n = new I18n();

/** The messages of the page's language. */
export const m = (): Messages => i18n.catalogue.messages;

/** Number and date formats of the page's language. */
export const fmt = (): Formats => i18n.catalogue.formats;
