// Makes sure Debian's Chromium is there before Playwright starts: installs it when we are root,
// otherwise stops with a message saying how to get it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(
			`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`
		);
		process.exit(1);
	}
}

if (!existsSync(chromium)) {
	if (process.getuid?.() !== 0) {
		console.error(
			`${chromium} is missing. Install it as root: apt-get update && apt-get install -y chromium`
		);
		process.exit(1);
	}
	console.log(`${chromium} is missing; installing Debian's chromium package.`);
	run('apt-get', ['update']);
	run('apt-get', ['install', '-y', 'chromium']);
	if (!existsSync(chromium)) {
		console.error(`apt-get finished but ${chromium} is still missing.`);
		process.exit(1);
	}
}
