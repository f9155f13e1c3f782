export { defineCatalogue, formatsFor } from './define.ts';
export type { Catalogue, Formats, LocaleMeta, PluralForms } from './define.ts';
export type { Messages } from './catalogues/en.ts';
export { default as english } from './catalogues/en.ts';
export { keyPaths, missingKeys, matchLanguage } from './keys.ts';
