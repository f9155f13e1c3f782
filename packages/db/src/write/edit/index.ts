/** Editing with versions, audit and summary upkeep: see `edit.ts`. */
export { edits, type EditActor } from './edit.ts';
export { editReads } from './reads.ts';
export { EditConflict, EditError, EditInvalid, EditNotFound, EditRefused } from './errors.ts';
