/**
 * The shape of participation by event type: how likely each side of the trilateral framework is
 * to attend, with how many people, how many members take part and who organises. A seed's own
 * sketch (from a source) overrides the drawn values.
 */
import type { EventType } from '@untoc-alliance/schema';
import type { EventSeed, Organiser, ParticipationMix } from './event-seed.ts';
import type { Random } from './prng.ts';

/** [probability, min, max] of a delegation, or of CGR-NIOC's presence, by event type. */
type Range = readonly [number, number, number];
interface Shape {
	members: readonly [number, number];
	government: Range;
	international: Range;
	cgr: Range;
}

const none: Range = [0, 0, 0];
const shapes: Record<EventType, Shape> = {
	advisory_board: { members: [0, 0], government: none, international: none, cgr: [1, 6, 10] },
	working_group: {
		members: [2, 5],
		government: [0.3, 1, 2],
		international: [0.25, 1, 2],
		cgr: [1, 2, 4]
	},
	consultation: {
		members: [4, 10],
		government: [1, 1, 6],
		international: [0.9, 1, 4],
		cgr: [0.9, 1, 3]
	},
	workshop: {
		members: [4, 9],
		government: [1, 1, 4],
		international: [0.9, 1, 3],
		cgr: [0.8, 1, 3]
	},
	training: {
		members: [5, 12],
		government: [0.9, 1, 4],
		international: [1, 2, 5],
		cgr: [0.6, 1, 2]
	},
	roundtable: {
		members: [4, 9],
		government: [0.95, 1, 3],
		international: [0.85, 1, 2],
		cgr: [0.8, 1, 3]
	},
	conference: {
		members: [10, 18],
		government: [1, 3, 10],
		international: [1, 2, 6],
		cgr: [1, 3, 6]
	},
	launch: { members: [6, 10], government: [1, 2, 5], international: [0.9, 1, 3], cgr: [1, 2, 4] },
	constructive_dialogue: {
		members: [1, 3],
		government: [1, 2, 5],
		international: [1, 3, 6],
		cgr: [0.5, 1, 2]
	},
	side_event: {
		members: [1, 3],
		government: [0.8, 1, 4],
		international: [1, 2, 5],
		cgr: [0.4, 1, 1]
	},
	plenary: { members: [1, 3], government: [1, 3, 8], international: [1, 6, 15], cgr: [0.8, 1, 2] },
	network_meeting: { members: [2, 5], government: none, international: [1, 1, 2], cgr: none }
};

function draw(rng: Random, [probability, min, max]: Range): number | null {
	return rng.chance(probability) ? rng.int(min, max) : null;
}

function organisersOf(rng: Random, seed: EventSeed): Organiser[] {
	const pak = seed.alliance === 'PAK';
	switch (seed.type) {
		case 'advisory_board':
		case 'working_group':
			return [pak ? 'cgr' : 'member'];
		case 'launch':
			return ['government', 'international'];
		case 'consultation':
			return [
				rng.weighted(pak ? { government: 4, cgr: 4, member: 2 } : { government: 4, member: 6 })
			];
		case 'workshop':
		case 'roundtable':
		case 'conference':
			return [
				rng.weighted(
					pak ? { cgr: 5, member: 3, international: 2 } : { member: 7, international: 3 }
				)
			];
		case 'training':
		case 'constructive_dialogue':
		case 'side_event':
		case 'plenary':
		case 'network_meeting':
			return ['international'];
	}
}

/** The mix of a generated event: drawn by type, then overridden by the seed's own sketch. */
export function mixOf(rng: Random, seed: EventSeed): ParticipationMix {
	const shape = shapes[seed.type];
	const organisers = organisersOf(rng, seed);
	// CGR-NIOC leads Pakistan's alliance; it is always present at the events it organises.
	const cgrShape: Range = organisers.includes('cgr') ? [1, shape.cgr[1], shape.cgr[2]] : shape.cgr;
	const cgr = seed.alliance === 'MEX' ? null : draw(rng, cgrShape);
	return {
		government: draw(rng, shape.government),
		international: draw(rng, shape.international),
		real: cgr === null ? {} : { cgr },
		members: rng.int(shape.members[0], shape.members[1]),
		pool: seed.alliance ? [seed.alliance] : ['PAK', 'MEX'],
		organisers,
		...seed.mix
	};
}
