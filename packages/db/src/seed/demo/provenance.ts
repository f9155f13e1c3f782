/**
 * The three kinds of provenance in the demo data. A row is either a fact stated in its source,
 * or synthetic: inferred (built on a source, with details such as the exact day filled in) or
 * invented outright. Every row that is not verified is synthetic.
 */
import type { Provenance } from '@untoc-alliance/schema';
import { demoSources } from './sources.ts';
import type { SourceKey } from './sources.ts';

/** Stated in the cited source. */
export function fact(source: SourceKey): Provenance {
	return { verified: true, synthetic: false, sourceUrl: demoSources[source] };
}

/** Built on the cited source, with details the source does not give (a day, a count). */
export function inferred(source: SourceKey): Provenance {
	return { verified: false, synthetic: true, sourceUrl: demoSources[source] };
}

/** Invented for the demonstration. */
export function invented(): Provenance {
	return { verified: false, synthetic: true, sourceUrl: null };
}
