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
	eventColumns,
	eventFormats,
	eventTypes,
	instruments,
	intervals,
	memberColumns,
	membershipRoles,
	recordDateRange,
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
		/** The theme switch's choices: follow the system, or always light or dark. */
		themes: { system: 'System', light: 'Light', dark: 'Dark' },
		unknownLanguage: (tag: string) => `No catalogue for "${tag}"; the page is shown in English.`,
		/** The page links of the top bar (and each page's name). */
		nav: 'Pages',
		pages: {
			overview: 'Overview',
			alliance: 'Alliance',
			engagement: 'Engagement',
			review: 'Review progress',
			signin: 'Sign in',
			admin: 'Admin',
			import: 'Import',
			brief: 'Printable brief'
		},
		/** Said while a page's code loads. */
		loading: {
			overview: 'Loading the overview…',
			alliance: 'Loading the alliance page…',
			engagement: 'Loading the engagement page…',
			review: 'Loading the review page…',
			signin: 'Loading the sign-in page…',
			admin: 'Loading the admin page…',
			import: 'Loading the import page…',
			brief: 'Loading the brief…'
		},
		/** Said when a page's code failed to load. */
		failed: {
			overview: (error: string) => `The overview could not be loaded: ${error}.`,
			alliance: (error: string) => `The alliance page could not be loaded: ${error}.`,
			engagement: (error: string) => `The engagement page could not be loaded: ${error}.`,
			review: (error: string) => `The review page could not be loaded: ${error}.`,
			signin: (error: string) => `The sign-in page could not be loaded: ${error}.`,
			admin: (error: string) => `The admin page could not be loaded: ${error}.`,
			import: (error: string) => `The import page could not be loaded: ${error}.`,
			brief: (error: string) => `The brief could not be loaded: ${error}.`
		},
		alliance: 'Alliance',
		allAlliances: 'All alliances',
		demo: 'Demo data',
		demoNote: 'Some of these numbers are invented to show how the dashboard works.'
	},
	common: {
		/** The API's milestones (`labels.ts` milestoneLabel); a dialogue keeps its event's title. */
		milestone: {
			pilotLaunch: (alliance: string) => `Pilot initiative launched (${alliance})`,
			/** "COP11 opens in Vienna" (every session of the Conference of the Parties meets there). */
			copOpens: (session: string) => `${session} opens in Vienna`
		},
		hidden: 'hidden',
		unknown: 'unknown',
		loading: 'Loading…',
		/** Stands in for an error without a message. */
		unknownError: 'unknown error',
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
	chart: {
		/** The list of series under a chart. */
		legend: 'Legend',
		/** The label of the "today" rule on a time axis. */
		today: 'today',
		/** A stacked area's tooltip: "Sept 2022: NGO 2". */
		pointValue: (point: string, series: string, value: string) => `${point}: ${series} ${value}`,
		/** The same with the point's total: "Sept 2022: NGO 2 of 4". */
		pointValueOf: (p: { point: string; series: string; value: string; total: string }) =>
			`${p.point}: ${p.series} ${p.value} of ${p.total}`,
		/** Keyboard hints under a chart that reads its marks out. */
		hint: {
			rows: 'Point at a row, or focus the chart and use the arrow keys, to read it.',
			segments: 'Point at a segment, or focus the chart and use the arrow keys, to read it.',
			network: 'Focus the chart and use the arrow keys to go through the organisations.'
		},
		/** A review step's status, written at the end of its lane. */
		status: {
			completed: 'completed',
			inProgress: 'in progress',
			notStarted: 'not started',
			unknown: 'unknown',
			completedDateUnknown: 'completed, date unknown',
			/** The short form when the long one does not fit. */
			doneNoDate: 'done, no date'
		},
		/** The label of a delay band. */
		delayDays: (n: number) => f.plural(n, { one: '+# day', other: '+# days' }),
		/** The swimlane's key (beside swatches; the status words above cover the rest). */
		swimlaneKey: { planned: 'planned (◇ due date)', delay: 'delay' },
		/** The tile map of regions. */
		tiles: {
			legendTitle: 'Members',
			zero: (zero: string) => `${zero}: none`,
			notInFilter: '–: not in filter',
			/** A tile's tooltip: "Punjab: 12 members". */
			tip: (region: string, count: string) => `${region}: ${count}`,
			outOfFilter: 'not in the filter',
			suppressedMembers: (fewer: string) => `${fewer} members`,
			selected: (text: string) => `${text} (selected)`
		},
		/** Region names short enough for a tile of the map, by region code. */
		tileShort: {
			'PK-GB': 'GB',
			'PK-KP': 'KP',
			'PK-IS': 'Islamabad',
			'PK-JK': 'AJK',
			'PK-BA': 'Balochistan',
			'PK-PB': 'Punjab',
			'PK-SD': 'Sindh'
		},
		/** A heatmap cell's tooltip: "NGO, Cluster 1: fewer than 3". */
		cell: (row: string, column: string, value: string) => `${row}, ${column}: ${value}`,
		/** The comment lines on top of a CSV export. */
		csv: {
			filter: (filter: string) => `Filter: ${filter}`,
			source: (source: string) => `Source: ${source}`,
			asOf: (date: string) => `As of: ${date}`,
			unknownDate: 'unknown',
			synthetic: 'Demo data: some rows are invented.'
		},
		/** The chart card around every chart (frame). */
		card: {
			loading: 'Loading…',
			/** Where the numbers of most cards come from. */
			defaultSource: 'alliance records, UNTOC Alliance Dashboard',
			source: (source: string) => `Source: ${source}`,
			asOf: (day: string) => `As of ${day}`,
			demo: 'Demo data',
			showTable: 'Show table',
			hideTable: 'Hide table',
			retry: 'Retry',
			clearFilters: 'Clear filters',
			/** `what` names what failed ("The members by sector"); `error` says why. */
			failed: (what: string, error: string) => `${what} could not be loaded: ${error}.`
		},
		/** The CSV, SVG and PNG downloads of a chart card. */
		export: {
			group: (title: string) => `Download ${title}`,
			csv: 'Download the numbers as CSV',
			svg: 'Download the chart as SVG',
			png: 'Download the chart as PNG',
			pngFailed: (error: string) => `PNG export failed: ${error}`,
			/** The filter written into a CSV when there is none. */
			noFilter: 'none'
		}
	},
	filter: {
		/** The filter bar's name, and its toggle on phones (with the count of active filters). */
		label: 'Filters',
		toggle: (active: number) => (active > 0 ? `Filters (${f.count(active)})` : 'Filters'),
		sector: 'Sector',
		region: 'Region',
		theme: 'Theme',
		from: 'From',
		to: 'To',
		/** A multi-select's summary. */
		all: 'All',
		chosen: (n: number) => `${f.count(n)} chosen`,
		periodOrder: 'The period ends before it starts: “To” is earlier than “From”.',
		periodInvalid: 'Not a valid period.',
		/** The active filters as removable chips. */
		active: 'Active filters',
		remove: (filter: string) => `Remove ${filter}`,
		fromDay: (day: string) => `From ${day}`,
		untilDay: (day: string) => `Until ${day}`,
		clear: 'Clear',
		/** The notice about parts of a link that were not applied. */
		problems: 'Part of this link could not be used; the rest of it applies.',
		ignored: (value: string, param: string, reason: string) =>
			`The value “${value}” of “${param}” was ignored: ${reason}.`
	},
	overview: {
		title: 'Overview',
		/** The headline numbers (the server renders them too, before the page's code loads). */
		headlines: {
			label: 'Headline numbers',
			members: 'Members',
			sectors: 'Sectors represented',
			regions: 'Regions covered',
			events: 'Events',
			participants: 'Participants',
			stepsCompleted: 'Review steps completed'
		},
		loadingCharts: 'Loading the charts…',
		/** Milestones drawn on the overview's time axis. */
		milestones: {
			pilotLaunch: 'Pilot launch',
			/** A session of the Conference of the Parties: "COP11". */
			conference: (session: number) => `COP${session}`
		}
	},
	alliance: {
		title: 'Alliance members',
		intro:
			'Click a bar, a cell or a band, or focus a chart and use the arrow keys and Enter, to add its sector, region or theme to the filter; a second click removes it.',
		/** The filter in words, for "No members match …" and the header of an export. */
		filter: {
			/** What "No members match …" names when there is no filter. */
			thisSelection: 'this selection',
			/** "Academia in Gilgit-Baltistan working on Drugs or Fraud from 1 Jan 2022 until 31 Dec 2024" */
			describe: (p: {
				sectors: readonly string[];
				regions: readonly string[];
				themes: readonly string[];
				from: string | undefined;
				to: string | undefined;
			}) =>
				[
					...(p.sectors.length > 0 ? [p.sectors.join(' or ')] : []),
					...(p.regions.length > 0 ? [`in ${p.regions.join(' or ')}`] : []),
					...(p.themes.length > 0 ? [`working on ${p.themes.join(' or ')}`] : []),
					...(p.from ? [`from ${p.from}`] : []),
					...(p.to ? [`until ${p.to}`] : [])
				].join(' '),
			/** An export's header: "alliance PAK; Academia from 1 Jan 2023" (the code stays a code). */
			forExport: (alliance: string | undefined, described: string | undefined) =>
				[...(alliance ? [`alliance ${alliance}`] : []), ...(described ? [described] : [])].join(
					'; '
				) || 'none'
		},
		/** "No members match Academia in Punjab." (`filter` from `filter.describe` or `thisSelection`) */
		noMembersMatch: (filter: string) => `No members match ${filter}.`,
		/** The one-sentence findings of the charts (the overview's and the review's cards too). */
		findings: {
			noMembers: 'No members match this filter.',
			/** `fewer` is "fewer than 3" (`common.fewerThan`). */
			fewMembers: (fewer: string) =>
				`${fewer.charAt(0).toUpperCase()}${fewer.slice(1)} members match this filter.`,
			composition: {
				allSmall: (total: number, fewer: string) =>
					`The ${f.count(total)} members are in sectors of ${fewer} each.`,
				one: (sector: string) => `The one member is in ${sector}.`,
				all: (total: number, sector: string) => `All ${f.count(total)} members are in ${sector}.`,
				/** "Academia makes up 14% of the 52 members." */
				largest: (sector: string, share: number, total: number) =>
					`${sector} makes up ${f.share(share)} of the ${f.count(total)} members.`
			},
			region: {
				allSmall: (fewer: string) => `Every region has ${fewer} members.`,
				/** "Punjab has the most members: 20 of the 52 (38%)." */
				largest: (p: { region: string; count: number; total: number }) =>
					`${p.region} has the most members: ${f.count(p.count)} of the ${f.count(p.total)} (${f.share(p.count / p.total)}).`
			},
			matrix: {
				allSmall: (fewer: string) =>
					`Every pairing of sector and crime theme has ${fewer} members.`,
				none: 'No members with a crime theme match this filter.',
				/** "The largest group: 12 members in Academia work on Drugs." */
				largest: (count: number, sector: string, theme: string) =>
					`The largest group: ${f.plural(count, { one: '# member', other: '# members' })} in ${sector} ${f.plural(count, { one: 'works', other: 'work' })} on ${theme}.`
			},
			growth: {
				/** One month: "11 members in Dec 2024."; `amount` stands for a suppressed (null) count. */
				oneMonth: (n: number | null, amount: string, month: string) =>
					`${n === null ? `${amount} members` : f.plural(n, { one: '# member', other: '# members' })} in ${month}.`,
				stayed: (amount: string, from: string, to: string) =>
					`Membership stayed at ${amount} from ${from} to ${to}`,
				/** `amount` is a count, or "fewer than 3"; `month` is "Aug 2022". */
				grew: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
					`Members grew from ${from.amount} in ${from.month} to ${to.amount} in ${to.month}`,
				fell: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
					`Members fell from ${from.amount} in ${from.month} to ${to.amount} in ${to.month}`,
				/** A change with a suppressed end: neither grew nor fell can be said. */
				went: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
					`Members went from ${from.amount} in ${from.month} to ${to.amount} in ${to.month}`,
				/** `change` is one of the clauses above. */
				sentence: (change: string) => `${change}.`,
				/** "…; NGO / CSO grew most (+13)." */
				withTop: (change: string, sector: string, gain: number) =>
					`${change}; ${sector} grew most (+${f.count(gain)}).`
			},
			timeline: {
				none: 'No events match this filter.',
				/** "52 events with 1,234 participants." */
				totals: (events: number, participants: number) =>
					`${f.plural(events, { one: '# event', other: '# events' })} with ${f.plural(participants, { one: '# participant', other: '# participants' })}.`,
				/** "…; the busiest quarter was Q3 2022, with 9 events." */
				busiest: (
					totals: { events: number; participants: number },
					busiest: { interval: 'month' | 'quarter' | 'year'; when: string; events: number }
				) =>
					`${f.plural(totals.events, { one: '# event', other: '# events' })} with ${f.plural(totals.participants, { one: '# participant', other: '# participants' })}; the busiest ${busiest.interval} was ${busiest.when}, with ${f.plural(busiest.events, { one: '# event', other: '# events' })}.`
			},
			review: {
				none: 'No review data for this selection.',
				allUnknown: (clusters: number) =>
					`The progress of all ${f.count(clusters)} clusters is unknown.`,
				/** "Cluster 1 is furthest along, at 57% complete; 2 of 4 clusters are unknown." */
				furthest: (p: {
					country: string | undefined;
					cluster: number;
					share: number;
					unknown: number;
					clusters: number;
				}) => {
					const where = p.country
						? `${p.country}'s cluster ${f.count(p.cluster)}`
						: `Cluster ${f.count(p.cluster)}`;
					const tail =
						p.unknown > 0
							? `; ${f.count(p.unknown)} of ${f.count(p.clusters)} clusters are unknown.`
							: '.';
					return `${where} is furthest along, at ${f.share(p.share)} complete${tail}`;
				}
			}
		},
		composition: {
			title: 'Members by sector',
			failed: (error: string) => `The members by sector could not be loaded: ${error}.`,
			columns: { sector: 'Sector', members: 'Members', share: 'Share' }
		},
		regions: {
			title: 'Members by region',
			failed: (error: string) => `The members by region could not be loaded: ${error}.`,
			showAs: 'Show as',
			tiles: 'Tiles',
			bars: 'Bars',
			columns: { region: 'Region', members: 'Members', share: 'Share of members' }
		},
		matrix: {
			title: 'Members by sector and crime theme',
			failed: (error: string) => `The sector × theme matrix could not be loaded: ${error}.`,
			sector: 'Sector'
		},
		growth: {
			title: 'Membership growth by sector',
			failed: (error: string) => `The membership growth could not be loaded: ${error}.`,
			caption: 'Members at the end of each month, by sector',
			columns: { month: 'Month', members: 'Members', milestones: 'Milestones' },
			/** The export's header: the filter, then what the numbers are. */
			exportFilter: (filter: string) => `${filter}; members at the end of each month`,
			/** A milestone in the table: "COP11 opens in Vienna (17 Oct 2022)". */
			milestone: (label: string, day: string) => `${label} (${day})`
		},
		list: {
			title: 'Members',
			loading: 'Loading members…',
			/** "54 members", or "54 members listed and 7 organisations not named". */
			total: (total: number) => f.plural(total, { one: '# member', other: '# members' }),
			totalUnnamed: (total: number, unnamed: number) =>
				`${f.plural(total, { one: '# member', other: '# members' })} listed and ${f.plural(unnamed, { one: '# organisation', other: '# organisations' })} not named`,
			search: 'Search by name',
			/** "the search “zzz”" */
			searchFor: (q: string) => `the search “${q}”`,
			/** "Media in Punjab and the search “zzz”" */
			filterAndSearch: (filter: string, search: string) => `${filter} and ${search}`,
			failed: (error: string) => `The member list could not be loaded: ${error}.`,
			retry: 'Retry',
			clear: 'Clear filters and search',
			caption: 'Members that match the filter',
			columns: {
				name: 'Name',
				sector: 'Sector',
				regions: 'Regions',
				themes: 'Themes',
				joined: 'Joined'
			},
			/** A member's regions or themes in a cell: "Punjab, Sindh". */
			items: (items: readonly string[]) => items.join(', '),
			synthetic: 'synthetic',
			syntheticTitle: 'Invented for the demo',
			pages: 'Member list pages',
			previous: 'Previous',
			next: 'Next',
			page: (page: number, pages: number) => `Page ${f.count(page)} of ${f.count(pages)}`
		},
		panel: {
			loading: 'Loading member…',
			notShown: 'Member not shown',
			close: 'Close',
			notFound: (id: number) => `No member with id ${id}.`,
			failed: (error: string) => `The member could not be loaded: ${error}.`,
			retry: 'Retry',
			loadingDetails: 'Loading…',
			fields: {
				sector: 'Sector',
				role: 'Role',
				regions: 'Regions',
				themes: 'Themes',
				joined: 'Joined',
				left: 'Left',
				data: 'Data'
			},
			noneRecorded: 'None recorded',
			stillMember: 'Still a member',
			synthetic: 'Synthetic: invented for the demo',
			verified: 'Verified',
			notVerified: 'Not verified',
			source: 'source',
			events: 'Events attended',
			/** "3 events (the newest 2 listed)" */
			eventsCount: (total: number, listed: number) =>
				`${f.plural(total, { one: '# event', other: '# events' })}${listed < total ? ` (the newest ${f.count(listed)} listed)` : ''}`,
			contributions: 'Contributions',
			contributionsCount: (total: number, listed: number) =>
				`${f.plural(total, { one: '# contribution', other: '# contributions' })}${listed < total ? ` (the newest ${f.count(listed)} listed)` : ''}`
		}
	},
	engagement: {
		title: 'Stakeholder engagement',
		intro:
			'Click a segment of the sector chart, or focus it and use the arrow keys and Enter, to add that sector to the filter (a second click removes it); every chart follows and Back undoes it. Event types, sides and clusters are not filters: in their charts the arrow keys and the pointer only read a mark out.',
		intervalLegend: 'Time charts by',
		/** A time chart's filter line in its downloads: "alliance PAK; by quarter". */
		exportBy: (filter: string, interval: string) => `${filter}; by ${interval.toLowerCase()}`,
		noEventsMatch: (filter: string) => `No events match ${filter}.`,
		loading: 'Loading…',
		column: {
			events: 'Events',
			participants: 'Participants',
			eventType: 'Event type',
			cluster: 'Review cluster',
			share: 'Share'
		},
		/** The one-sentence findings of the cards. */
		findings: {
			noEvents: 'No events match this filter.',
			eventTotals: (events: number, participants: number) =>
				`${f.plural(events, { one: '# event', other: '# events' })} with ${f.plural(participants, { one: '# participant', other: '# participants' })}.`,
			eventsOneType: (events: number, participants: number, type: string) =>
				`${f.plural(events, { one: '# event', other: '# events' })} with ${f.plural(participants, { one: '# participant', other: '# participants' })}, all of type ${type}.`,
			eventsTopType: (p: { events: number; participants: number; type: string; n: number }) =>
				`${f.plural(p.events, { one: '# event', other: '# events' })} with ${f.plural(p.participants, { one: '# participant', other: '# participants' })}; the most common type was ${p.type} (${f.count(p.n)} of ${f.count(p.events)}).`,
			noSectorParticipants: 'No civil-society participants match this filter.',
			topSector: (sector: string, n: number, total: number) =>
				`${sector} brought the most civil-society participants: ${f.count(n)} of ${f.count(total)} (${f.share(n / total)}).`,
			noParticipants: 'No participants match this filter.',
			sides: (p: {
				side: string;
				share: number;
				total: number;
				others: readonly { side: string; share: number }[];
			}) =>
				`${p.side} made up ${f.share(p.share)} of the ${f.count(p.total)} participants; ${p.others.length === 0 ? 'no other side took part' : p.others.map((o) => `${o.side} ${f.share(o.share)}`).join(', ')}.`,
			trilateralEvery: (events: number) =>
				`All three sides took part in every one of the ${f.plural(events, { one: '# event', other: '# events' })}.`,
			trilateral: (p: {
				all: number;
				events: number;
				least?: { type: string; trilateral: number; events: number };
			}) =>
				`All three sides took part in ${f.count(p.all)} of ${f.count(p.events)} events (${f.share(p.all / p.events)})${p.least ? `; least often in ${p.least.type} (${f.count(p.least.trilateral)} of ${f.count(p.least.events)})` : ''}.`,
			topCluster: (p: { cluster: string; events: number; participants: number; none: number }) =>
				`${p.cluster} was served by the most events: ${f.count(p.events)}, with ${f.plural(p.participants, { one: '# participant', other: '# participants' })}${p.none > 0 ? `; ${f.plural(p.none, { one: '# event', other: '# events' })} served no cluster.` : '.'}`,
			noCluster: (none: number) =>
				`None of the ${f.plural(none, { one: '# event', other: '# events' })} served a review cluster.`
		},
		milestones: {
			failed: 'Milestones could not be loaded, so none are drawn.',
			loading: 'Loading milestones…',
			none: 'No milestones fall in this period.',
			head: 'Milestones (dashed rules):',
			/** The milestones in words: "15 Sept 2022 Pilot initiative launched (PAK); …". */
			list: (items: readonly { day: string; label: string }[]) =>
				`${items.map((i) => `${i.day} ${i.label}`).join('; ')}.`
		},
		types: {
			title: 'Events over time, by event type',
			failed: (error: string) => `The events over time could not be loaded: ${error}.`,
			tableCaption: (interval: string) =>
				`Events and participants by ${interval.toLowerCase()} and event type`,
			readout: (p: { bucket: string; type: string; events: number; total: number }) =>
				`${p.bucket} · ${p.type}: ${f.plural(p.events, { one: '# event', other: '# events' })} of ${f.count(p.total)}`
		},
		participation: {
			sectorTitle: 'Civil-society participants over time, by sector',
			sideTitle: 'Participants over time, by side',
			sectorFailed: (error: string) => `The participants by sector could not be loaded: ${error}.`,
			sideFailed: (error: string) => `The participants by side could not be loaded: ${error}.`,
			sectorTotal: 'Civil-society participants',
			sideTotal: 'All participants',
			sectorCaption: (interval: string) =>
				`Civil-society participants by ${interval.toLowerCase()} and sector`,
			sideCaption: (interval: string) => `Participants by ${interval.toLowerCase()} and side`,
			/** A segment read out; `action` says what Enter does to its sector in the filter. */
			readout: (p: {
				bucket: string;
				name: string;
				participants: number;
				total: number;
				action?: 'add' | 'remove';
			}) =>
				`${p.bucket} · ${p.name}: ${f.plural(p.participants, { one: '# participant', other: '# participants' })} of ${f.count(p.total)}${p.action === 'add' ? ' (Enter filters by it)' : p.action === 'remove' ? ' (Enter removes it from the filter)' : ''}`
		},
		trilateral: {
			title:
				'Events with all three sides (Government, Civil society, International), by event type',
			failed: (error: string) => `The trilateral share could not be loaded: ${error}.`,
			measure: 'Share of events with all three sides',
			nOfM: (trilateral: number, events: number, share: number) =>
				`${f.count(trilateral)} of ${f.count(events)} (${f.share(share)})`,
			readout: (type: string, nOfM: string) => `${type}: all three sides in ${nOfM} events`,
			exportColumn: 'Events with all three sides',
			tableColumn: 'With all three sides',
			tableCaption: 'Events with all three sides, by event type'
		},
		clusters: {
			title: 'Events and participants by review cluster',
			failed: (error: string) => `The engagement by review cluster could not be loaded: ${error}.`,
			readout: (cluster: string, events: number, participants: number) =>
				`${cluster}: ${f.plural(events, { one: '# event', other: '# events' })}, ${f.plural(participants, { one: '# participant', other: '# participants' })}`
		},
		/** The events card of the overview page. */
		timeline: {
			title: 'Engagement events over time, by type',
			failed: (error: string) => `The engagement timeline could not be loaded: ${error}.`,
			period: 'Period',
			groupBy: 'Group by',
			more: 'More on the engagement page',
			tableCaption: (interval: string) => `Events and participants by ${interval.toLowerCase()}`
		},
		members: {
			title: 'Most and least engaged members',
			failed: (error: string) => `The engaged members could not be loaded: ${error}.`,
			noneMatch: (filter: string) => `No members match ${filter}.`,
			most: 'Most engaged',
			least: 'Least engaged',
			inactiveTitle: 'Members with no engagement in the last 12 months',
			/** `inactive` and `members` are formatted counts, or "fewer than 3" when suppressed. */
			inactiveSummary: (p: {
				inactive: string;
				members: string;
				since: string;
				asOf: string;
				listed?: number;
			}) =>
				`${p.inactive} of ${p.members} members took part in no event between ${p.since} and ${p.asOf}${p.listed === undefined ? '' : `; the ${f.count(p.listed)} inactive longest are listed`}.`,
			member: 'Member',
			sector: 'Sector',
			lastEventColumn: 'Last event',
			never: 'Never',
			source: (source: string) => `Source: ${source}`,
			asOf: (day: string) => `As of ${day}`,
			demo: 'Demo data',
			noMembers: 'No members match this filter.',
			/** "fewer than 3 members": a suppressed count of members. */
			suppressedMembers: (fewer: string) => `${fewer} members`,
			/** "12 of the 52 members took part in no event between …"; `inactive` may be "fewer than 3". */
			inactiveClause: (p: { inactive: string; members: string; since: string; asOf: string }) =>
				`${p.inactive} of the ${p.members} took part in no event between ${p.since} and ${p.asOf}`,
			noneEngaged: (inactive: string) => `No member took part in a matching event; ${inactive}.`,
			mostEngaged: (name: string, events: number, inactive: string) =>
				`${name} is the most engaged member, with ${f.plural(events, { one: '# event', other: '# events' })}; ${inactive}.`,
			counts: (events: number, participants: number) =>
				`${f.plural(events, { one: '# event', other: '# events' })} · ${f.plural(participants, { one: '# participant', other: '# participants' })}`,
			lastEvent: (day: string) => `Last event ${day}`,
			neverTookPart: 'Never took part in an event'
		},
		network: {
			title: 'Who works with whom',
			failed: (error: string) => `The network of organisations could not be loaded: ${error}.`,
			noOrganisation: (filter: string) =>
				`No organisation took part in an event that matches ${filter}.`,
			noneShared: (organisations: number, filter: string) =>
				`None of the ${f.count(organisations)} organisations that match ${filter} shared an event.`,
			threshold: 'Show pairs sharing at least',
			option: (events: number, pairs: number) =>
				`${f.plural(events, { one: '# event', other: '# events' })} (${f.plural(pairs, { one: '# pair', other: '# pairs' })})`,
			legend: 'Sectors',
			/** `total` is a formatted count, or "fewer than 3" when suppressed. */
			hint: (shown: number, total: string) =>
				`${f.count(shown)} of ${total} organisations shown, sized by events; a line's width is the number of events both took part in. Enter or a click adds the organisation's sector to the filter.`,
			tableCaption: 'All pairs of organisations by shared events, including those not drawn',
			organisation: 'Organisation',
			sector: 'Sector',
			partner: 'Partner',
			partnerSector: 'Partner sector',
			sharedEvents: 'Shared events',
			withSector: (name: string, sector: string) => `${name} (${sector})`,
			node: (p: { name: string; sector: string; events: number; partners: number }) =>
				`${p.name} (${p.sector}): ${f.plural(p.events, { one: '# event', other: '# events' })}, ${f.plural(p.partners, { one: '# partner', other: '# partners' })}`,
			noMatchingOrganisation: 'No organisation took part in a matching event.',
			noneOfShownShared: (shown: number) =>
				`None of the ${f.count(shown)} organisations shown shared an event.`,
			finding: (p: {
				a: string;
				b: string;
				shared: number;
				hub: string;
				partners: number;
				shown: number;
			}) =>
				`${p.a} and ${p.b} worked together most often, at ${f.plural(p.shared, { one: '# shared event', other: '# shared events' })}; ${p.hub} is linked to the most organisations (${f.count(p.partners)} of the ${f.count(p.shown)} shown).`,
			onlyPair: 'Showing the only pair.',
			allPairs: (total: number) => `Showing all ${f.count(total)} pairs.`,
			somePairs: (shown: number, total: number, minShared: number) =>
				`Showing ${f.count(shown)} of ${f.count(total)} pairs, those sharing at least ${f.plural(minShared, { one: '# event', other: '# events' })}.`
		},
		events: {
			title: 'The events',
			failed: (error: string) => `The events could not be loaded: ${error}.`,
			noneMatch: (filter: string, narrowed: boolean) =>
				`No events match ${filter}${narrowed ? ' with these types and search' : ''}.`,
			summary: (total: number, page: number, pages: number) =>
				`${f.plural(total, { one: '# event matches', other: '# events match' })}; page ${f.count(page)} of ${f.count(pages)}.`,
			type: 'Event type',
			search: 'Search',
			searchPlaceholder: 'Title or city',
			column: {
				date: 'Date',
				type: 'Type',
				title: 'Title',
				place: 'Place',
				format: 'Format',
				clusters: 'Clusters',
				organisers: 'Organisers',
				participants: 'Participants'
			},
			caption: (column: string, ascending: boolean) =>
				`Events, sorted by ${column.toLowerCase()} ${ascending ? 'ascending' : 'descending'}`,
			pages: 'Pages of the event list',
			previous: 'Previous',
			next: 'Next',
			page: (page: number, pages: number) => `Page ${f.count(page)} of ${f.count(pages)}`
		},
		/** An event in words (the event list and the event page). */
		event: {
			dates: (first: string, last: string) => `${first} – ${last}`,
			online: 'Online',
			unknownPlace: 'Unknown',
			/** A place ("Lahore, Pakistan"), or themes: "A, B". */
			commas: (parts: readonly string[]) => parts.join(', '),
			/** Organisers, or clusters by name: "A; B". */
			names: (names: readonly string[]) => names.join('; '),
			sideShort: { government: 'Gov', civil_society: 'CS', international: 'Intl' },
			sideCount: (side: string, participants: number) => `${side} ${f.count(participants)}`,
			clusterList: (ids: readonly number[]) =>
				ids.length > 0 ? ids.map((id) => f.count(id)).join(', ') : 'None',
			demo: 'Demo data (invented)',
			verified: 'Verified against its source',
			unverified: 'Not verified',
			participantTotals: (recorded: number, reported: number | null) =>
				`${f.plural(recorded, { one: '# recorded participant', other: '# recorded participants' })}; ${reported === null ? 'no total reported for the whole event' : `${f.count(reported)} reported for the whole event`}.`,
			loading: 'Loading the event…',
			notShown: 'Event not shown',
			close: 'Close',
			source: 'Source',
			clusters: 'Clusters',
			themes: 'Themes',
			organisers: 'Organisers',
			participants: 'Participants',
			none: 'None',
			noneRecorded: 'None recorded',
			noSectorRecorded: 'None recorded.',
			bySide: 'Participants by side',
			bySector: 'Civil-society participants by sector',
			whoTookPart: 'Who took part',
			notFound: (id: number) => `No event with id ${id}.`,
			failed: (error: string) => `The event could not be loaded: ${error}.`,
			retry: 'Retry',
			organisation: 'Organisation',
			side: 'Side',
			sector: 'Sector',
			organiser: 'Organiser',
			delegation: (side: string) => `${side} delegation`
		}
	},
	review: {
		title: 'Review progress',
		intro:
			"Where the UNTOC review stands: the country is the selected alliance's; sectors and the period filter the civil-society contributions.",
		/** Said when the URL filters by something the review page cannot filter by. */
		ignoredFilter: {
			region: 'The region filter does not apply to this page.',
			theme: 'The theme filter does not apply to this page.',
			both: 'The region and theme filters do not apply to this page.'
		},
		noData: 'No review data for this alliance.',
		yes: 'yes',
		no: 'no',
		verified: 'verified',
		notVerified: 'not verified',
		/** The text of a link to a fact's source. */
		source: 'source',
		phases: {
			title: 'Review phases 2020–2030: planned, and where the review stands today',
			caption: 'Review phases',
			source: 'UNODC (S15, S16, S18, S21); phases 2–4 planned, order unverified',
			failed: (error: string) => `The as-of date could not be loaded: ${error}.`,
			process: 'Whole review process (S16)',
			phase: (phase: number, cluster: number, name: string) =>
				`Phase ${f.count(phase)}: cluster ${f.count(cluster)}, ${name}`,
			phaseUnverified: (phase: number, cluster: number, name: string) =>
				`Phase ${f.count(phase)} (order unverified): cluster ${f.count(cluster)}, ${name}`,
			columns: {
				phase: 'Phase',
				plannedStart: 'Planned start',
				plannedEnd: 'Planned end',
				reported: 'Reported',
				verified: 'Verified'
			},
			underWay: (start: string, at: string) => `${start} – under way at ${at}`,
			notReported: 'not reported',
			today: (day: string) => `Today, ${day}`,
			legend: {
				planned: 'planned',
				unverified: 'planned, order unverified',
				actual: 'reported under way'
			},
			finding: (firstCluster: string, today: string) =>
				`Phase 1 (${firstCluster.toLowerCase()}) was planned to end by Oct 2024 and was still under way at COP12; today is ${today}, and the order of phases 2–4 is not verified.`
		},
		swimlane: {
			title: 'Steps of the country reviews: planned against actual',
			caption: 'Review steps, planned and actual',
			failed: (error: string) => `The review steps could not be loaded: ${error}.`,
			heading: (country: string, cluster: number, name: string) =>
				`${country}: cluster ${f.count(cluster)}, ${name}`,
			columns: {
				country: 'Country',
				cluster: 'Cluster',
				step: 'Step',
				status: 'Status',
				plannedBy: 'Planned by',
				started: 'Started',
				completed: 'Completed',
				delay: 'Delay',
				delayDays: 'Delay (days)'
			},
			delay: (days: number) => f.plural(days, { one: '+# day', other: '+# days' }),
			onTime: 'on time',
			/** "Pakistan, cluster 1: 3 of 7 steps completed; the longest delay is 1,369 days (written feedback); 4 unknown." */
			finding: (lane: {
				country: string;
				cluster: number;
				done: number;
				steps: number;
				unknown: number;
				longest: { days: number; step: string } | null;
			}) => {
				const head = `${lane.country}, cluster ${f.count(lane.cluster)}: ${f.count(lane.done)} of ${f.count(lane.steps)} steps completed`;
				const late = lane.longest
					? `; the longest delay is ${f.plural(lane.longest.days, { one: '# day', other: '# days' })} (${lane.longest.step.toLowerCase()})`
					: '; no step is overdue';
				const tail = lane.unknown > 0 ? `; ${f.count(lane.unknown)} unknown.` : '.';
				return `${head}${late}${tail}`;
			}
		},
		progress: {
			title: 'Review progress per cluster (share of steps completed)',
			caption: 'Review progress per cluster',
			failed: (error: string) => `The review progress could not be loaded: ${error}.`,
			columns: {
				country: 'Country',
				cluster: 'Cluster',
				complete: 'Complete',
				stepsCompleted: 'Steps completed'
			},
			/** A cluster as a bar's label: "1. Criminalization and jurisdiction". */
			cluster: (id: number, name: string) => `${f.count(id)}. ${name}`,
			stepsOf: (done: number, steps: number) => `${f.count(done)} of ${f.count(steps)}`,
			allCountries: 'All countries'
		},
		contributions: {
			titleByType: 'Civil-society contributions per cluster, by type',
			titleBySector: 'Sectors of the contributions’ authors, per cluster',
			failed: (error: string) => `The contributions could not be loaded: ${error}.`,
			none: 'No contributions match this filter.',
			type: 'Type',
			authorSector: 'Author sector',
			wholeReview: 'Whole review',
			/** The "whole review" column on a narrow screen. */
			all: 'All',
			unclustered: (total: number) =>
				`${f.plural(total, { one: '# contribution', other: '# contributions' })}, none tied to one cluster.`,
			/** "13 contributions; cluster 1 received the most (8); the commonest kind: position paper." */
			finding: (c: { total: number; cluster: number; most: number; kind: string }) =>
				`${f.plural(c.total, { one: '# contribution', other: '# contributions' })}; cluster ${f.count(c.cluster)} received the most (${f.count(c.most)}); the commonest kind: ${c.kind.toLowerCase()}.`,
			list: {
				title: (n: number) => `The contributions (${f.count(n)})`,
				wholeReview: 'whole review',
				cluster: (id: number) => `cluster ${f.count(id)}`,
				synthetic: 'demo data (invented)',
				by: (authors: readonly string[]) => `By ${authors.join('; ')}`
			}
		},
		articles: {
			title: 'Articles per cluster, and which count for each country',
			intro:
				'A review covers only the instruments a State is party to (UNODC, S15). Article lists without a source are modelling guesses and are marked unverified.',
			caption: 'Articles per cluster and instrument',
			columns: {
				cluster: 'Cluster',
				instrument: 'Instrument',
				articles: 'Articles',
				verified: 'Verified'
			},
			numbers: (articles: readonly number[]) => articles.map((a) => f.count(a)).join(', '),
			guess: 'no (modelling guess)',
			counted: { yes: 'counted', no: 'not party', unknown: 'unknown' },
			/** "Pakistan: cluster 1: 12 articles counted; cluster 2: 9 articles counted" */
			countedPerCluster: (country: string, counts: readonly (readonly [number, number])[]) =>
				`${country}: ${counts
					.map(
						([cluster, n]) =>
							`cluster ${f.count(cluster)}: ${f.plural(n, { one: '# article counted', other: '# articles counted' })}`
					)
					.join('; ')}`,
			noStatus: (country: string) => `${country}: no treaty status on record`,
			party: 'party',
			notParty: 'not party',
			consent: {
				ratification: (date: string) => `ratification ${date}`,
				accession: (date: string) => `accession ${date}`,
				joined: (date: string) => `joined ${date}`
			}
		}
	},
	account: {
		roles: { analyst: 'analyst', editor: 'editor', admin: 'admin' },
		checking: 'Checking who is signed in…',
		signIn: {
			title: 'Sign in',
			link: 'Sign in',
			signedInAs: (name: string, role: string) => `You are signed in as ${name} (${role}).`,
			toOverview: 'Go to the overview',
			intro: (below: string) =>
				`Signed-in users see every number (anonymous visitors see small counts as “fewer than ${below}”); editors also change the data.`,
			email: 'E-mail',
			password: 'Password',
			submit: 'Sign in',
			submitting: 'Signing in…',
			/** 401: the server's own words (the e2e specs read them). */
			wrong: 'E-mail or password is wrong',
			refused: (message: string) => `The server refused: ${message}`,
			unreachable: (error: string) => `The server could not be reached: ${error}`
		},
		control: {
			admin: 'Admin',
			signOut: 'Sign out',
			signOutFailed: (error: string) => `Could not sign out: ${error}`
		},
		serverAnswered: (status: number) => `The server answered ${status}`,
		admin: {
			title: 'Admin',
			deniedAnonymous:
				'This page is for admins (403: not signed in). Sign in as an admin to manage users and read the audit log.',
			deniedRole: (name: string, role: string) =>
				`This page is for admins (403): you are signed in as ${name}, whose role (${role}) may not manage users or read the audit log.`
		},
		users: {
			title: 'Users',
			loadFailed: (error: string) => `The users could not be loaded: ${error}`,
			retry: 'Retry',
			loading: 'Loading the users…',
			none: 'No users yet.',
			columns: {
				name: 'Name',
				email: 'E-mail',
				role: 'Role',
				status: 'Status',
				actions: 'Actions'
			},
			you: (name: string) => `${name} (you)`,
			roleOf: (name: string) => `Role of ${name}`,
			active: 'Active',
			disabled: 'Disabled',
			enable: 'Enable',
			disable: 'Disable',
			enableUser: (name: string) => `Enable ${name}`,
			disableUser: (name: string) => `Disable ${name}`,
			nowRole: (name: string, role: string) => `${name} is now an ${role}.`,
			nowDisabled: (name: string) => `${name} is disabled.`,
			nowEnabled: (name: string) => `${name} is enabled.`,
			added: (name: string, email: string, role: string) => `Added ${name} (${email}) as ${role}.`,
			failed: (message: string) => `The server refused: ${message}`,
			addTitle: 'Add a user',
			name: 'Name',
			email: 'E-mail',
			role: 'Role',
			password: 'Initial password',
			passwordHint: (min: number) =>
				f.plural(min, { one: '# character or more.', other: '# characters or more.' }),
			add: 'Add user',
			adding: 'Adding…'
		},
		audit: {
			title: 'Audit log',
			loadFailed: (error: string) => `The audit log could not be loaded: ${error}`,
			retry: 'Retry',
			loading: 'Loading the audit log…',
			empty: 'Nothing has been written yet.',
			entries: 'Audit log entries',
			columns: {
				when: 'When',
				who: 'Who',
				action: 'Action',
				what: 'What',
				change: 'Before and after'
			},
			/** A date and time from `f.dateTime`, in UTC. */
			when: (dateTime: string) => `${dateTime} UTC`,
			who: (name: string, email: string) => `${name} (${email})`,
			system: 'System',
			/** Known actions; an unknown one is shown as its code. */
			actions: {
				create: 'create',
				update: 'update',
				delete: 'delete',
				import: 'import',
				'sign-in': 'sign-in',
				'sign-in-failed': 'sign-in failed',
				'sign-out': 'sign-out'
			},
			/** Known tables; an unknown one is shown as its name. */
			entities: {
				users: 'users',
				sessions: 'sessions',
				organisations: 'organisations',
				memberships: 'memberships',
				members: 'members',
				events: 'events',
				participations: 'participant rows',
				contributions: 'contributions',
				review_steps: 'review steps'
			},
			what: (entity: string, id: string) => `${entity} #${id}`,
			show: 'Show',
			showChange: (what: string) => `Show the change of ${what}`,
			before: 'Before',
			after: 'After',
			pages: 'Audit log pages',
			previous: 'Previous',
			next: 'Next',
			position: (page: number, pages: number, total: number) =>
				`Page ${f.count(page)} of ${f.count(pages)} (${f.plural(total, { one: '# entry', other: '# entries' })})`
		}
	},
	edit: {
		/** What each editable noun's form says. */
		organisation: {
			newTitle: 'New organisation',
			editTitle: (name: string) => `Edit organisation: ${name}`,
			confirmDelete: 'Delete this organisation? This cannot be undone.',
			openFailed: (error: string) => `The organisation could not be opened: ${error}`
		},
		membership: {
			newTitle: 'New membership',
			editTitle: (name: string) => `Edit membership: ${name}`,
			confirmDelete: 'Delete this membership? This cannot be undone.',
			openFailed: (error: string) => `The membership could not be opened: ${error}`,
			describe: (id: string) => `membership ${id}`
		},
		event: {
			newTitle: 'New event',
			editTitle: (name: string) => `Edit event: ${name}`,
			confirmDelete: 'Delete this event? This cannot be undone.',
			openFailed: (error: string) => `The event could not be opened: ${error}`
		},
		participation: {
			newTitle: 'New participant row',
			editTitle: (name: string) => `Edit participant row: ${name}`,
			confirmDelete: 'Delete this participant row? This cannot be undone.',
			openFailed: (error: string) => `The participant row could not be opened: ${error}`,
			describe: (id: string) => `participant row ${id}`
		},
		contribution: {
			newTitle: 'New contribution',
			editTitle: (name: string) => `Edit contribution: ${name}`,
			confirmDelete: 'Delete this contribution? This cannot be undone.',
			openFailed: (error: string) => `The contribution could not be opened: ${error}`
		},
		reviewStep: {
			newTitle: 'New review step',
			editTitle: (name: string) => `Edit review step: ${name}`,
			confirmDelete: 'Delete this review step? This cannot be undone.',
			openFailed: (error: string) => `The review step could not be opened: ${error}`,
			describe: 'step'
		},
		/** Field labels, hints and the empty choice of optional selects. */
		field: {
			name: 'Name',
			title: 'Title',
			type: 'Type',
			sector: 'Sector',
			country: 'Country',
			public: 'May be named in public views',
			alliance: 'Alliance',
			organisationId: 'Organisation id',
			role: 'Role',
			joinedOn: 'Joined on',
			leftOn: 'Left on',
			leftOnHint: 'Empty while a member',
			regions: 'Regions',
			themes: 'Themes',
			global: 'Global',
			startDate: 'Starts on',
			endDate: 'Ends on',
			endDateHint: 'Empty: one day',
			format: 'Format',
			city: 'City',
			region: 'Region',
			unknown: 'Unknown',
			clusters: 'Review clusters',
			participantsReported: 'Participants reported',
			emptyWhenUnknown: 'Empty when unknown',
			delegationHint: 'Empty for a delegation without a recorded organisation',
			side: 'Side',
			noSector: 'None (not civil society)',
			people: 'People',
			organiser: 'Organised the event',
			reviewOf: 'Review of',
			cluster: 'Cluster',
			wholeReview: 'Whole review',
			date: 'Date',
			status: 'Status',
			startedOn: 'Started on',
			completedOn: 'Completed on',
			completedOnHint: 'Only for a completed step',
			sourceUrl: 'Source (link)',
			sourceUrlHint: 'https://…',
			verified: 'Verified in the source',
			synthetic: 'Synthetic (invented for a demo)'
		},
		yes: 'Yes',
		no: 'No',
		save: 'Save',
		saving: 'Saving…',
		cancel: 'Cancel',
		deleteStart: 'Delete…',
		delete: 'Delete',
		keep: 'Keep it',
		opening: 'Opening…',
		saved: (name: string) => `Saved ${name}.`,
		deleted: (name: string) => `Deleted ${name}.`,
		refused: (message: string) => `The server refused: ${message}`,
		unreachable: (error: string) => `The server could not be reached: ${error}`,
		conflict: {
			title: 'Someone changed this since you opened it',
			caption: 'Their values and yours',
			field: 'Field',
			theirs: 'Theirs',
			yours: 'Yours',
			same: 'Their values are the same as yours.',
			useTheirs: 'Use theirs',
			overwrite: 'Overwrite with mine'
		},
		member: {
			label: 'Edit this member',
			editOrganisation: 'Edit organisation',
			editMembership: 'Edit membership',
			editContribution: (title: string) => `Edit contribution: ${title}`
		},
		newRecords: { label: 'Add data', organisation: 'New organisation', event: 'New event' },
		eventControls: {
			title: 'Edit this event',
			editEvent: 'Edit event',
			rows: 'Participant rows',
			loadFailed: (error: string) => `The participant rows could not be loaded: ${error}.`,
			retry: 'Retry',
			none: 'No participant rows yet.',
			loading: 'Loading the participant rows…',
			delegation: 'Delegation',
			organisation: (id: number) => `Organisation ${id}`,
			organiser: 'organiser',
			editRow: (id: number) => `Edit row ${id}`,
			addRow: 'Add participant row'
		},
		reviewStepEditor: {
			title: 'Edit a review step',
			country: 'Country',
			cluster: 'Cluster',
			step: 'Step',
			edit: 'Edit step'
		},
		/**
		 * Form checks by kind of problem. English shows the schema's own message (`schema`: zod's
		 * words or the schema package's), which the server says too; other languages say it their way.
		 */
		issues: {
			/** A required text left empty ("Enter the password"). */
			empty: (schema: string) => schema,
			tooShort: (_min: number, schema: string) => schema,
			tooLong: (_max: number, schema: string) => schema,
			tooLow: (_min: number, schema: string) => schema,
			tooHigh: (_max: number, schema: string) => schema,
			tooFew: (_min: number, schema: string) => schema,
			tooMany: (_max: number, schema: string) => schema,
			email: (schema: string) => schema,
			url: (schema: string) => schema,
			date: (schema: string) => schema,
			format: (schema: string) => schema,
			type: (schema: string) => schema,
			choice: (schema: string) => schema,
			other: (schema: string) => schema
		},
		/** The schema's own rules, word for word: the dashboard recognises them by these texts. */
		rules: {
			completedOnlyWhenCompleted: 'Only a completed step has a completion date',
			completedBeforeStarted: 'A step cannot be completed before it starts',
			eventEndsBeforeStart: 'An event cannot end before it starts',
			membershipEndsBeforeStart: 'A membership cannot end before it begins',
			sectorOnlyForCivilSociety:
				'A sector is given for civil-society participants and only for them',
			recordDateRange: `Must be between ${recordDateRange.min} and ${recordDateRange.max}`
		}
	},
	import: {
		title: 'Import',
		checking: 'Checking who is signed in…',
		editorsOnly: 'Only editors can import data.',
		signInAsEditor: 'Sign in with an editor account',
		intro: (limit: string) =>
			`Add or update members or events from a CSV or XLSX file (up to ${limit}). Preview first: the file is written only when no row has an error, and all of it at once. Rows already in the database are found by their natural key, so importing the same file again changes nothing.`,
		megabytes: (n: number) => `${f.count(n)} MB`,
		holds: 'What the file holds',
		kinds: {
			members: 'Members (one row per membership)',
			events: 'Events (one row per event)'
		},
		file: 'File (CSV or XLSX)',
		preview: 'Preview',
		commit: 'Commit',
		fixFirst: 'Fix the errors in the file, choose it again and preview it to commit.',
		chooseFirst: 'Choose a CSV or XLSX file first.',
		tooLarge: (limit: string) =>
			`The file is too large: the limit is ${limit}. Split it into smaller files.`,
		/** The progress bar's label; `done` is a percentage. */
		progress: {
			uploading: (done: string) => `Uploading… ${done}`,
			checking: (done: string) => `Checking rows… ${done}`,
			writing: (done: string) => `Writing… ${done}`
		},
		columnsOf: { members: 'Columns of the members file', events: 'Columns of the events file' },
		columnsHelp:
			'A header row names the columns by label or key, in any order and case. Codes or labels are accepted for sectors, roles, themes, types and formats; lists are separated by “;”; dates are YYYY-MM-DD; yes/no cells take yes, no, true or false. An optional column left out keeps the stored value.',
		columnsCaption: 'Columns',
		columns: { column: 'Column', required: 'Required', holds: 'Holds' },
		yes: 'yes',
		no: 'no',
		/** What each column holds (the header labels themselves stay as the file spells them). */
		columnHelp: {
			members: Object.fromEntries(memberColumns.map((c) => [c.key, c.description])),
			events: Object.fromEntries(eventColumns.map((c) => [c.key, c.description]))
		},
		/** Failures of the upload; `message` is the server's. */
		failure: {
			forbidden: (message: string) => `You may not import: ${message}`,
			tooLarge: (message: string) => `The file is too large: ${message}`,
			unsupported: (message: string) => `The file type is not accepted: ${message}`,
			refused: (message: string) => `The server refused: ${message}`,
			answered: (status: number) => `The server answered ${status}`,
			unreachable: 'The server could not be reached',
			unreadable: 'The server sent an answer the page cannot read',
			noResult: 'The import ended without a result',
			failed: (message: string) => `The import failed: ${message}`
		},
		report: {
			imported: 'Imported',
			notImported: 'Not imported',
			preview: 'Preview',
			withErrors: (rows: number, errors: number) =>
				`${f.plural(rows, { one: '# row', other: '# rows' })} read; ${f.plural(errors, { one: '# error', other: '# errors' })}: nothing can be written until every error is fixed.`,
			written: (rows: number) =>
				`${f.plural(rows, { one: '# row', other: '# rows' })} read; every row was written.`,
			unchanged: (rows: number) =>
				`${f.plural(rows, { one: '# row', other: '# rows' })} read; the file changes nothing: every row is already in the database.`,
			clean: (rows: number) =>
				`${f.plural(rows, { one: '# row', other: '# rows' })} read; no errors.`,
			rowsWritten: 'Rows written, by table',
			rowsToWrite: 'Rows to write, by table',
			columns: { table: 'Table', new: 'New', updated: 'Updated', unchanged: 'Unchanged' },
			tables: { organisations: 'Organisations', memberships: 'Memberships', events: 'Events' },
			errors: 'Errors',
			firstErrors: (shown: number, total: number) =>
				`Errors (the first ${f.count(shown)} of ${f.count(total)})`,
			errorColumns: { row: 'Row', column: 'Column', problem: 'Problem' },
			wholeFile: 'file'
		},
		/** The export links under a list. */
		export: {
			members: 'Download the members of this filter:',
			events: 'Download the events of this filter:',
			membersAs: (format: string) => `Download members as ${format}`,
			eventsAs: (format: string) => `Download events as ${format}`
		}
	},
	brief: {
		/** The link on every view to its brief. */
		link: 'Printable brief',
		title: 'Printable brief',
		print: 'Print',
		printHint: 'One A4 page: print it, or save it as PDF from the print dialogue.',
		back: 'Back to the view',
		loading: 'Loading the brief…',
		/** The heading of each view's brief. */
		views: {
			overview: 'Overview',
			alliance: 'Alliance members',
			engagement: 'Stakeholder engagement',
			review: 'Review progress'
		},
		kicker: 'UNTOC Alliance Dashboard: brief',
		headlinesLabel: 'Headline numbers',
		headlines: {
			members: 'Members',
			sectors: 'Sectors represented',
			regions: 'Regions covered',
			events: 'Events',
			participants: 'Participants',
			trilateral: 'Events with all three sides',
			stepsCompleted: 'Review steps completed',
			contributions: 'Civil-society contributions',
			countries: 'Countries in the review'
		},
		filterLabel: 'Filter',
		noFilter: 'None: all records',
		alliance: (name: string) => `Alliance: ${name}`,
		from: (day: string) => `From ${day}`,
		until: (day: string) => `Until ${day}`,
		asOf: (day: string) => `As of ${day}`,
		source: 'Source: alliance records, UNTOC Alliance Dashboard.',
		demoData:
			'Demo data: some numbers in this brief are invented for demonstration; the dated facts come from their sources.',
		online: (address: string) => `The live view, with tables and downloads: ${address}`,
		chartsLabel: 'Charts'
	}
}));

/** The shape every catalogue's messages have. */
export type Messages = typeof en.messages;
export default en;
