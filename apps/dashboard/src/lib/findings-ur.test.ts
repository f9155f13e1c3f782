import type {
	ClusterProgress,
	Composition,
	DashboardFilter,
	ReviewProgress,
	SectorThemeMatrix,
	Timeline
} from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import {
	compositionFinding,
	describeFilter,
	filterForExport,
	matrixFinding,
	regionFinding,
	reviewFinding,
	timelineFinding
} from './findings.ts';
import { formatBucket, formatDay, parseIsoDate } from './format.ts';
import { i18n } from './i18n.svelte.ts';

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

function timeline(counts: number[]): Timeline {
	const buckets = counts.map((events, i) => ({
		start: `2022-${String(i * 3 + 1).padStart(2, '0')}-01`,
		events,
		participants: events * 10,
		byType: []
	}));
	const events = counts.reduce((a, b) => a + b, 0);
	return {
		interval: 'quarter',
		buckets,
		totals: { events, participants: events * 10 },
		synthetic: false
	};
}

const cluster = (id: 1 | 2 | 3 | 4, pct: number | null): ClusterProgress => ({
	cluster: id,
	name: `Cluster ${id}`,
	startedOn: null,
	steps: [],
	percentComplete: pct
});

const progress = (clusters: ClusterProgress[]): ReviewProgress => ({
	country: 'PAK',
	clusters,
	synthetic: true,
	asOf: '2025-01-01'
});

describe('in Urdu, the findings and the filter are whole Urdu sentences', () => {
	afterEach(async () => {
		await i18n.use('en');
	});

	test('composition, regions and the matrix', async () => {
		await i18n.use('ur');
		expect(
			compositionFinding(
				composition([
					{ sector: 'ngo', count: 45 },
					{ sector: 'academia', count: 7 }
				])
			)
		).toBe('52 اراکین میں سے 87% غیر سرکاری تنظیم / سول سوسائٹی تنظیم سے ہیں۔');
		expect(compositionFinding(composition([{ sector: 'media', count: 1 }]))).toBe(
			'واحد رکن ذرائع ابلاغ سے ہے۔'
		);
		expect(compositionFinding(composition([]))).toBe('کوئی رکن اس فلٹر سے مطابقت نہیں رکھتا۔');
		const regions: Composition = {
			...composition([]),
			total: 50,
			byRegion: [
				{ region: 'PK-PB', count: 20 },
				{ region: 'PK-IS', count: 5 }
			]
		};
		expect(regionFinding(regions)).toBe('سب سے زیادہ اراکین پنجاب میں ہیں: 50 میں سے 20 (40%)۔');
		expect(regionFinding({ ...regions, total: null, suppressedBelow: 3 })).toBe(
			'3 سے کم اراکین اس فلٹر سے مطابقت رکھتے ہیں۔'
		);
		const matrix: SectorThemeMatrix = {
			rows: [],
			columns: [],
			total: 12,
			withoutTheme: 0,
			synthetic: false,
			asOf: '2024-06-15',
			suppressedBelow: null,
			cells: [{ sector: 'academia', theme: 'fraud', count: 12 }]
		};
		expect(matrixFinding(matrix)).toBe(
			'سب سے بڑا گروہ: تعلیمی ادارے کے 12 اراکین جو دھوکا دہی پر کام کرتے ہیں۔'
		);
		expect(
			matrixFinding({ ...matrix, cells: [{ sector: 'academia', theme: 'fraud', count: 1 }] })
		).toBe('سب سے بڑا گروہ: تعلیمی ادارے کے 1 رکن جو دھوکا دہی پر کام کرتا ہے۔');
	});

	test('the events timeline and the review', async () => {
		await i18n.use('ur');
		const q2 = formatBucket(parseIsoDate('2022-04-01'), 'quarter');
		expect(q2).toBe('سہ ماہی 2، 2022');
		expect(timelineFinding(timeline([2, 9, 9, 1]))).toBe(
			`21 تقریبات، کل 210 شرکاء؛ سب سے مصروف سہ ماہی ${q2} تھی، جس میں 9 تقریبات ہوئیں۔`
		);
		expect(timelineFinding(timeline([1]))).toBe('1 تقریب، کل 10 شرکاء۔');
		expect(
			reviewFinding([{ name: 'پاکستان', progress: progress([cluster(1, 57.1), cluster(3, null)]) }])
		).toBe('کلسٹر 1 سب سے آگے ہے، 57% مکمل؛ 2 میں سے 1 کلسٹر کی پیش رفت نامعلوم ہے۔');
		expect(reviewFinding([])).toBe('اس انتخاب کے لیے جائزے کا کوئی ڈیٹا موجود نہیں۔');
	});

	test('the filter in words, and in an export header', async () => {
		await i18n.use('ur');
		const filter: DashboardFilter = {
			alliance: 'PAK',
			sectors: ['academia'],
			regions: ['PK-GB'],
			themes: ['drugs', 'fraud'],
			from: '2022-01-01'
		};
		const described = `«تعلیمی ادارے، گلگت بلتستان میں، منشیات یا دھوکا دہی پر کام، ${formatDay('2022-01-01')} سے»`;
		expect(describeFilter(filter)).toBe(described);
		expect(filterForExport(filter)).toBe(`اتحاد PAK؛ ${described}`);
		expect(describeFilter({})).toBe('اس انتخاب');
		expect(filterForExport({})).toBe('کوئی نہیں');
	});
});
