/**
 * The child process of the SIGKILL test (not part of the package's API): opens the SQLite file
 * given as the first argument, commits a members import of N rows (second argument) and writes
 * `writing` to stdout as soon as the write transaction has written its first batch; every later
 * batch waits a little, so that the parent's SIGKILL lands in the middle of the transaction.
 */
import { readImportCsv } from '@untoc-alliance/schema';
import { openDatabase } from '../database.ts';
import { largeMembersCsv } from './large-file.ts';
import { runImport } from './run-import.ts';

const [path = '', rows = '100000'] = process.argv.slice(2);
const db = await openDatabase({ path });
const file = readImportCsv('members', largeMembersCsv(Number(rows)));
let told = false;
await runImport(db, {
	file,
	mode: 'commit',
	userId: null,
	fileName: 'large.csv',
	async onProgress(phase) {
		if (phase !== 'writing') return;
		if (!told) {
			told = true;
			process.stdout.write('writing\n');
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
});
process.stdout.write('committed\n');
await db.close();
