/**
 * Turns CSV text cells into JSON values by the type of their field in the schema, in one way:
 * an empty cell is `null` for a nullable field and missing otherwise; a number field takes a
 * decimal number (`12`, `-1.5`); a boolean field takes `true` or `false`; a list field (regions,
 * themes, clusters ...) is split on `;`, empty items dropped, with each item converted the same way. Anything else is
 * left as text, so that the schema reports it.
 */
import * as z from 'zod';

type CellType = 'string' | 'number' | 'boolean' | { list: CellKind };

interface CellKind {
	type: CellType;
	nullable: boolean;
}

function isNumberUnion(schema: z.ZodType): boolean {
	return (
		schema instanceof z.ZodUnion &&
		schema.options.every(
			(o: z.core.$ZodType) =>
				o instanceof z.ZodLiteral && [...o.values].every((v) => typeof v === 'number')
		)
	);
}

/** What a cell of this field holds. */
export function cellKind(field: z.ZodType, nullable = false): CellKind {
	if (field instanceof z.ZodNullable) return cellKind(field.unwrap() as z.ZodType, true);
	if (field instanceof z.ZodOptional || field instanceof z.ZodDefault) {
		return cellKind(field.unwrap() as z.ZodType, nullable);
	}
	if (field instanceof z.ZodArray) {
		return { type: { list: cellKind(field.element as z.ZodType) }, nullable };
	}
	if (field instanceof z.ZodNumber || isNumberUnion(field)) return { type: 'number', nullable };
	if (field instanceof z.ZodBoolean) return { type: 'boolean', nullable };
	return { type: 'string', nullable };
}

/** The JSON value of one cell (`undefined` for an empty cell of a field that is not nullable). */
export function cellValue(cell: string, kind: CellKind): unknown {
	const text = cell.trim();
	if (text === '') {
		if (typeof kind.type === 'object') return [];
		return kind.nullable ? null : undefined;
	}
	if (typeof kind.type === 'object') {
		const item = kind.type.list;
		return text
			.split(';')
			.filter((part) => part.trim() !== '')
			.map((part) => cellValue(part.trim(), item));
	}
	if (kind.type === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	if (kind.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
	return kind.type === 'string' ? cell : text;
}
