/**
 * `POST /api/import?kind=members|events&mode=preview|commit&file=<name>`: the file itself is the
 * body, CSV (`text/csv`, UTF-8 with or without BOM) or XLSX (its MIME type); the type must match
 * the bytes (an XLSX is a ZIP archive). Editors and admins only (403 for anyone else); same-origin
 * is checked for every POST by the server. Bodies over `maxImportBytes` get 413, unreadable files
 * 400 with a message, and nothing answers with a stack trace.
 *
 * With `Accept: application/x-ndjson` the answer streams one JSON object per line while the work
 * goes on — `{"phase":"checking","progress":0.5}` … — and ends with `{"result":…}` (or
 * `{"error":…}`); otherwise it is one JSON `ImportResult`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runImport, type Database } from '@untoc-alliance/db';
import {
	ImportKind,
	ImportMode,
	readImportCsvStepwise,
	readImportRecordsStepwise,
	roleIncludes,
	type CsvRecord,
	type ReadProgress,
	type ImportKindCode,
	type ImportStreamLine,
	type SessionUser
} from '@untoc-alliance/schema';
import * as z from 'zod';
import { looksLikeZip, readXlsx, SpreadsheetError } from './spreadsheet.ts';

/** Path of the import endpoint. */
export const importPath = '/api/import';

/** The largest file accepted, in bytes (20 MB). */
export const maxImportBytes = 20 * 1024 * 1024;

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileName = z
	.string()
	.trim()
	.max(200, { error: 'The file name is longer than 200 characters' })
	.default('upload');

/** A request that cannot be served, with its status and a message for people. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

export interface ImportDeps {
	db: Database;
	authenticate: (req: IncomingMessage) => Promise<SessionUser | null>;
	/** Largest body (default `maxImportBytes`). */
	maxBytes?: number;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

function firstIssue(error: z.ZodError): string {
	return error.issues[0]?.message ?? 'Invalid request';
}

function parseQuery(url: string) {
	const params = new URL(url, 'http://localhost').searchParams;
	const parsed = z.object({ kind: ImportKind, mode: ImportMode, file: fileName }).safeParse({
		kind: params.get('kind') ?? undefined,
		mode: params.get('mode') ?? undefined,
		file: params.get('file') ?? undefined
	});
	if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
	return parsed.data;
}

/** Reads the body, refusing (413) more than `max` bytes. */
async function readBody(req: IncomingMessage, max: number): Promise<Uint8Array> {
	const declared = Number(req.headers['content-length'] ?? 0);
	const tooLarge = `The file is larger than ${Math.round(max / 1024 / 1024)} MB`;
	if (declared > max) throw new HttpError(413, tooLarge);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > max) throw new HttpError(413, tooLarge);
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

type Format = 'csv' | 'xlsx';

function formatOf(req: IncomingMessage): Format {
	const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'text/csv') return 'csv';
	if (type === xlsxType) return 'xlsx';
	throw new HttpError(415, `Send the file as text/csv or ${xlsxType}, not ${type || 'no type'}`);
}

/** The file's content: CSV text or the text records of an XLSX sheet. */
type Content = { format: 'csv'; text: string } | { format: 'xlsx'; records: CsvRecord[] };

/** Checks that the bytes are what the type says and decodes them (400 when they cannot be). */
async function decode(format: Format, bytes: Uint8Array): Promise<Content> {
	if (bytes.length === 0) throw new HttpError(400, 'The file is empty');
	const zip = looksLikeZip(bytes);
	if (format === 'xlsx') {
		if (!zip) throw new HttpError(400, 'The file is not an XLSX workbook');
		try {
			return { format, records: await readXlsx(bytes) };
		} catch (error) {
			if (error instanceof SpreadsheetError) throw new HttpError(400, error.message);
			throw error;
		}
	}
	if (zip) throw new HttpError(400, 'The file is an XLSX workbook, not CSV');
	try {
		return { format, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		throw new HttpError(400, 'The CSV file is not UTF-8 text');
	}
}

/** Reads and checks the rows, reporting the fraction read. */
function readRows(kind: ImportKindCode, content: Content, onProgress?: ReadProgress) {
	return content.format === 'csv'
		? readImportCsvStepwise(kind, content.text, onProgress)
		: readImportRecordsStepwise(kind, content.records, onProgress);
}

/** One NDJSON line, flushed; lets the event loop send it before the work goes on. */
async function writeLine(res: ServerResponse, line: ImportStreamLine): Promise<void> {
	res.write(`${JSON.stringify(line)}\n`);
	await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Progress lines: reading the rows is the first 80 % of "checking", planning against the database
 * the rest; then "writing".
 */
function progressWriter(res: ServerResponse) {
	let last = -1;
	let lastPhase = '';
	const report = async (phase: 'checking' | 'writing', fraction: number) => {
		const progress = Math.round(fraction * 100) / 100;
		if (phase === lastPhase && progress - last < 0.01) return;
		last = progress;
		lastPhase = phase;
		await writeLine(res, { phase, progress });
	};
	return {
		reading: (fraction: number) => report('checking', fraction * 0.8),
		importing: (phase: 'checking' | 'writing', fraction: number) =>
			report(phase, phase === 'checking' ? 0.8 + fraction * 0.2 : fraction)
	};
}

/** Makes the handler of `POST /api/import`. */
export function createImportHandler(deps: ImportDeps) {
	const max = deps.maxBytes ?? maxImportBytes;
	return async function handleImport(req: IncomingMessage, res: ServerResponse): Promise<void> {
		try {
			if (req.method !== 'POST') throw new HttpError(405, 'Send the file with POST');
			const user = await deps.authenticate(req);
			if (!user || !roleIncludes(user.role, 'editor')) {
				throw new HttpError(403, 'Only editors can import: sign in with an editor account');
			}
			const query = parseQuery(req.url ?? '/');
			const format = formatOf(req);
			const content = await decode(format, await readBody(req, max));
			const stream = (req.headers.accept ?? '').includes('application/x-ndjson');
			const progress = stream ? progressWriter(res) : undefined;
			if (stream) {
				res.writeHead(200, {
					'Content-Type': 'application/x-ndjson; charset=utf-8',
					'Cache-Control': 'no-store'
				});
				await writeLine(res, { phase: 'checking', progress: 0 });
			}
			const file = await readRows(query.kind, content, progress?.reading);
			const result = await runImport(deps.db, {
				file,
				mode: query.mode,
				userId: user.id,
				fileName: query.file,
				onProgress: progress?.importing
			});
			if (stream) res.end(`${JSON.stringify({ result })}\n`);
			else sendJson(res, 200, result);
		} catch (error) {
			if (res.headersSent) {
				if (!(error instanceof HttpError)) console.error('Import failed:', error);
				const message =
					error instanceof HttpError ? error.message : 'The import failed; nothing was written';
				res.end(`${JSON.stringify({ error: message })}\n`);
				return;
			}
			if (!(error instanceof HttpError)) throw error;
			res.setHeader('Connection', 'close');
			sendJson(res, error.status, { error: error.message });
			if (!req.complete) res.on('finish', () => req.destroy());
		}
	};
}
