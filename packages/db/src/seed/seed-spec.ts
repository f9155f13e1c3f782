/** The SEED setting: which data a fresh database starts with. */
import * as z from 'zod';

/** Largest `scale:<N>` the generator accepts. */
export const maxScaleRecords = 5_000_000;

type SeedSpecValue = { kind: 'demo' } | { kind: 'none' } | { kind: 'scale'; records: number };

function problem(value: string): string {
	return (
		`SEED must be 'demo', 'none' or 'scale:<N>' with N an integer from 1 to ${maxScaleRecords}; ` +
		`got ${JSON.stringify(value)}`
	);
}

function parse(value: string, ctx: z.core.$RefinementCtx<string>): SeedSpecValue {
	if (value === 'demo' || value === 'none') return { kind: value };
	const match = /^scale:(\d{1,7})$/.exec(value);
	const records = match ? Number(match[1]) : 0;
	if (records >= 1 && records <= maxScaleRecords) return { kind: 'scale', records };
	ctx.addIssue({ code: 'custom', message: problem(value), input: value });
	return z.NEVER;
}

/** Parses the SEED value: `demo`, `none` or `scale:<N>` (N participations, 1 to 5,000,000). */
export const SeedSpec = z
	.string({ error: (issue) => problem(String(issue.input)) })
	.trim()
	.transform(parse);
export type SeedSpec = z.output<typeof SeedSpec>;
