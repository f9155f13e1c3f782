/**
 * What a catalogue is: the language's metadata, the locale's number and date formats (from `Intl`),
 * and the messages, built from the formats so that counts, plurals and dates read as the language
 * writes them. English (`catalogues/en.ts`) defines the keys; every other catalogue has the same
 * shape (`defineCatalogue<Messages>` fails the type check, and `catalogues.test.ts` fails the tests,
 * when a key is missing).
 */

export interface LocaleMeta {
	/** The language tag in the URL (`lang=ur`) and the catalogue's file name. */
	tag: string;
	/** The language's name in the language itself, for the language switch. */
	name: string;
	/** Writing direction: `rtl` mirrors the page and the charts' time axes. */
	dir: 'ltr' | 'rtl';
	/** The locale given to `Intl` for numbers and dates (`ur-PK`). */
	intl: string;
}

/** Plural forms by `Intl.PluralRules` category; `#` stands for the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formats {
	/** The `Intl` locale. */
	locale: string;
	/** `1234` → `"1,234"` (whole numbers). */
	count(n: number): string;
	/** `0.137` → `"14%"`. */
	share(share: number): string;
	/** An ISO calendar date → `"31 Dec 2024"` (UTC). */
	day(iso: string): string;
	/** A UTC date → its month and year, short: `"Sept 2022"`. */
	month(date: Date): string;
	/** A UTC date → its year: `"2022"`. */
	year(date: Date): string;
	/** An instant → date and time, for audit entries. */
	dateTime(date: Date): string;
	/** The form of `forms` for `n`, `#` replaced by the formatted count. */
	plural(n: number, forms: PluralForms): string;
	/** `["a", "b", "c"]` → `"a, b and c"`. */
	list(items: readonly string[]): string;
}

export interface Catalogue<TMessages> {
	meta: LocaleMeta;
	formats: Formats;
	messages: TMessages;
}

/** The formats of `intl`, the same for every catalogue of that locale. */
export function formatsFor(intl: string): Formats {
	const integer = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
	const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 });
	const day = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(intl, {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const year = new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' });
	const dateTime = new Intl.DateTimeFormat(intl, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'UTC'
	});
	const rules = new Intl.PluralRules(intl);
	const list = new Intl.ListFormat(intl, { type: 'conjunction' });
	return {
		locale: intl,
		count: (n) => integer.format(n),
		share: (share) => percent.format(share),
		day: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
		month: (date) => month.format(date),
		year: (date) => year.format(date),
		dateTime: (date) => dateTime.format(date),
		plural: (n, forms) =>
			(forms[rules.select(n)] ?? forms.other).replaceAll('#', integer.format(n)),
		list: (items) => list.format(items)
	};
}

/** A catalogue: `messages` is given the locale's formats. */
export function defineCatalogue<TMessages>(
	meta: LocaleMeta,
	messages: (f: Formats) => TMessages
): Catalogue<TMessages> {
	const formats = formatsFor(meta.intl);
	return { meta, formats, messages: messages(formats) };
}
