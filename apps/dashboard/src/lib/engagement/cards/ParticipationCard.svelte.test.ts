import type { EngagementMilestones, EngagementParticipation } from '@untoc-alliance/schema';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import { Query } from '../../query.svelte.ts';
import ParticipationCard from './ParticipationCard.svelte';
import { fakeLayout, loadedQuery } from '../../testing/jsdom.ts';

const participation: EngagementParticipation = {
	interval: 'year',
	buckets: [
		{
			start: '2022-01-01',
			events: 2,
			bySector: [
				{ sector: 'ngo', participants: 4 },
				{ sector: 'academia', participants: 7 }
			],
			bySide: [{ side: 'government', participants: 3 }]
		},
		{ start: '2023-01-01', events: 1, bySector: [{ sector: 'ngo', participants: 2 }], bySide: [] }
	],
	byType: [],
	synthetic: true
};

// jsdom has no layout: give the card's chart box a width, and a ResizeObserver that never fires.
beforeEach(() => {
	fakeLayout(480);
});

afterEach(() => i18n.use('en'));

test('by sector: the finding, one segment per sector and year, hover reads a segment, a click selects its sector', async () => {
	const picked: string[] = [];
	const milestones = await loadedQuery<EngagementMilestones>({ milestones: [] });
	const { container, getByText, getByRole } = render(ParticipationCard, {
		by: 'sector',
		query: await loadedQuery(participation),
		milestones,
		marks: [],
		filter: { sectors: ['ngo'] },
		interval: 'year',
		asOf: '2025-01-01',
		onClear: () => undefined,
		onSelect: (s: string) => picked.push(s)
	});
	expect(getByText(/Academia brought the most civil-society participants: 7 of 13/)).toBeTruthy();
	await vi.waitFor(() => expect(container.querySelector('svg[role="img"]')).not.toBeNull());
	const rects = [...container.querySelectorAll('.marks rect[data-series]')];
	expect(rects.map((r) => r.getAttribute('data-key'))).toEqual(['ngo:0', 'ngo:1', 'academia:0']);
	expect(getByRole('list', { name: 'Legend' }).textContent).toContain('✓ NGO / CSO');
	const academia = rects[2];
	if (!academia) throw new Error('no academia segment');
	await fireEvent.pointerOver(academia);
	expect(container.querySelector('.readout')?.textContent).toContain(
		'2022 · Academia: 7 participants of 11 (Enter filters by it)'
	);
	await fireEvent.click(academia);
	expect(picked).toEqual(['academia']);
});

test('an empty result names the filter and a failed milestones query is said in the caption', async () => {
	const milestones = new Query<EngagementMilestones>();
	milestones.run(() => Promise.reject(new Error('No procedure found')));
	await vi.waitFor(() => expect(milestones.status).toBe('error'));
	const { getByText } = render(ParticipationCard, {
		by: 'side',
		query: await loadedQuery({ ...participation, buckets: [] }),
		milestones,
		marks: [],
		filter: { from: '2010-01-01', to: '2010-12-31' },
		interval: 'year',
		asOf: '2025-01-01',
		onClear: () => undefined
	});
	expect(getByText('No events match from 1 Jan 2010 until 31 Dec 2010.')).toBeTruthy();
	expect(getByText(/Milestones could not be loaded, so none are drawn\./)).toBeTruthy();
});

test('switching to Urdu redraws the card in Urdu: title, finding, readout and milestones', async () => {
	const milestones = await loadedQuery<EngagementMilestones>({
		milestones: [
			{
				date: '2022-10-17',
				label: 'COP11 opens in Vienna',
				kind: 'cop_session',
				alliance: null,
				sourceUrl: null,
				verified: true
			}
		]
	});
	const { container, getByRole, getByText } = render(ParticipationCard, {
		by: 'sector',
		query: await loadedQuery(participation),
		milestones,
		marks: [],
		filter: { sectors: ['ngo'] },
		interval: 'year',
		asOf: '2025-01-01',
		onClear: () => undefined,
		onSelect: () => undefined
	});
	expect(
		getByRole('heading', { name: 'Civil-society participants over time, by sector' })
	).toBeTruthy();
	await i18n.use('ur');
	await vi.waitFor(() =>
		expect(
			getByRole('heading', { name: 'وقت کے ساتھ سول سوسائٹی کے شرکاء، شعبے کے لحاظ سے' })
		).toBeTruthy()
	);
	expect(
		getByText('سول سوسائٹی کے سب سے زیادہ شرکاء تعلیمی ادارے سے آئے: 13 میں سے 7 (54%)۔')
	).toBeTruthy();
	expect(container.querySelector('.note')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
		'سنگِ میل (ٹوٹی لکیریں): 17 اکتوبر، 2022 COP11 کا ویانا میں آغاز۔'
	);
	await vi.waitFor(() => expect(container.querySelector('svg[role="img"]')).not.toBeNull());
	const academia = container.querySelector('.marks rect[data-key="academia:0"]');
	if (!academia) throw new Error('no academia segment');
	await fireEvent.pointerOver(academia);
	expect(container.querySelector('.readout')?.textContent).toContain(
		'2022 · تعلیمی ادارے: 11 میں سے 7 شرکاء (اینٹر دبانے سے اس کا فلٹر لگ جاتا ہے)'
	);
	expect(container.textContent).not.toMatch(/participants|Academia/);
});
