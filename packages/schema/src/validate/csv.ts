/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes (`""`). A leading BOM and blank lines are
 * skipped. Every cell stays text: the validator converts it by the type of its field.
 */

/** One record and the line it starts on (1-based, counting the header). */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** A file that is not valid CSV, with the line where the problem starts. */
export class CsvError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
		this.name = 'CsvError';
	}
}

interface Cursor {
	text: string;
	at: number;
	line: number;
}

/** Reads a quoted field from its opening quote; leaves the cursor after the closing one. */
function readQuoted(cursor: Cursor): string {
	const startLine = cursor.line;
	let value = '';
	for (cursor.at += 1; cursor.at < cursor.text.length; cursor.at += 1) {
		const char = cursor.text[cursor.at];
		if (char === '"') {
			if (cursor.text[cursor.at + 1] !== '"') {
				cursor.at += 1;
				return value;
			}
			cursor.at += 1;
		} else if (char === '\n') cursor.line += 1;
		value += char;
	}
	throw new CsvError('A quoted field is never closed', startLine);
}

/** Parses CSV text into records of text cells. */
export function parseCsv(text: string): CsvRecord[] {
	const cursor: Cursor = { text: text.replace(/^\uFEFF/, ''), at: 0, line: 1 };
	const records: CsvRecord[] = [];
	let record: CsvRecord = { line: 1, cells: [] };
	let cell = '';
	const endRecord = () => {
		record.cells.push(cell);
		if (record.cells.length > 1 || cell !== '') records.push(record);
		cell = '';
	};
	while (cursor.at < cursor.text.length) {
		const char = cursor.text[cursor.at];
		if (char === '"' && cell === '') {
			cell = readQuoted(cursor);
			continue;
		}
		cursor.at += 1;
		if (char === ',') {
			record.cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && cursor.text[cursor.at] === '\n') cursor.at += 1;
			endRecord();
			cursor.line += 1;
			record = { line: cursor.line, cells: [] };
		} else cell += char;
	}
	endRecord();
	return records;
}
