import { request } from 'node:http';
import { ImportResult, ImportStreamLine } from '@untoc-alliance/schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.ts';
import { maxImportBytes, xlsxType } from './import-route.ts';
import { readXlsx, writeXlsx } from './spreadsheet.ts';
import {
	cookieFor,
	makeTempSite,
	queryUrl,
	type TempSite,
	startDemoServer
} from './test-server.ts';

let site: TempSite;
let server: RunningServer;
let editor: string;
let analyst: string;

beforeAll(async () => {
	site = await makeTempSite();
	server = await startDemoServer(site);
	await server.ready;
	editor = await cookieFor(server, 'editor');
	analyst = await cookieFor(server, 'analyst');
});

afterAll(async () => {
	await server.close();
	await site.remove();
});

const csv = [
	'Organisation,Sector,Country,Public,Alliance,Role,Joined on,Themes',
	'Import Test Forum,NGO / CSO,PAK,yes,PAK,member,2025-03-01,Drugs'
].join('\r\n');

function post(query: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
	return fetch(`${server.url}/api/import?${query}`, {
		method: 'POST',
		headers: { 'Content-Type': 'text/csv', Origin: server.url, Cookie: editor, ...headers },
		body
	});
}

async function memberTotal(q: string): Promise<number> {
	const res = await fetch(queryUrl(server.url, 'members.list', { q }), {
		headers: { Cookie: analyst }
	});
	const body = (await res.json()) as { result: { data: { total: number } } };
	return body.result.data.total;
}

describe('POST /api/import', () => {
	it('refuses anonymous callers and analysts with 403', async () => {
		const anonymous = await post('kind=members&mode=preview', csv, { Cookie: '' });
		expect(anonymous.status).toBe(403);
		expect(await anonymous.json()).toEqual({
			error: 'Only editors can import: sign in with an editor account'
		});
		expect((await post('kind=members&mode=commit', csv, { Cookie: analyst })).status).toBe(403);
	});

	it('refuses a cross-site POST with 403', async () => {
		const res = await post('kind=members&mode=commit', csv, { Origin: 'https://evil.example' });
		expect(res.status).toBe(403);
	});

	it('answers 400 naming the problem for a bad kind, a wrong file type or a broken file', async () => {
		const badKind = await post('kind=people&mode=preview', csv);
		expect(badKind.status).toBe(400);
		expect(await badKind.json()).toEqual({
			error: 'Unknown import kind "people": expected members or events'
		});
		const notXlsx = await post('kind=members&mode=preview', csv, { 'Content-Type': xlsxType });
		expect(await notXlsx.json()).toEqual({ error: 'The file is not an XLSX workbook' });
		const latin1 = await post('kind=members&mode=preview', new Uint8Array([0x41, 0xe9, 0x0a]));
		expect(latin1.status).toBe(400);
		expect(await latin1.json()).toEqual({ error: 'The CSV file is not UTF-8 text' });
		const type = await post('kind=members&mode=preview', csv, { 'Content-Type': 'image/png' });
		expect(type.status).toBe(415);
	});

	it('answers 413 for a file over the limit, before reading it, and keeps serving', async () => {
		const { hostname, port } = new URL(server.url);
		const status = await new Promise<number>((resolve, reject) => {
			const req = request(
				{
					hostname,
					port,
					method: 'POST',
					path: '/api/import?kind=members&mode=preview',
					headers: {
						'Content-Type': 'text/csv',
						'Content-Length': maxImportBytes + 1,
						Cookie: editor
					}
				},
				(res) => {
					res.resume();
					resolve(res.statusCode ?? 0);
					req.destroy();
				}
			);
			req.on('error', reject);
			req.write('Organisation\n');
		});
		expect(status).toBe(413);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
	});

	it('previews with row and column errors and writes nothing', async () => {
		const res = await post(
			'kind=members&mode=commit&file=bad.csv',
			`${csv}\r\nSecond Forum,NGO,PAK,maybe,PAK,member,2025-03-01,`
		);
		expect(res.status).toBe(200);
		const result = ImportResult.parse(await res.json());
		expect(result.committed).toBe(false);
		expect(result.errors).toEqual([
			{ row: 3, column: 'Public', message: 'Expected yes or no, found "maybe"' }
		]);
		expect(await memberTotal('Import Test Forum')).toBe(0);
	});

	it('commits as an editor, streaming progress, and re-importing changes nothing', async () => {
		const res = await post('kind=members&mode=commit&file=members.csv', csv, {
			Accept: 'application/x-ndjson'
		});
		expect(res.headers.get('content-type')).toContain('application/x-ndjson');
		const lines = (await res.text())
			.trim()
			.split('\n')
			.map((line) => ImportStreamLine.parse(JSON.parse(line)));
		expect(lines[0]).toEqual({ phase: 'checking', progress: 0 });
		const last = lines.at(-1);
		expect(last && 'result' in last && last.result.committed).toBe(true);
		expect(lines.some((l) => 'phase' in l && l.phase === 'writing')).toBe(true);
		expect(await memberTotal('Import Test Forum')).toBe(1);

		const again = ImportResult.parse(await (await post('kind=members&mode=commit', csv)).json());
		expect(again.committed).toBe(false);
		expect(again.counts.map((c) => [c.create, c.update])).toEqual([
			[0, 0],
			[0, 0]
		]);
	});

	it('streams the progress of reading a large file, in order', async () => {
		const rows = Array.from(
			{ length: 6_000 },
			(_, i) => `Stream Forum ${i},ngo,PAK,no,PAK,member,2025-03-01,`
		);
		const body = [csv.split('\r\n')[0], ...rows].join('\n');
		const res = await post('kind=members&mode=preview', body, { Accept: 'application/x-ndjson' });
		const lines = (await res.text())
			.trim()
			.split('\n')
			.map((line) => ImportStreamLine.parse(JSON.parse(line)));
		const checking = lines.flatMap((l) => ('phase' in l ? [l.progress] : []));
		expect(checking.some((p) => p > 0 && p < 0.8)).toBe(true);
		expect(checking).toEqual([...checking].sort((a, b) => a - b));
		const last = lines.at(-1);
		expect(last && 'result' in last && last.result.counts[1]?.create).toBe(6_000);
	});

	it('reads an XLSX file (dates as date cells) the same way', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Members');
		sheet.addRow(['Organisation', 'Sector', 'Country', 'Alliance', 'Role', 'Joined on']);
		sheet.addRow(['Xlsx Forum', 'Academia', 'MEX', 'MEX', 'Member', new Date('2025-04-02')]);
		const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
		const res = await post('kind=members&mode=preview', bytes, { 'Content-Type': xlsxType });
		const result = ImportResult.parse(await res.json());
		expect(result.errors).toEqual([]);
		expect(result.sample).toEqual([
			{ row: 2, cells: ['Xlsx Forum', 'Academia', 'MEX', 'MEX', 'Member', '2025-04-02'] }
		]);
		expect(result.counts[0]).toEqual({
			entity: 'organisations',
			create: 1,
			update: 0,
			unchanged: 0
		});
	});
});

