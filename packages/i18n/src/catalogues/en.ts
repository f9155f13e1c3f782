/**
 * English: the reference catalogue. Its keys are the keys every other catalogue must have; the
 * vocabulary labels come from the schema package, so English has one source for them.
 *
 * Namespaces: `app` (frame, navigation, switches), `common` (words used everywhere), `vocab` (labels
 * of the codes), `chart` (the chart card), `filter`, then one per page.
 */
import {
	clusterList,
	contributionTypes,
	eventFormats,
	eventTypes,
	instruments,
	intervals,
	membershipRoles,
	regionNames,
	reviewSteps,
	sectors,
	sides,
	stepStatuses,
	themes
} from '@untoc-alliance/schema';
import { defineCatalogue } from '../define.ts';

/** A copy of `labels` typed as plain strings, so that other catalogues may say them differently. */
function widen<TCode extends string>(
	labels: Readonly<Record<TCode, string>>
): Record<TCode, string> {
	return { ...labels };
}

const en = defineCatalogue({ tag: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' }, (f) => ({
	app: {
		title: 'UNTOC Alliance Dashboard',
		skipToContent: 'Skip to content',
		mainNavigation: 'Main',
		language: 'Language',
		theme: 'Theme',
		themes: { system: 'System', light: 'Light', dark: 'Dark' },
		loadingPage: (page: string) => `Loading the ${page} page…`,
		pageFailed: (page: string, error: string) => `The ${page} page could not be loaded: ${error}.`,
		unknownLanguage: (tag: string) => `No catalogue for "${tag}"; the page is shown in English.`
	},
	common: {
		hidden: 'hidden',
		unknown: 'unknown',
		fewerThan: (below: string) => `fewer than ${below}`,
		/** The note under a chart with suppressed counts. */
		suppressedNote: (below: string) => `Fewer than ${below}: hidden to protect small groups`,
		quarter: (quarter: number, year: string) => `Q${quarter} ${year}`,
		noCluster: 'No cluster',
		cluster: (id: number) => `Cluster ${id}`,
		clusterNamed: (id: number, name: string) => `Cluster ${id}: ${name}`,
		count: {
			members: (n: number) => f.plural(n, { one: '# member', other: '# members' }),
			events: (n: number) => f.plural(n, { one: '# event', other: '# events' }),
			participants: (n: number) => f.plural(n, { one: '# participant', other: '# participants' }),
			organisations: (n: number) => f.plural(n, { one: '# organisation', other: '# organisations' })
		}
	},
	vocab: {
		sector: { ...sectors.labels },
		side: { ...sides.labels },
		theme: { ...themes.labels },
		instrument: { ...instruments.labels },
		eventType: { ...eventTypes.labels },
		reviewStep: { ...reviewSteps.labels },
		stepStatus: { ...stepStatuses.labels },
		contributionType: { ...contributionTypes.labels },
		eventFormat: { ...eventFormats.labels },
		membershipRole: { ...membershipRoles.labels },
		interval: { ...intervals.labels },
		region: widen(regionNames),
		country: widen({ PAK: 'Pakistan', MEX: 'Mexico' }),
		clusterName: Object.fromEntries(clusterList.map((c) => [c.id, c.name])) as Record<
			1 | 2 | 3 | 4,
			string
		>
	},
	chart: {},
	filter: {},
	overview: {},
	alliance: {},
	engagement: {},
	review: {},
	account: {},
	edit: {},
	import: {},
	brief: {}
}));

/** The shape every catalogue's messages have. */
export type Messages = typeof en.messages;
export default en;
