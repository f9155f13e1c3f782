/**
 * Turns the text of an import cell into the JSON value of its field (a code for a vocabulary label,
 * a list for `;`-separated items, a boolean for yes/no, a number for a whole number), or an error
 * message. Values the converter cannot judge stay text, so that the entity schema reports them with
 * its own message.
 */
import type { Vocabulary } from '../vocabulary.ts';

/** A converted cell, or the reason it cannot be. */
export type Converted = { value: unknown } | { error: string };

/** One cell's converter; `text` is trimmed and not empty. */
export type Converter = (text: string) => Converted;

/** A code of the vocabulary from its code or label in any case; unknown text stays as is. */
export function codeFrom<TCode extends string>(vocab: Vocabulary<TCode>, text: string): string {
	const wanted = text.toLowerCase();
	return vocab.codes.find((c) => c === wanted || vocab.labels[c].toLowerCase() === wanted) ?? text;
}

const yes = new Set(['yes', 'true', '1', 'y']);
const no = new Set(['no', 'false', '0', 'n']);

export const converters = {
	text: (text: string): Converted => ({ value: text }),
	upper: (text: string): Converted => ({ value: text.toUpperCase() }),
	yesNo: (text: string): Converted => {
		const lower = text.toLowerCase();
		if (yes.has(lower)) return { value: true };
		if (no.has(lower)) return { value: false };
		return { error: `Expected yes or no, found ${JSON.stringify(text)}` };
	},
	wholeNumber: (text: string): Converted =>
		/^\d{1,9}$/.test(text)
			? { value: Number(text) }
			: { error: `Expected a whole number, found ${JSON.stringify(text)}` },
	code:
		<TCode extends string>(vocab: Vocabulary<TCode>): Converter =>
		(text) => ({ value: codeFrom(vocab, text) }),
	list:
		(item: (part: string) => unknown): Converter =>
		(text) => ({
			value: text
				.split(';')
				.map((part) => part.trim())
				.filter((part) => part !== '')
				.map(item)
		})
};

/** What an empty cell means for a field: an error, null, an empty list or no. */
export type EmptyCell = 'required' | 'null' | 'list' | 'no';

/** The value of an empty cell, or an error for a required one. */
export function emptyValue(empty: EmptyCell): Converted {
	switch (empty) {
		case 'required':
			return { error: 'Required: the cell is empty' };
		case 'null':
			return { value: null };
		case 'list':
			return { value: [] };
		case 'no':
			return { value: false };
	}
}
