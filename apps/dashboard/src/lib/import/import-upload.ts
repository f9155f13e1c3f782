/**
 * Sends an import file to `POST /api/import` with XMLHttpRequest (fetch cannot report upload
 * progress): the upload's progress, then the server's progress lines (NDJSON), then the result.
 * Failures become an `ImportFailure` with a message for people, in the page's language (the
 * server's own words inside it).
 */
import type { ImportKind, ImportMode, ImportResult } from '@untoc-alliance/schema';
import { m } from '../i18n.svelte.ts';
import { readLines } from './ndjson.ts';

/** What the bar shows: uploading, checking rows or writing, and the fraction done. */
export interface UploadProgress {
	phase: 'uploading' | 'checking' | 'writing';
	fraction: number;
}

/** The largest file the server takes (its `maxImportBytes`): larger ones are refused here. */
export const maxUploadBytes = 20 * 1024 * 1024;

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An import that did not produce a result: the HTTP status (0 for a network error) and why. */
export class ImportFailure extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
		this.name = 'ImportFailure';
	}
}

/** The content type of a file by its name: XLSX or CSV (the server checks the bytes). */
export function fileType(name: string): string {
	return /\.xlsx$/i.test(name) ? xlsxType : 'text/csv';
}

/** The failure of an answer that is not 200: the server's message in a frame that says why. */
export function failureOf(status: number, body: string): ImportFailure {
	const t = m().import.failure;
	let said: string | undefined;
	try {
		const parsed = JSON.parse(body) as { error?: unknown };
		if (typeof parsed.error === 'string') said = parsed.error;
	} catch {
		// not JSON: say the status
	}
	if (said === undefined) return new ImportFailure(status, t.answered(status));
	const frame =
		status === 403
			? t.forbidden
			: status === 413
				? t.tooLarge
				: status === 415
					? t.unsupported
					: t.refused;
	return new ImportFailure(status, frame(said));
}

/** Uploads `file` for a preview or a commit; resolves with the result. */
export function uploadImport(options: {
	file: File;
	kind: ImportKind;
	mode: ImportMode;
	onProgress: (progress: UploadProgress) => void;
}): Promise<ImportResult> {
	const { file, kind, mode, onProgress } = options;
	const query = new URLSearchParams({ kind, mode, file: file.name.slice(0, 200) });
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		let read = 0;
		let result: ImportResult | undefined;
		let error: string | undefined;
		const take = () => {
			if (xhr.status !== 200) return;
			const { lines, next } = readLines(xhr.responseText, read);
			read = next;
			for (const line of lines) {
				if ('phase' in line) onProgress({ phase: line.phase, fraction: line.progress });
				else if ('result' in line) result = line.result;
				else error = line.error;
			}
		};
		xhr.open('POST', `/api/import?${query.toString()}`);
		xhr.setRequestHeader('Content-Type', fileType(file.name));
		xhr.setRequestHeader('Accept', 'application/x-ndjson');
		xhr.upload.onprogress = (e) => {
			if (e.lengthComputable) onProgress({ phase: 'uploading', fraction: e.loaded / e.total });
		};
		xhr.onprogress = take;
		xhr.onerror = () => reject(new ImportFailure(0, m().import.failure.unreachable));
		xhr.onload = () => {
			if (xhr.status !== 200) return reject(failureOf(xhr.status, xhr.responseText));
			try {
				take();
			} catch {
				return reject(new ImportFailure(200, m().import.failure.unreadable));
			}
			if (result) resolve(result);
			else
				reject(
					new ImportFailure(
						200,
						error === undefined ? m().import.failure.noResult : m().import.failure.failed(error)
					)
				);
		};
		xhr.send(file);
	});
}
