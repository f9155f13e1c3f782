/**
 * The fields of each edit form, labelled from the page's catalogue: built anew on each call (the
 * kinds in `edit-kinds.ts` call them from their `fields` getter), so a form follows a language
 * switch.
 */
import {
	contributionTypes,
	eventFormats,
	eventTypes,
	membershipRoles,
	regionNames,
	sectors,
	sides,
	stepStatuses,
	themes,
	type RegionCode
} from '@untoc-alliance/schema';
import { m } from '../i18n.svelte.ts';
import type { Choice, Field } from './edit-kinds.ts';

/** The choices of a vocabulary, labelled from the catalogue (`vocab.<name>`). */
function choices<T extends string>(
	codes: readonly T[],
	labels: Readonly<Record<T, string>>
): Choice[] {
	return codes.map((code) => ({ value: code, label: labels[code] }));
}

const label = () => m().edit.field;
const vocab = () => m().vocab;

const countries = (): Choice[] =>
	(['PAK', 'MEX'] as const).map((code) => ({ value: code, label: vocab().country[code] }));
const clusters = (): Choice[] =>
	([1, 2, 3, 4] as const).map((n) => ({ value: n, label: m().common.cluster(n) }));
const regions = (): Choice[] =>
	(Object.keys(regionNames) as RegionCode[]).map((code) => ({
		value: code,
		label: vocab().region[code]
	}));

const provenance = (): Field[] => [
	{
		key: 'sourceUrl',
		label: label().sourceUrl,
		kind: 'url',
		nullable: true,
		hint: label().sourceUrlHint
	},
	{ key: 'verified', label: label().verified, kind: 'checkbox' },
	{ key: 'synthetic', label: label().synthetic, kind: 'checkbox' }
];

/** The fields of the organisation form. */
export function organisationFields(): Field[] {
	return [
		{ key: 'name', label: label().name, kind: 'text' },
		{
			key: 'sector',
			label: label().sector,
			kind: 'select',
			choices: choices(sectors.codes, vocab().sector)
		},
		{ key: 'country', label: label().country, kind: 'select', choices: countries() },
		{ key: 'public', label: label().public, kind: 'checkbox' },
		...provenance()
	];
}

/** The fields of the membership form. */
export function membershipFields(): Field[] {
	return [
		{ key: 'alliance', label: label().alliance, kind: 'select', choices: countries() },
		{ key: 'organisationId', label: label().organisationId, kind: 'number' },
		{
			key: 'role',
			label: label().role,
			kind: 'select',
			choices: choices(membershipRoles.codes, vocab().membershipRole)
		},
		{ key: 'joinedOn', label: label().joinedOn, kind: 'date' },
		{
			key: 'leftOn',
			label: label().leftOn,
			kind: 'date',
			nullable: true,
			hint: label().leftOnHint
		},
		{ key: 'regions', label: label().regions, kind: 'multi', choices: regions() },
		{
			key: 'themes',
			label: label().themes,
			kind: 'multi',
			choices: choices(themes.codes, vocab().theme)
		},
		...provenance()
	];
}

/** The fields of the event form. */
export function eventFields(): Field[] {
	const l = label();
	return [
		{ key: 'title', label: l.title, kind: 'text' },
		{
			key: 'type',
			label: l.type,
			kind: 'select',
			choices: choices(eventTypes.codes, vocab().eventType)
		},
		{
			key: 'alliance',
			label: l.alliance,
			kind: 'select',
			choices: countries(),
			nullable: l.global
		},
		{ key: 'startDate', label: l.startDate, kind: 'date' },
		{ key: 'endDate', label: l.endDate, kind: 'date', nullable: true, hint: l.endDateHint },
		{
			key: 'format',
			label: l.format,
			kind: 'select',
			choices: choices(eventFormats.codes, vocab().eventFormat)
		},
		{ key: 'city', label: l.city, kind: 'text', nullable: true },
		{
			key: 'country',
			label: l.country,
			kind: 'select',
			choices: countries(),
			nullable: l.unknown
		},
		{ key: 'region', label: l.region, kind: 'select', choices: regions(), nullable: l.unknown },
		{ key: 'clusters', label: l.clusters, kind: 'multi', choices: clusters() },
		{
			key: 'themes',
			label: l.themes,
			kind: 'multi',
			choices: choices(themes.codes, vocab().theme)
		},
		{
			key: 'participantsReported',
			label: l.participantsReported,
			kind: 'number',
			nullable: true,
			hint: l.emptyWhenUnknown
		},
		...provenance()
	];
}

/** The fields of the participation form. */
export function participationFields(): Field[] {
	const l = label();
	return [
		{
			key: 'organisationId',
			label: l.organisationId,
			kind: 'number',
			nullable: true,
			hint: l.delegationHint
		},
		{ key: 'side', label: l.side, kind: 'select', choices: choices(sides.codes, vocab().side) },
		{
			key: 'sector',
			label: l.sector,
			kind: 'select',
			choices: choices(sectors.codes, vocab().sector),
			nullable: l.noSector
		},
		{ key: 'participants', label: l.people, kind: 'number' },
		{ key: 'organiser', label: l.organiser, kind: 'checkbox' },
		...provenance()
	];
}

/** The fields of the contribution form. */
export function contributionFields(): Field[] {
	const l = label();
	return [
		{ key: 'title', label: l.title, kind: 'text' },
		{
			key: 'type',
			label: l.type,
			kind: 'select',
			choices: choices(contributionTypes.codes, vocab().contributionType)
		},
		{ key: 'country', label: l.reviewOf, kind: 'select', choices: countries() },
		{
			key: 'cluster',
			label: l.cluster,
			kind: 'select',
			choices: clusters(),
			nullable: l.wholeReview
		},
		{ key: 'date', label: l.date, kind: 'date' },
		...provenance()
	];
}

/** The fields of the reviewStep form. */
export function reviewStepFields(): Field[] {
	const l = label();
	return [
		{
			key: 'status',
			label: l.status,
			kind: 'select',
			choices: choices(stepStatuses.codes, vocab().stepStatus),
			nullable: l.unknown
		},
		{ key: 'startedOn', label: l.startedOn, kind: 'date', nullable: true },
		{
			key: 'completedOn',
			label: l.completedOn,
			kind: 'date',
			nullable: true,
			hint: l.completedOnHint
		},
		...provenance()
	];
}
