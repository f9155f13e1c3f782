import { describe, expect, test } from 'vitest';
import { readImportCsv } from './import-file.ts';
import { csvText, neutraliseCell } from './spreadsheet-cell.ts';

function memberTable(text: string) {
	const file = readImportCsv('members', text);
	if (file.kind !== 'members') throw new Error('Not a members file');
	return file.table;
}

function eventTable(text: string) {
	const file = readImportCsv('events', text);
	if (file.kind !== 'events') throw new Error('Not an events file');
	return file.table;
}

const memberHeader =
	'Organisation,Sector,Country,Public,Alliance,Role,Joined on,Left on,Regions,Themes,Verified,Synthetic,Source';

describe('readImportCsv: members', () => {
	test('reads codes and labels, lists, yes/no and empty cells into typed rows', () => {
		const text = [
			memberHeader,
			'Lahore Legal Aid,Legal profession,pak,yes,PAK,convener,2023-05-01,,pk-pb; PK-SD,Drugs;fraud,no,,https://example.org/a',
			'"Centro, A.C.",ngo,MEX,no,MEX,Member,2022-01-10,2024-01-01,,,yes,yes,'
		].join('\r\n');
		const table = memberTable(text);
		expect(table.errors).toEqual([]);
		expect(table.rows).toEqual([
			{
				row: 2,
				organisation: { name: 'Lahore Legal Aid', sector: 'legal', country: 'PAK', public: true },
				membership: {
					alliance: 'PAK',
					role: 'convener',
					joinedOn: '2023-05-01',
					leftOn: null,
					regions: ['PK-PB', 'PK-SD'],
					themes: ['drugs', 'fraud'],
					verified: false,
					synthetic: false,
					sourceUrl: 'https://example.org/a'
				}
			},
			{
				row: 3,
				organisation: { name: 'Centro, A.C.', sector: 'ngo', country: 'MEX', public: false },
				membership: {
					alliance: 'MEX',
					role: 'member',
					joinedOn: '2022-01-10',
					leftOn: '2024-01-01',
					regions: [],
					themes: [],
					verified: true,
					synthetic: true,
					sourceUrl: null
				}
			}
		]);
	});

	test('lists every row-level error with its row (header = 1) and column label', () => {
		const text = [
			memberHeader,
			'Good,ngo,PAK,yes,PAK,member,2023-05-01,,,,no,no,',
			'Bad sector,victims,PAK,yes,PAK,member,2023-05-01,,,,no,no,',
			',ngo,PAK,maybe,PAK,member,2023-13-01,,,,no,no,',
			'Ends early,ngo,PAK,no,PAK,member,2023-05-01,2020-01-01,,drugs,no,no,',
			'Arson,ngo,PAK,no,PAK,member,2023-05-01,,,arson,no,no,'
		].join('\n');
		const table = memberTable(text);
		expect(table.errors).toEqual([
			{ row: 3, column: 'Sector', message: 'Unknown sector "victims"' },
			{ row: 4, column: 'Organisation', message: 'Required: the cell is empty' },
			{ row: 4, column: 'Public', message: 'Expected yes or no, found "maybe"' },
			{ row: 4, column: 'Joined on', message: 'Not a calendar date (YYYY-MM-DD): "2023-13-01"' },
			{ row: 5, column: 'Left on', message: 'A membership cannot end before it begins' },
			{ row: 6, column: 'Themes', message: 'Unknown theme "arson"' }
		]);
		expect(table.rows.map((r) => r.row)).toEqual([2]);
	});

	test('accepts keys as headers, leaves absent optional columns undefined', () => {
		const text =
			'organisation,SECTOR,country,alliance,role,joined_on\nA,ngo,PAK,PAK,member,2023-01-01\n';
		const table = memberTable(text);
		expect(table.errors).toEqual([]);
		expect(table.rows[0]?.membership).toEqual({
			alliance: 'PAK',
			role: 'member',
			joinedOn: '2023-01-01'
		});
		expect(table.rows[0]?.organisation).toEqual({ name: 'A', sector: 'ngo', country: 'PAK' });
	});

	test('reports unknown and missing header columns on row 1', () => {
		const table = memberTable('Organisation,Colour\nA,red\n');
		expect(table.errors.map((e) => `${e.row}:${e.column}:${e.message.split(/[;:]/)[0]}`)).toEqual([
			'1:Colour:Unknown column',
			'1:Sector:Required column is missing',
			'1:Country:Required column is missing',
			'1:Alliance:Required column is missing',
			'1:Role:Required column is missing',
			'1:Joined on:Required column is missing'
		]);
	});

	test('reports a repeated membership and a contradicting organisation', () => {
		const text = [
			'Organisation,Sector,Country,Alliance,Role,Joined on',
			'A,ngo,PAK,PAK,member,2023-01-01',
			'a ,ngo,PAK,PAK,lead,2023-01-01',
			'A,media,PAK,MEX,member,2023-01-01'
		].join('\n');
		const table = memberTable(text);
		expect(table.errors).toEqual([
			{
				row: 3,
				column: 'Organisation',
				message: "Row 2 already holds this organisation's membership of PAK"
			},
			{
				row: 4,
				column: 'Organisation',
				message: 'Row 2 gives this organisation another sector or public flag'
			}
		]);
	});

	test('reports a quoted field never closed as a file error on its line', () => {
		const table = memberTable(`${memberHeader}\n"open`);
		expect(table.errors).toEqual([
			{ row: 2, column: '', message: 'A quoted field is never closed' }
		]);
	});
});

describe('readImportCsv: events', () => {
	test('reads an event, with a global (empty) alliance and clusters', () => {
		const text = [
			'Title,Type,Alliance,Start date,End date,Format,City,Country,Region,Clusters,Themes,Participants reported',
			'COP side event,Side event,,2024-10-15,,hybrid,Vienna,AUT,,1;3,,120'
		].join('\n');
		const table = eventTable(text);
		expect(table.errors).toEqual([]);
		expect(table.rows[0]?.event).toMatchObject({
			alliance: null,
			type: 'side_event',
			format: 'hybrid',
			clusters: [1, 3],
			themes: [],
			participantsReported: 120
		});
	});

	test('reports bad cells and repeated keys by row and column', () => {
		const text = [
			'Title,Type,Alliance,Start date,End date,Format,Clusters,Participants reported',
			'A,workshop,PAK,2024-01-02,,online,7,many',
			'C,workshop,PAK,2024-01-02,2024-01-01,online,,',
			'B,workshop,PAK,2024-01-02,,online,,',
			'B,workshop,PAK,2024-01-02,,online,,'
		].join('\n');
		const table = eventTable(text);
		expect(table.errors).toEqual([
			{ row: 2, column: 'Participants reported', message: 'Expected a whole number, found "many"' },
			{ row: 2, column: 'Clusters', message: 'Unknown cluster 7' },
			{ row: 3, column: 'End date', message: 'An event cannot end before it starts' },
			{ row: 5, column: 'Title', message: 'Row 4 has the same alliance, start date and title' }
		]);
	});
});

describe('spreadsheet cells', () => {
	test.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+1 555', "'+1 555"],
		['-x', "'-x"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['-3', '-3'],
		['plain', 'plain']
	])('neutraliseCell(%j) = %j', (cell, safe) => {
		expect(neutraliseCell(cell)).toBe(safe);
	});

	test('csvText quotes and neutralises', () => {
		expect(
			csvText([
				['a', 'b'],
				['=1+1', 'x, "y"']
			])
		).toBe('a,b\r\n\'=1+1,"x, ""y"""\r\n');
	});
});
