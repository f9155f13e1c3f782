/**
 * `GET /api/export?list=members|events&format=csv|xlsx&input=<JSON filter>`: the whole member or
 * event list that matches the dashboard filter (the `input` of `members.list` /
 * `engagement.events`, paging ignored), as CSV or XLSX with label headers and labels for codes.
 * The CSV starts with `#` lines naming the list, the filter and the date (as the chart export);
 * the XLSX has the same in a second sheet, "About". Every text cell is neutralised against
 * formulas. Organisation-level data: analysts and above (403 for anyone else). `list=audit`
 * exports the audit log (input `{entity?, userId?}`, newest first) for administrators only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listAudit, listEvents, listMembers, type Database } from '@untoc-alliance/db';
import {
	EngagementEventsInput,
	MembersListInput,
	csvText,
	eventFormats,
	eventTypes,
	roleIncludes,
	sectors,
	themes,
	type AuditEntry,
	type EventRow,
	type MemberRow,
	type SessionUser
} from '@untoc-alliance/schema';
import * as z from 'zod';
import { HttpError, xlsxType } from './import-route.ts';
import { writeXlsx } from './spreadsheet.ts';

/** Path of the export endpoint. */
export const exportPath = '/api/export';

/** The most rows one export holds. */
export const maxExportRows = 100_000;

const pageSize = 500;

export interface ExportDeps {
	db: Database;
	authenticate: (req: IncomingMessage) => Promise<SessionUser | null>;
	today: () => string;
}

const ExportQuery = z.object({
	list: z.enum(['members', 'events', 'audit'], {
		error: (i) => `Unknown list ${JSON.stringify(i.input)}: expected members, events or audit`
	}),
	format: z.enum(['csv', 'xlsx'], {
		error: (i) => `Unknown format ${JSON.stringify(i.input)}: expected csv or xlsx`
	}),
	input: z.string().max(1_500).default('{}')
});

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const themeLabels = (codes: readonly (keyof typeof themes.labels)[]) =>
	codes.map((t) => themes.labels[t]).join('; ');

function memberTable(rows: readonly MemberRow[]): string[][] {
	return [
		['Organisation', 'Alliance', 'Sector', 'Regions', 'Themes', 'Joined on', 'Synthetic'],
		...rows.map((m) => [
			m.name,
			m.alliance,
			sectors.labels[m.sector],
			m.regions.join('; '),
			themeLabels(m.themes),
			m.joinedOn,
			yesNo(m.synthetic)
		])
	];
}

function eventTable(rows: readonly EventRow[]): string[][] {
	return [
		[
			'Title',
			'Type',
			'Alliance',
			'Start date',
			'End date',
			'Format',
			'City',
			'Country',
			'Region',
			'Clusters',
			'Organisers',
			'Participants',
			'Verified',
			'Synthetic'
		],
		...rows.map((e) => [
			e.title,
			eventTypes.labels[e.type],
			e.alliance ?? '',
			e.startDate,
			e.endDate ?? '',
			eventFormats.labels[e.format],
			e.city ?? '',
			e.country ?? '',
			e.region ?? '',
			e.clusters.join('; '),
			e.organisers.join('; '),
			String(e.participants),
			yesNo(e.verified),
			yesNo(e.synthetic)
		])
	];
}

function auditTable(entries: readonly AuditEntry[]): string[][] {
	const json = (row: unknown) => (row === null ? '' : JSON.stringify(row));
	return [
		['When', 'Who', 'E-mail', 'Action', 'Table', 'Row', 'Before', 'After'],
		...entries.map((e) => [
			e.at,
			e.user?.name ?? 'system',
			e.user?.email ?? '',
			e.action,
			e.entity,
			e.entityId,
			json(e.before),
			json(e.after)
		])
	];
}

/** The filter in words: "Alliance PAK; Sectors NGO / CSO, Academia; From 2023-01-01". */
export function filterWords(filter: Record<string, unknown>): string {
	const parts: string[] = [];
	const add = (label: string, value: unknown) => {
		if (typeof value === 'string' && value !== '') parts.push(`${label} ${value}`);
		if (Array.isArray(value)) parts.push(`${label} ${value.join(', ')}`);
	};
	add('Alliance', filter['alliance']);
	add(
		'Sectors',
		(filter['sectors'] as string[] | undefined)?.map(
			(s) => sectors.labels[s as keyof typeof sectors.labels]
		)
	);
	add('Regions', filter['regions']);
	add(
		'Themes',
		(filter['themes'] as string[] | undefined)?.map(
			(t) => themes.labels[t as keyof typeof themes.labels]
		)
	);
	add(
		'Types',
		(filter['types'] as string[] | undefined)?.map(
			(t) => eventTypes.labels[t as keyof typeof eventTypes.labels]
		)
	);
	add('From', filter['from']);
	add('To', filter['to']);
	add('Search', filter['q']);
	return parts.length === 0 ? 'none' : parts.join('; ');
}