describe('GET /api/export', () => {
	const url = (query: string) => `${server.url}/api/export?${query}`;

	it('refuses anonymous callers with 403', async () => {
		expect((await fetch(url('list=members&format=csv'))).status).toBe(403);
	});

	it('exports the filtered member list as CSV with labels, formulas neutralised', async () => {
		await post(
			'kind=members&mode=commit',
			'Organisation,Sector,Country,Alliance,Role,Joined on\r\n=HYPERLINK("x"),media,PAK,PAK,member,2025-05-01'
		);
		const input = encodeURIComponent(JSON.stringify({ alliance: 'PAK', q: 'hyperlink' }));
		const res = await fetch(url(`list=members&format=csv&input=${input}`), {
			headers: { Cookie: analyst }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="members-2026-11-28.csv"'
		);
		expect((await res.text()).split('\r\n')).toEqual([
			'# Members — UNTOC Alliance Dashboard',
			'# Filter: Alliance PAK; Search hyperlink',
			'# Exported: 2026-11-28',
			'Organisation,Alliance,Sector,Regions,Themes,Joined on,Synthetic',
			`"'=HYPERLINK(""x"")",PAK,Media,,,2025-05-01,no`,
			''
		]);
	});

	it('exports the event list as XLSX that reads back with the same rows', async () => {
		const res = await fetch(url('list=events&format=xlsx'), { headers: { Cookie: analyst } });
		expect(res.headers.get('content-type')).toBe(xlsxType);
		const records = await readXlsx(new Uint8Array(await res.arrayBuffer()));
		expect(records[0]?.cells.slice(0, 3)).toEqual(['Title', 'Type', 'Alliance']);
		expect(records.length).toBeGreaterThan(100);
	});

	it('exports the audit log, with the import entries, to administrators only', async () => {
		const input = encodeURIComponent(JSON.stringify({ entity: 'members' }));
		const query = `list=audit&format=csv&input=${input}`;
		expect((await fetch(url(query), { headers: { Cookie: analyst } })).status).toBe(403);
		const admin = await cookieFor(server, 'admin');
		const res = await fetch(url(query), { headers: { Cookie: admin } });
		expect(res.status).toBe(200);
		const lines = (await res.text()).split('\r\n');
		expect(lines[1]).toBe('# Filter: Table members');
		expect(lines[3]).toBe('When,Who,E-mail,Action,Table,Row,Before,After');
		expect(lines.filter((l) => l.includes(',import,members,members.csv,')).length).toBe(1);
	});

	it('answers 400 for a bad filter, naming the field', async () => {
		const input = encodeURIComponent(JSON.stringify({ sectors: ['pirates'] }));
		const res = await fetch(url(`list=members&format=csv&input=${input}`), {
			headers: { Cookie: analyst }
		});
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({ error: 'sectors.0: Unknown sector "pirates"' });
	});
});

describe('XLSX round trip', () => {
	it('writes text cells neutralised and reads them back', async () => {
		const bytes = await writeXlsx('Sheet', [
			['Name', 'Note'],
			['A', '@SUM(1)']
		]);
		expect(await readXlsx(bytes)).toEqual([
			{ line: 1, cells: ['Name', 'Note'] },
			{ line: 2, cells: ['A', "'@SUM(1)"] }
		]);
	});
});
