// The second half of `pnpm build`, after tsc: points the declarations' relative `.ts` imports at
// `.js` (tsc rewrites them in JavaScript only), then writes dist/json-schema/*.json and
// dist/openapi.json from the built package.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const json = (value) => `${JSON.stringify(value, null, '\t')}\n`;
const relativeTs = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;

for (const entry of await readdir(dist, { recursive: true })) {
	if (!entry.endsWith('.d.ts')) continue;
	const file = new URL(entry, dist);
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace(relativeTs, '$1$2$3.js$2'));
}

const { jsonSchemaFiles, openApiDocument } = await import('../dist/index.js');
const folder = new URL('json-schema/', dist);
await mkdir(folder, { recursive: true });
for (const { fileName, schema } of jsonSchemaFiles()) {
	await writeFile(new URL(fileName, folder), json(schema));
}
await writeFile(new URL('openapi.json', dist), json(openApiDocument()));
