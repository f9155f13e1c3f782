/** The bench's result rows and their plain-text table. */

/** One procedure measured with the result cache on or off. */
export interface BenchRow {
	procedure: string;
	cache: 'on' | 'off';
	httpP50: number;
	httpP99: number;
	requestsPerSecond: number;
	non2xx: number;
	directP50: number;
	directP99: number;
	/** HTTP p50 divided by direct p50. */
	ratio: number;
}

const columns: [string, (row: BenchRow) => string][] = [
	['procedure', (r) => r.procedure],
	['cache', (r) => r.cache],
	['HTTP p50 ms', (r) => r.httpP50.toFixed(1)],
	['HTTP p99 ms', (r) => r.httpP99.toFixed(1)],
	['req/s', (r) => r.requestsPerSecond.toFixed(0)],
	['non-2xx', (r) => String(r.non2xx)],
	['direct p50 ms', (r) => r.directP50.toFixed(2)],
	['direct p99 ms', (r) => r.directP99.toFixed(2)],
	['ratio', (r) => r.ratio.toFixed(1)]
];

/** A Markdown table of the rows. */
export function formatTable(rows: readonly BenchRow[]): string {
	const lines = [
		`| ${columns.map(([name]) => name).join(' | ')} |`,
		`|${columns.map(() => '---').join('|')}|`,
		...rows.map((row) => `| ${columns.map(([, cell]) => cell(row)).join(' | ')} |`)
	];
	return lines.join('\n');
}
