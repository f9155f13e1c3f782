/**
 * Reading the import endpoint's NDJSON answer while it arrives: the complete lines of the text so
 * far (each parsed with the schema's `ImportStreamLine`) and how far they reach.
 */
import { ImportStreamLine } from '@untoc-alliance/schema';

/** The stream lines of `text` after position `from`, and the position after the last whole line. */
export function readLines(text: string, from: number): { lines: ImportStreamLine[]; next: number } {
	const end = text.lastIndexOf('\n');
	if (end < from) return { lines: [], next: from };
	const lines = text
		.slice(from, end)
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => ImportStreamLine.parse(JSON.parse(line)));
	return { lines, next: end + 1 };
}
