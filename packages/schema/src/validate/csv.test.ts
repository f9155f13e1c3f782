import { describe, expect, test } from 'vitest';
import { CsvError, parseCsv } from './csv.ts';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('parseCsv (RFC 4180)', () => {
	test('splits records on LF and CRLF and fields on commas', () => {
		expect(cells('a,b\r\n1,2\n3,4\n')).toEqual([
			['a', 'b'],
			['1', '2'],
			['3', '4']
		]);
	});

	test('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
		expect(cells('name,note\n"A, B","say ""hi""\nthen go"\n')).toEqual([
			['name', 'note'],
			['A, B', 'say "hi"\nthen go']
		]);
	});

	test('keeps empty fields, skips blank lines and a leading BOM', () => {
		expect(cells('\uFEFFa,b,c\n\n1,,\n')).toEqual([
			['a', 'b', 'c'],
			['1', '', '']
		]);
	});

	test('numbers each record by the line it starts on', () => {
		expect(parseCsv('a\n"x\ny"\nz').map((r) => r.line)).toEqual([1, 2, 4]);
	});

	test('rejects a quoted field that is never closed, naming its line', () => {
		expect(() => parseCsv('a\n"open')).toThrow(new CsvError('A quoted field is never closed', 2));
	});
});
