/**
 * `pnpm user:add --email ada@example.org --name "Ada L." [--role admin|editor|analyst]`: creates
 * an account in the database of the environment (`DATABASE_URL` or `DATABASE_PATH`, as the
 * server reads them). The password comes from `USER_PASSWORD`, else a prompt without echo on a
 * terminal (asked twice), else the first line of stdin. Input is validated with the schema's
 * `NewUserInput`; any failure prints a message and exits with status 1 (2 for bad arguments),
 * writing nothing.
 */
import { stdin, stdout, stderr } from 'node:process';
import { parseArgs } from 'node:util';
import { AccountError, createUser, openDatabase } from '@untoc-alliance/db';
import { NewUserInput } from '@untoc-alliance/schema';
import { loadEnv, userPasswordFromEnv } from '../env.ts';

const usage =
	'Usage: pnpm user:add --email <e-mail> --name <name> [--role admin|editor|analyst]\n' +
	'The password comes from USER_PASSWORD, a prompt (on a terminal) or stdin.';

class UsageError extends Error {}

function parse(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string', default: 'admin' },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true,
			allowPositionals: false
		}).values;
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

/** Reads one line from a terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
	return new Promise((resolve, reject) => {
		stdout.write(question);
		stdin.setRawMode(true);
		stdin.resume();
		stdin.setEncoding('utf8');
		let answer = '';
		const done = (error?: Error) => {
			stdin.setRawMode(false);
			stdin.pause();
			stdin.off('data', onData);
			stdout.write('\n');
			if (error) reject(error);
			else resolve(answer);
		};
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') return done();
				if (char === '\u0003') return done(new Error('Cancelled'));
				if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
				else answer += char;
			}
		};
		stdin.on('data', onData);
	});
}

async function readStdinLine(): Promise<string> {
	let text = '';
	stdin.setEncoding('utf8');
	for await (const chunk of stdin as AsyncIterable<string>) text += chunk;
	return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
	const fromEnv = userPasswordFromEnv();
	if (fromEnv !== undefined) return fromEnv;
	if (!stdin.isTTY) return readStdinLine();
	const first = await promptHidden('Password (12 characters or more): ');
	const second = await promptHidden('Repeat the password: ');
	if (first !== second) throw new Error('The two passwords differ');
	return first;
}

async function main(argv: string[]): Promise<number> {
	const args = parse(argv);
	if (args.help) {
		stdout.write(`${usage}\n`);
		return 0;
	}
	const env = loadEnv();
	const input = NewUserInput.safeParse({
		email: args.email ?? '',
		name: args.name ?? '',
		role: args.role,
		password: await readPassword()
	});
	if (!input.success) {
		const lines = input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		stderr.write(`Cannot add the user:\n${lines.join('\n')}\n`);
		return 1;
	}
	const db = await openDatabase(
		env.DATABASE_URL === undefined ? { path: env.DATABASE_PATH } : { url: env.DATABASE_URL }
	);
	try {
		const { id } = await createUser(db, input.data);
		stdout.write(`Added ${input.data.email} (${input.data.role}) as user ${id}\n`);
		return 0;
	} catch (error) {
		if (!(error instanceof AccountError)) throw error;
		stderr.write(`Cannot add the user: ${error.message}\n`);
		return 1;
	} finally {
		await db.close();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		stderr.write(`${error.message}\n${usage}\n`);
		process.exitCode = 2;
	} else {
		stderr.write(
			`Cannot add the user: ${error instanceof Error ? error.message : String(error)}\n`
		);
		process.exitCode = 1;
	}
}
