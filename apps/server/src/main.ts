/** Entry point: reads the settings, starts the server, and stops it cleanly on SIGTERM/SIGINT. */
import { startServer } from './app.ts';
import { loadEnv } from './env.ts';

const env = loadEnv();
const server = await startServer({
	port: env.PORT,
	host: env.HOST,
	databasePath: env.DATABASE_PATH,
	databaseUrl: env.DATABASE_URL,
	seed: env.SEED,
	dashboardDist: env.DASHBOARD_DIST,
	trustProxy: env.TRUST_PROXY,
	publicMinCount: env.PUBLIC_MIN_COUNT
});

try {
	await server.ready;
} catch (error) {
	console.error('Could not open or seed the database:', error);
	await server.close();
	process.exit(1);
}
console.log(
	`UNTOC Alliance Dashboard on ${server.url} (database ${(await server.database()).path})`
);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
	if (stopping) return;
	stopping = true;
	await server.close();
	console.log(`Stopped on ${signal}`);
	process.exit(0);
}

process.on('SIGTERM', (signal) => void stop(signal));
process.on('SIGINT', (signal) => void stop(signal));
