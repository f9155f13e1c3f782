/**
 * XLSX files through exceljs (pure JavaScript, read and written on the server only, so the
 * dashboard bundle carries none of it): the first sheet of an uploaded workbook as text records
 * (numbered as the sheet numbers its rows, so errors name the row a spreadsheet shows), and a
 * one-sheet workbook of text cells for exports, every cell neutralised against formulas.
 */
import { neutraliseCell, type CsvRecord } from '@untoc-alliance/schema';
import ExcelJS from 'exceljs';

/** The first bytes of every XLSX file (a ZIP archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A file that is not a readable workbook. */
export class SpreadsheetError extends Error {
	override name = 'SpreadsheetError';
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The text of a cell value: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return isoDate(value);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((part) => part.text).join('');
		if ('text' in value && typeof value.text === 'string') return value.text;
		if ('result' in value) return cellText(value.result);
		if ('error' in value) return String(value.error);
		return '';
	}
	return String(value);
}

/** The rows of the first sheet of an XLSX file, as text cells (empty rows skipped). */
export async function readXlsx(bytes: Uint8Array): Promise<CsvRecord[]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	} catch {
		throw new SpreadsheetError('Not a readable XLSX file');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new SpreadsheetError('The workbook has no sheet');
	const records: CsvRecord[] = [];
	const width = sheet.getRow(1).cellCount;
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		const cells: string[] = [];
		for (let col = 1; col <= Math.max(width, row.cellCount); col += 1) {
			cells.push(cellText(row.getCell(col).value));
		}
		while (cells.length > width && cells.at(-1) === '') cells.pop();
		if (cells.some((cell) => cell.trim() !== '')) records.push({ line: number, cells });
	});
	return records;
}

/**
 * A workbook of text rows (header first, bold), every cell neutralised; `about` lines (the list,
 * its filter, the date) go to a second sheet.
 */
export async function writeXlsx(
	sheetName: string,
	rows: readonly (readonly string[])[],
	about: readonly (readonly string[])[] = []
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
	for (const row of rows) sheet.addRow(row.map(neutraliseCell));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	if (about.length > 0) {
		const notes = workbook.addWorksheet('About');
		for (const row of about) notes.addRow(row.map(neutraliseCell));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
