#!/usr/bin/env node
/** The `untoc-alliance-validate` command (see `run-validate.ts`). */
import { readFile } from 'node:fs/promises';
import { runValidate } from './run-validate.ts';

process.exitCode = await runValidate({
	args: process.argv.slice(2),
	readFile: (path) => readFile(path, 'utf8'),
	out: (line) => console.log(line),
	err: (line) => console.error(line)
});
