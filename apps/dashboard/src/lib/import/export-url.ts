/** The address of a list export: `/api/export?list=…&format=…&input=<the list's filter JSON>`. */

/** Which list and file format to export. */
export type ExportList = 'members' | 'events';
export type ExportFormat = 'csv' | 'xlsx';

/** The export URL; `input` is the list's filter (undefined fields left out). */
export function exportUrl(list: ExportList, format: ExportFormat, input: object): string {
	const defined = Object.fromEntries(
		Object.entries(input).filter(([, value]) => value !== undefined && value !== '')
	);
	const query = new URLSearchParams({ list, format, input: JSON.stringify(defined) });
	return `/api/export?${query.toString()}`;
}
