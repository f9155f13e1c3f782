// One flat config for the whole workspace: type-aware TypeScript rules, Svelte, Prettier last.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

export default ts.config(
	{
		ignores: [
			'**/node_modules/**',
			'**/dist/**',
			'**/.turbo/**',
			'**/data/**',
			'**/test-results/**',
			'**/playwright-report/**',
			'.ci/**'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...ts.configs.stylisticTypeChecked,
	...svelte.configs['flat/recommended'],
	prettier,
	...svelte.configs['flat/prettier'],
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: root,
				extraFileExtensions: ['.svelte']
			}
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	{
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'@typescript-eslint/no-non-null-assertion': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': 'error',
			'max-params': ['error', 3],
			'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['@untoc-alliance/*/src/*'], message: 'Import the package entry.' }] }
			],
			'no-restricted-properties': [
				'error',
				{ object: 'process', property: 'env', message: 'Read settings from env.ts only.' }
			]
		}
	},
	{
		// The one door for settings (house style H14), and test/bench harnesses that pass env to children.
		files: ['**/src/env.ts', '**/*.test.ts', '**/e2e/**', '**/bench/**', '**/*.config.ts'],
		rules: { 'no-restricted-properties': 'off' }
	},
	{
		// A message catalogue is one file per language (adding a language is adding a file): data, long.
		files: ['packages/i18n/src/catalogues/*.ts'],
		rules: { 'max-lines': 'off' }
	},
	{
		files: ['packages/**/*.ts'],
		ignores: ['**/cli/**', '**/*.test.ts'],
		rules: { 'no-console': 'error' }
	},
	{
		files: ['apps/dashboard/src/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: '@untoc-alliance/api', allowTypeImports: true, message: 'Types only.' },
						{ name: '@untoc-alliance/db', message: 'The dashboard never reaches the database.' },
						{ name: 'd3', message: 'Import d3 by module.' },
						{ name: 'd3-selection', message: 'Svelte renders the SVG.' }
					]
				}
			]
		}
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	}
);
