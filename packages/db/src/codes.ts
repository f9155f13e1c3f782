/**
 * Bit sets over code lists: sector and theme sets are stored as integers (bit i = the i-th code
 * of the vocabulary), so "any of these" filters become one `(mask & wanted) <> 0` test, which
 * SQLite and PostgreSQL both evaluate. Append new codes at the end of a vocabulary to keep masks.
 */
import { sectors, themes, type Sector, type Theme } from '@untoc-alliance/schema';
import { sql, type RawBuilder } from 'kysely';

/** The bit of each sector and theme code. */
export const sectorBits = bitsOf(sectors.codes);
export const themeBits = bitsOf(themes.codes);

function bitsOf<TCode extends string>(codes: readonly TCode[]): Record<TCode, number> {
	return Object.fromEntries(codes.map((code, i) => [code, 2 ** i])) as Record<TCode, number>;
}

/** The mask of a list of codes. */
export function maskOf<TCode extends string>(
	bits: Record<TCode, number>,
	codes: readonly TCode[]
): number {
	let mask = 0;
	for (const code of new Set(codes)) mask += bits[code];
	return mask;
}

/** The codes whose bits are set in `mask`, in vocabulary order. */
export function codesOf<TCode extends string>(bits: Record<TCode, number>, mask: number): TCode[] {
	return (Object.keys(bits) as TCode[]).filter((code) => (mask & bits[code]) !== 0);
}

/** `case <column> when 'code' then bit ... end`: a code column as its bit, in SQL. */
export function bitCase(column: string, bits: Record<Sector, number> | Record<Theme, number>) {
	const whens = Object.entries(bits).map(
		([code, bit]) => sql`when ${sql.lit(code)} then ${sql.lit(bit)}`
	);
	return sql<number>`case ${sql.ref(column)} ${sql.join(whens, sql` `)} else 0 end`;
}

/** `(column & mask) <> 0`: the column's set shares a code with `mask`. */
export function sharesBits(column: string, mask: number): RawBuilder<boolean> {
	return sql<boolean>`(${sql.ref(column)} & ${sql.lit(mask)}) <> 0`;
}
