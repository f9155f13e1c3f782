/**
 * A milestone's label in the page's language. The API writes English labels; the kinds it knows
 * are said by the catalogue (a pilot launch with its alliance's code, a COP session by its number),
 * and a constructive dialogue keeps its event's title, which is data, not interface.
 */
import type { Milestone } from '@untoc-alliance/schema';
import { m } from '../../i18n.svelte.ts';

/** "Pilot initiative launched (PAK)", "COP11 opens in Vienna", or the dialogue's title. */
export function milestoneLabel(milestone: Pick<Milestone, 'kind' | 'label' | 'alliance'>): string {
	const say = m().engagement.milestones;
	switch (milestone.kind) {
		case 'pilot_launch':
			return milestone.alliance ? say.pilotLaunch(milestone.alliance) : milestone.label;
		case 'cop_session': {
			const session = /^COP\d+\b/.exec(milestone.label)?.[0];
			return session ? say.copOpens(session) : milestone.label;
		}
		case 'constructive_dialogue':
			return milestone.label;
	}
}