function parseInput<T extends z.ZodType>(schema: T, text: string): z.output<T> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new HttpError(400, 'input is not JSON');
	}
	const parsed = schema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const path = issue?.path.join('.') ?? '';
		const field = path === '' ? 'input' : path;
		throw new HttpError(400, `${field}: ${issue?.message ?? 'invalid'}`);
	}
	return parsed.data;
}

async function collect<TRow>(
	load: (page: number) => Promise<{ rows: TRow[]; total: number }>
): Promise<TRow[]> {
	const rows: TRow[] = [];
	for (let page = 1; rows.length < maxExportRows; page += 1) {
		const next = await load(page);
		rows.push(...next.rows);
		if (next.rows.length < pageSize || rows.length >= next.total) break;
	}
	return rows.slice(0, maxExportRows);
}

const AuditExportInput = z.strictObject({
	entity: z.string().trim().min(1).max(50).optional(),
	userId: z.int().positive().optional()
});

async function exportTable(deps: ExportDeps, list: 'members' | 'events' | 'audit', input: string) {
	if (list === 'audit') {
		const filter = parseInput(AuditExportInput, input);
		const rows = await collect(async (page) => {
			const found = await listAudit(deps.db, { ...filter, page, pageSize });
			return { rows: found.entries, total: found.total };
		});
		const words = [
			filter.entity && `Table ${filter.entity}`,
			filter.userId && `User ${filter.userId}`
		];
		const described = words.filter((w): w is string => typeof w === 'string').join('; ');
		return { title: 'Audit log', filter: described || 'none', rows: auditTable(rows) };
	}
	if (list === 'members') {
		const filter = parseInput(MembersListInput, input);
		const today = deps.today();
		const rows = await collect((page) =>
			listMembers(deps.db, { ...filter, page, pageSize }, { today })
		);
		return { title: 'Members', filter: filterWords(filter), rows: memberTable(rows) };
	}
	const filter = parseInput(EngagementEventsInput, input);
	const rows = await collect((page) => listEvents(deps.db, { ...filter, page, pageSize }));
	return { title: 'Events', filter: filterWords(filter), rows: eventTable(rows) };
}

/** Makes the handler of `GET /api/export`. */
export function createExportHandler(deps: ExportDeps) {
	return async function handleExport(req: IncomingMessage, res: ServerResponse): Promise<void> {
		try {
			if (req.method !== 'GET') throw new HttpError(405, 'Export with GET');
			const user = await deps.authenticate(req);
			if (!user || !roleIncludes(user.role, 'analyst')) {
				throw new HttpError(403, 'Sign in to export lists of organisations and events');
			}
			const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
			const query = ExportQuery.safeParse(Object.fromEntries(params));
			if (!query.success) throw new HttpError(400, query.error.issues[0]?.message ?? 'Bad query');
			const { list, format, input } = query.data;
			if (list === 'audit' && !roleIncludes(user.role, 'admin')) {
				throw new HttpError(403, 'Only administrators can export the audit log');
			}
			const table = await exportTable(deps, list, input);
			const date = deps.today();
			const about = [
				[`${table.title} — UNTOC Alliance Dashboard`],
				[`Filter: ${table.filter}`],
				[`Exported: ${date}`]
			];
			const name = `${list}-${date}.${format}`;
			const body =
				format === 'csv'
					? Buffer.from(
							about.map(([line = '']) => `# ${line}`).join('\r\n') + '\r\n' + csvText(table.rows)
						)
					: await writeXlsx(table.title, table.rows, about);
			res.writeHead(200, {
				'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
				'Content-Disposition': `attachment; filename="${name}"`,
				'Cache-Control': 'no-store'
			});
			res.end(body);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			res.writeHead(error.status, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end(JSON.stringify({ error: error.message }));
		}
	};
}
