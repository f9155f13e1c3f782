/**
 * Why an edit was not written. The API turns them into HTTP answers: `EditNotFound` 404,
 * `EditConflict` 409 with the current row, `EditRefused` 409 (other rows depend on the row),
 * `EditInvalid` 400 naming the field (e.g. an organisation id that does not exist).
 */

/** Base class of every refusal of an edit; nothing was written. */
export class EditError extends Error {
	override name = 'EditError';
}

/** No row with that key. */
export class EditNotFound extends EditError {
	override name = 'EditNotFound';
	constructor(
		readonly entity: string,
		readonly key: string
	) {
		super(`No ${entity} ${key}: it may have been deleted`);
	}
}

/** The row changed since the editor read it: `current` is the row as it is now. */
export class EditConflict extends EditError {
	override name = 'EditConflict';
	constructor(
		readonly entity: string,
		readonly key: string,
		readonly current: unknown
	) {
		super(`Someone changed this ${entity} since you opened it; reload it or overwrite it`);
	}
}

/** The write would leave other rows dangling (e.g. an organisation that still has members). */
export class EditRefused extends EditError {
	override name = 'EditRefused';
}

/** A field names something that does not exist (checked in the database, not in the schema). */
export class EditInvalid extends EditError {
	override name = 'EditInvalid';
	constructor(
		readonly path: (string | number)[],
		message: string
	) {
		super(message);
	}
}
