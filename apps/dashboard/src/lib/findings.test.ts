import type {
	ClusterProgress,
	Composition,
	DashboardFilter,
	ReviewProgress,
	SectorThemeMatrix,
	StepProgress,
	Timeline
} from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import {
	compositionFinding,
	describeFilter,
	filterForExport,
	matrixFinding,
	regionFinding,
	reviewFinding,
	stepsCompleted,
	timelineFinding
} from './findings.ts';

function composition(bySector: Composition['bySector']): Composition {
	const total = bySector.reduce((sum, s) => sum + (s.count ?? NaN), 0);
	return {
		total,
		bySector,
		byRegion: [],
		byTheme: [],
		synthetic: true,
		asOf: '2025-01-01',
		suppressedBelow: null
	};
}

describe('compositionFinding', () => {
	test.each([
		{
			name: 'names the largest sector and its share of all members',
			c: composition([
				{ sector: 'ngo', count: 45 },
				{ sector: 'academia', count: 7 }
			]),
			expected: 'NGO / CSO makes up 87% of the 52 members.'
		},
		{
			name: 'one sector only',
			c: composition([{ sector: 'academia', count: 7 }]),
			expected: 'All 7 members are in Academia.'
		},
		{
			name: 'one member',
			c: composition([{ sector: 'media', count: 1 }]),
			expected: 'The one member is in Media.'
		},
		{ name: 'no member', c: composition([]), expected: 'No members match this filter.' }
	])('$name', ({ c, expected }) => {
		expect(compositionFinding(c)).toBe(expected);
	});
});

function timeline(counts: number[], interval: Timeline['interval'] = 'quarter'): Timeline {
	const buckets = counts.map((events, i) => ({
		start: `2022-${String(i * 3 + 1).padStart(2, '0')}-01`,
		events,
		participants: events * 10,
		byType: []
	}));
	const events = counts.reduce((a, b) => a + b, 0);
	return { interval, buckets, totals: { events, participants: events * 10 }, synthetic: false };
}

describe('timelineFinding', () => {
	test.each([
		{
			name: 'totals and the busiest bucket (the earliest on a tie)',
			t: timeline([2, 9, 9, 1]),
			expected: '21 events with 210 participants; the busiest quarter was Q2 2022, with 9 events.'
		},
		{ name: 'one bucket', t: timeline([1]), expected: '1 event with 10 participants.' },
		{ name: 'no events', t: timeline([]), expected: 'No events match this filter.' }
	])('$name', ({ t, expected }) => {
		expect(timelineFinding(t)).toBe(expected);
	});
});

function step(status: StepProgress['status']): StepProgress {
	return {
		step: 'focal_point',
		status,
		startedOn: null,
		completedOn: null,
		dueOn: null,
		overdue: false,
		delayDays: null,
		verified: false,
		synthetic: true,
		sourceUrl: null
	};
}

function cluster(
	id: 1 | 2 | 3 | 4,
	pct: number | null,
	statuses: StepProgress['status'][] = []
): ClusterProgress {
	return {
		cluster: id,
		name: `Cluster ${id}`,
		startedOn: null,
		steps: statuses.map(step),
		percentComplete: pct
	};
}

function progress(clusters: ClusterProgress[]): ReviewProgress {
	return { country: 'PAK', clusters, synthetic: true, asOf: '2025-01-01' };
}

describe('reviewFinding', () => {
	test.each([
		{
			name: 'the furthest cluster and how many are unknown',
			countries: [
				{
					name: 'Pakistan',
					progress: progress([cluster(1, 57.1), cluster(2, 14), cluster(3, null)])
				}
			],
			expected: 'Cluster 1 is furthest along, at 57% complete; 1 of 3 clusters are unknown.'
		},
		{
			name: 'several countries name the country',
			countries: [
				{ name: 'Pakistan', progress: progress([cluster(1, 20)]) },
				{ name: 'Mexico', progress: progress([cluster(2, 40)]) }
			],
			expected: "Mexico's cluster 2 is furthest along, at 40% complete."
		},
		{
			name: 'all unknown is never zero',
			countries: [{ name: 'Pakistan', progress: progress([cluster(1, null), cluster(2, null)]) }],
			expected: 'The progress of all 2 clusters is unknown.'
		},
		{ name: 'no data', countries: [], expected: 'No review data for this selection.' }
	])('$name', ({ countries, expected }) => {
		expect(reviewFinding(countries)).toBe(expected);
	});
});

