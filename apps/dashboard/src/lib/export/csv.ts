/**
 * The CSV text of a chart's numbers (RFC 4180, CRLF line ends): `#` comment lines first with the
 * title, the filter applied, the source and the as-of date, then a header row of labels (never
 * codes) and the data rows. The comment lines are in the page's language, as are the labels the
 * caller passes; the as-of date stays ISO, for spreadsheets.
 */
import { m } from '../i18n.svelte.ts';

/** A chart's numbers for export: column labels and rows of cells. */
export interface ExportTable {
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}

export interface CsvOptions {
	title: string;
	/** The filter in words ("Academia, from 1 Jan 2023"); "none" when nothing is filtered. */
	filter: string;
	source: string;
	/** ISO date the numbers describe. */
	asOf: string | undefined;
	synthetic: boolean;
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}

/** Quotes a field when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Spreadsheets run a field that starts with = + - @ as a formula; a leading quote stops that. */
function safe(value: string): string {
	return /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
}

export function toCsv(options: CsvOptions): string {
	const comment = (text: string) => `# ${text.replace(/\s+/g, ' ')}`;
	const words = m().chart.csv;
	const lines = [
		comment(options.title),
		comment(words.filter(options.filter)),
		comment(words.source(options.source)),
		comment(words.asOf(options.asOf ?? words.unknownDate)),
		...(options.synthetic ? [comment(words.synthetic)] : []),
		options.columns.map((c) => csvField(safe(c))).join(','),
		...options.rows.map((row) => row.map((c) => csvField(safe(c))).join(','))
	];
	return `${lines.join('\r\n')}\r\n`;
}

/**
 * A file name from a title, in any script: "Members by sector" → "members-by-sector-2024-12-31.csv",
 * "شعبہ وار اراکین" → "شعبہ-وار-اراکین-2024-12-31.csv" (accents and marks dropped).
 */
export function fileName(title: string, asOf: string | undefined, extension: string): string {
	const stem = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)
		.replace(/-$/, '');
	return `${stem || 'chart'}${asOf ? `-${asOf}` : ''}.${extension}`;
}
