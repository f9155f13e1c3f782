/** The file endpoints: `POST /api/import` (editors) and `GET /api/export` (analysts and up). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createExportHandler, exportPath, type ExportDeps } from './export-route.ts';
import { createImportHandler, importPath } from './import-route.ts';

/** The paths served by `createDataHandler`. */
export const dataPaths: ReadonlySet<string> = new Set([importPath, exportPath]);

/** Makes the handler of the import and export paths. */
export function createDataHandler(deps: ExportDeps) {
	const handleImport = createImportHandler(deps);
	const handleExport = createExportHandler(deps);
	return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const pathname = (req.url ?? '/').split('?')[0];
		return pathname === importPath ? handleImport(req, res) : handleExport(req, res);
	};
}
