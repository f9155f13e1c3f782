import { fireEvent, render } from '@testing-library/svelte';
import type { Composition, DashboardFilter, RegionCode } from '@untoc-alliance/schema';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import type { Query } from '../query.svelte.ts';
import RegionCard from './RegionCard.svelte';
import { fakeLayout } from '../testing/jsdom.ts';

// jsdom has no layout: give the card's chart box a width, and a ResizeObserver that never fires.
beforeEach(() => {
	fakeLayout(440);
});

function composition(byRegion: Composition['byRegion']): Composition {
	return {
		total: byRegion.reduce((n, r) => n + (r.count ?? NaN), 0),
		bySector: [],
		byRegion,
		byTheme: [],
		synthetic: true,
		asOf: '2025-06-30',
		suppressedBelow: null
	};
}

function ready(data: Composition): Query<Composition> {
	return {
		status: 'ready',
		data,
		error: undefined,
		retry: vi.fn()
	} as unknown as Query<Composition>;
}

function renderCard(data: Composition, filter: DashboardFilter) {
	const onSelect = vi.fn<(r: RegionCode) => void>();
	const result = render(RegionCard, { query: ready(data), filter, onClear: vi.fn(), onSelect });
	return { ...result, onSelect };
}

const marks = (container: Element) =>
	[...container.querySelectorAll('g.bar')].map(
		(g) => `${g.getAttribute('data-key')} ${g.querySelector('.value')?.textContent.trim()}`
	);

const pakistan = composition([
	{ region: 'PK-PB', count: 20 },
	{ region: 'PK-SD', count: 8 },
	{ region: 'PK-IS', count: 5 }
]);

describe('RegionCard', () => {
	test('Pakistan: a tile per region (zeros included), clicks and Enter toggle a region', async () => {
		const { container, getByRole, onSelect } = renderCard(pakistan, { alliance: 'PAK' });
		expect(marks(container)).toEqual([
			'PK-GB 0',
			'PK-KP 0',
			'PK-IS 5',
			'PK-JK 0',
			'PK-BA 0',
			'PK-PB 20',
			'PK-SD 8'
		]);
		expect(getByRole('radio', { name: 'Tiles' })).toHaveProperty('checked', true);
		const sindh = container.querySelector('g.bar[data-key="PK-SD"] rect');
		if (!sindh) throw new Error('no Sindh tile');
		await fireEvent.click(sindh);
		const svg = getByRole('img', { name: 'Members by region' });
		svg.focus();
		await fireEvent.keyDown(svg, { key: 'End' });
		await fireEvent.keyDown(svg, { key: 'ArrowRight' });
		await fireEvent.keyDown(svg, { key: 'Enter' });
		expect(onSelect.mock.calls).toEqual([['PK-SD'], ['PK-PB']]);
	});

	test('the table lists the known zeros of the tiles too', async () => {
		const { getByRole } = renderCard(pakistan, { alliance: 'PAK' });
		await fireEvent.click(getByRole('button', { name: 'Show table' }));
		const rows = [...getByRole('table').querySelectorAll('tbody tr')].map((tr) =>
			[...tr.children].map((td) => td.textContent.trim()).join(' | ')
		);
		expect(rows).toHaveLength(7);
		expect(rows[0]).toBe('Punjab | 20 | 61%');
		expect(rows).toContain('Gilgit-Baltistan | 0 | 0%');
	});

	test('the Tiles | Bars switch shows the same numbers as bars', async () => {
		const { container, getByRole } = renderCard(pakistan, { alliance: 'PAK' });
		await fireEvent.click(getByRole('radio', { name: 'Bars' }));
		expect(marks(container)).toEqual(['PK-PB 20', 'PK-SD 8', 'PK-IS 5']);
		expect(container.querySelector('g.bar text.label')?.textContent).toBe('Punjab');
		await fireEvent.click(getByRole('radio', { name: 'Tiles' }));
		expect(marks(container)).toHaveLength(7);
	});

	test('with a region filter, the regions left out show a dash and the selected one a check', () => {
		const { container } = renderCard(composition([{ region: 'PK-PB', count: 20 }]), {
			alliance: 'PAK',
			regions: ['PK-PB']
		});
		expect(marks(container)).toContain('PK-PB 20');
		expect(marks(container)).toContain('PK-GB –');
		expect(container.querySelector('g.bar.selected')?.getAttribute('data-key')).toBe('PK-PB');
	});

	test('Mexico (no tile layout) and all alliances mixed fall back to bars, without the switch', () => {
		const mexico = composition([
			{ region: 'MX-CMX', count: 11 },
			{ region: 'MX-JAL', count: 4 }
		]);
		const mx = renderCard(mexico, { alliance: 'MEX' });
		expect(marks(mx.container)).toEqual(['MX-CMX 11', 'MX-JAL 4']);
		expect(mx.queryByRole('radio')).toBeNull();
		mx.unmount();
		const mixed = renderCard(composition([...pakistan.byRegion, ...mexico.byRegion]), {});
		expect(marks(mixed.container)).toHaveLength(5);
		expect(mixed.container.querySelector('g.bar rect:not(.hit)')?.getAttribute('fill')).toBe(
			'#0072B2'
		);
		expect(mixed.queryByRole('radio')).toBeNull();
	});
});

describe('RegionCard in Urdu', () => {
	afterEach(async () => {
		await i18n.use('en');
	});

	test('title, finding, switch, table and the empty message are Urdu', async () => {
		await i18n.use('ur');
		const { getByRole, container, unmount } = renderCard(pakistan, { alliance: 'PAK' });
		expect(getByRole('heading', { level: 2 }).textContent).toBe('علاقے کے لحاظ سے اراکین');
		expect(container.textContent).toContain(
			'سب سے زیادہ اراکین پنجاب میں ہیں: 33 میں سے 20 (61%)۔'
		);
		expect(getByRole('group', { name: 'دکھانے کا انداز' })).toBeTruthy();
		expect(getByRole('radio', { name: 'خانے' })).toHaveProperty('checked', true);
		await fireEvent.click(getByRole('radio', { name: 'بار' }));
		expect(container.querySelector('g.bar text.label')?.textContent).toBe('پنجاب');
		const toggle = container.querySelector('button[aria-controls="regions-table"]');
		if (!toggle) throw new Error('no table button');
		await fireEvent.click(toggle);
		const table = getByRole('table');
		expect(table.querySelector('caption')?.textContent).toBe('علاقے کے لحاظ سے اراکین');
		const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
		expect(headers).toEqual(['علاقہ', 'اراکین', 'اراکین میں حصہ']);
		unmount();
		const empty = renderCard(composition([]), { alliance: 'PAK', regions: ['PK-SD'] });
		expect(empty.container.textContent).toContain('کوئی رکن «سندھ میں» سے مطابقت نہیں رکھتا۔');
	});
});
