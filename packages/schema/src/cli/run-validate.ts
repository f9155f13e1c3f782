/**
 * `untoc-alliance-validate [--kind organisations|memberships|events] [--format json|jsonl|csv]
 * <file>`: prints each problem as `<file>:<row>: <field>: <reason>` and returns the exit code
 * (0 valid, 1 problems found, 2 usage error or unreadable file).
 */
import { dataFormats, type DataFormat } from '../validate/read-records.ts';
import { recordKinds, validateRecords, type RecordKind } from '../validate/validate-records.ts';

export const usage = `Usage: untoc-alliance-validate [--kind organisations|memberships|events] [--format json|jsonl|csv] <file>

Validates a file of organisations, memberships or events against the UNTOC Alliance schemas.
The format comes from the extension; the kind from the keys (joinedOn: memberships, startDate:
events, sector: organisations) unless --kind is given. CSV list cells are ;-separated.`;

/** What the command needs from the outside world (injected, so that tests need no process). */
export interface ValidateIo {
	args: readonly string[];
	readFile: (path: string) => Promise<string>;
	out: (line: string) => void;
	err: (line: string) => void;
}

interface Parsed {
	file: string;
	kind: RecordKind | undefined;
	format: DataFormat;
}

function isKind(value: string | undefined): value is RecordKind {
	return value !== undefined && Object.hasOwn(recordKinds, value);
}

function isFormat(value: string | undefined): value is DataFormat {
	return dataFormats.some((f) => f === value);
}

function parseArgs(args: readonly string[]): Parsed | string {
	let kind: RecordKind | undefined;
	let format: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < args.length; i += 1) {
		const arg = args[i];
		const value = args[i + 1];
		if (arg === '--kind' && isKind(value)) [kind, i] = [value, i + 1];
		else if (arg === '--format' && isFormat(value)) [format, i] = [value, i + 1];
		else if (arg?.startsWith('-')) return `Unknown or incomplete option ${arg}`;
		else if (arg) files.push(arg);
	}
	const file = files[0];
	if (files.length !== 1 || !file) return 'Give exactly one file';
	format ??= file.split('.').pop()?.toLowerCase();
	if (!isFormat(format)) return `Cannot tell the format of ${file}; pass --format`;
	return { file, kind, format };
}

/** Runs the command; returns the exit code. */
export async function runValidate(io: ValidateIo): Promise<number> {
	if (io.args.includes('--help') || io.args.includes('-h')) {
		io.out(usage);
		return 0;
	}
	const parsed = parseArgs(io.args);
	if (typeof parsed === 'string') {
		io.err(`${parsed}\n\n${usage}`);
		return 2;
	}
	let text: string;
	try {
		text = await io.readFile(parsed.file);
	} catch (error) {
		io.err(`Cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
		return 2;
	}
	const report = validateRecords({ text, format: parsed.format, kind: parsed.kind });
	for (const { row, field, message } of report.errors) {
		const at = [parsed.file, row > 0 ? String(row) : '', field].filter(Boolean).join(':');
		io.out(`${at}: ${message}`);
	}
	const summary = `${report.records} ${report.kind ?? 'records'}, ${report.errors.length} error(s)`;
	io.err(`${parsed.file}: ${summary}`);
	return report.errors.length > 0 ? 1 : 0;
}
