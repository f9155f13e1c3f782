/** Every dated event of the sources, verified or inferred. */
import type { EventSeed } from './event-seed.ts';
import { globalFactsTo2022 } from './events-facts-global.ts';
import { globalFactsFrom2023 } from './events-facts-global-later.ts';
import { nationalFacts } from './events-facts-national.ts';

export function factEvents(): EventSeed[] {
	return [...globalFactsTo2022(), ...globalFactsFrom2023(), ...nationalFacts()];
}