describe('stepsCompleted', () => {
	test.each([
		{
			name: 'completed steps over all steps',
			p: [progress([cluster(1, 50, ['completed', 'in_progress', null, 'completed'])])],
			expected: 0.5
		},
		{ name: 'no steps', p: [progress([])], expected: null }
	])('$name', ({ p, expected }) => {
		expect(stepsCompleted(p)).toBe(expected);
	});
});

describe('describeFilter', () => {
	test.each([
		{
			name: 'sectors, regions, themes and period in words',
			filter: {
				sectors: ['academia'],
				regions: ['PK-GB'],
				themes: ['drugs', 'fraud'],
				from: '2022-01-01',
				to: '2024-12-31'
			} as const,
			expected:
				'Academia in Gilgit-Baltistan working on Drugs or Fraud from 1 Jan 2022 until 31 Dec 2024'
		},
		{ name: 'no filter', filter: {}, expected: 'this selection' }
	])('$name', ({ filter, expected }) => {
		expect(describeFilter(filter as Parameters<typeof describeFilter>[0])).toBe(expected);
	});
});

describe('regionFinding', () => {
	const base: Composition = {
		total: 0,
		bySector: [],
		byRegion: [],
		byTheme: [],
		synthetic: false,
		asOf: '2024-06-15',
		suppressedBelow: null
	};
	test.each([
		{ name: 'nobody', c: base, expected: 'No members match this filter.' },
		{
			name: 'the largest region, ties by code',
			c: {
				...base,
				total: 50,
				byRegion: [
					{ region: 'PK-SD', count: 20 },
					{ region: 'PK-PB', count: 20 },
					{ region: 'PK-IS', count: 5 }
				]
			},
			expected: 'Punjab has the most members: 20 of the 50 (40%).'
		}
	] satisfies { name: string; c: Composition; expected: string }[])('$name', ({ c, expected }) => {
		expect(regionFinding(c)).toBe(expected);
	});
});

describe('matrixFinding', () => {
	const base = {
		rows: [],
		columns: [],
		total: 0,
		withoutTheme: 0,
		synthetic: false,
		asOf: '2024-06-15',
		suppressedBelow: null
	};
	test.each([
		{ name: 'no cells', cells: [], expected: 'No members with a crime theme match this filter.' },
		{
			name: 'the largest cell',
			cells: [
				{ sector: 'ngo', theme: 'drugs', count: 3 },
				{ sector: 'academia', theme: 'fraud', count: 12 }
			],
			expected: 'The largest group: 12 members in Academia work on Fraud.'
		},
		{
			name: 'one member',
			cells: [{ sector: 'media', theme: 'drugs', count: 1 }],
			expected: 'The largest group: 1 member in Media works on Drugs.'
		}
	] satisfies {
		name: string;
		cells: SectorThemeMatrix['cells'];
		expected: string;
	}[])('$name', ({ cells, expected }) => {
		expect(matrixFinding({ ...base, cells })).toBe(expected);
	});
});

describe('findings never state a suppressed count', () => {
	const hidden: Composition = {
		total: 21,
		bySector: [
			{ sector: 'ngo', count: 6 },
			{ sector: 'media', count: null }
		],
		byRegion: [{ region: 'MX-CMX', count: null }],
		byTheme: [],
		synthetic: true,
		asOf: '2025-01-01',
		suppressedBelow: 3
	};

	test('composition and regions name the largest shown group or say the groups are small', () => {
		expect(compositionFinding(hidden)).toBe('NGO / CSO makes up 29% of the 21 members.');
		expect(compositionFinding({ ...hidden, total: null, bySector: [] })).toBe(
			'Fewer than 3 members match this filter.'
		);
		expect(regionFinding(hidden)).toBe('Every region has fewer than 3 members.');
	});

	test('the matrix says when every pairing is small', () => {
		const m: SectorThemeMatrix = {
			cells: [{ sector: 'ngo', theme: 'drugs', count: null }],
			rows: [],
			columns: [],
			total: null,
			withoutTheme: 0,
			synthetic: false,
			asOf: '2024-06-15',
			suppressedBelow: 3
		};
		expect(matrixFinding(m)).toBe(
			'Every pairing of sector and crime theme has fewer than 3 members.'
		);
	});
});

describe('filterForExport', () => {
	test.each([
		{
			name: 'the alliance code, then the filter',
			filter: { alliance: 'PAK', regions: ['PK-PB'] },
			expected: 'alliance PAK; in Punjab'
		},
		{ name: 'no alliance', filter: { sectors: ['media'] }, expected: 'Media' },
		{ name: 'nothing', filter: {}, expected: 'none' }
	] satisfies { name: string; filter: DashboardFilter; expected: string }[])(
		'$name',
		({ filter, expected }) => {
			expect(filterForExport(filter)).toBe(expected);
		}
	);
});
