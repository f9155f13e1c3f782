/**
 * Cells for exported spreadsheets: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return would run as a formula (CSV injection, OWASP), so it gets a leading `'`. Numbers
 * written as numbers (`-3`) are left alone. `csvText` writes RFC 4180 CSV with CRLF line ends.
 */

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** Quotes a CSV field when it holds a comma, quote, line break or leading/trailing space. */
export function csvQuote(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of text (header first) as CSV: every cell neutralised and quoted as needed. */
export function csvText(rows: readonly (readonly string[])[]): string {
	return (
		rows.map((row) => row.map((cell) => csvQuote(neutraliseCell(cell))).join(',')).join('\r\n') +
		'\r\n'
	);
}
