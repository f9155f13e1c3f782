import type { MemberDetail } from '@untoc-alliance/schema';
import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import type { DashboardApi } from '../trpc.ts';
import MemberPanel from './MemberPanel.svelte';

const detail: MemberDetail = {
	id: 37,
	organisationId: 38,
	name: 'Advocates against Bonded Labour',
	alliance: 'PAK',
	sector: 'legal',
	role: 'member',
	regions: ['PK-PB'],
	themes: ['trafficking_in_persons'],
	joinedOn: '2022-09-15',
	leftOn: null,
	synthetic: false,
	verified: true,
	sourceUrl: 'https://example.org/members',
	events: {
		total: 3,
		rows: [
			{
				id: 1,
				title: 'Roundtable on drugs',
				type: 'roundtable',
				startDate: '2026-04-27',
				participants: 1
			},
			{ id: 2, title: 'Training', type: 'training', startDate: '2022-11-21', participants: 4 }
		]
	},
	contributions: {
		total: 1,
		rows: [
			{ id: 5, title: 'Parallel report', type: 'parallel_report', date: '2023-01-01', cluster: 1 }
		]
	}
};

const client = (member: DashboardApi['member']) => ({ member }) as unknown as DashboardApi;

test('MemberPanel is a named dialog that takes the focus and lists events and contributions', async () => {
	const opener = document.body.appendChild(document.createElement('button'));
	opener.focus();
	let closed = 0;
	const { getByRole, findByRole, unmount } = render(MemberPanel, {
		client: client(() => Promise.resolve(detail)),
		id: 37,
		onClose: () => (closed += 1)
	});
	const dialog = await findByRole('dialog', { name: 'Advocates against Bonded Labour' });
	expect(document.activeElement).toBe(dialog);
	const text = dialog.textContent.replace(/\s+/g, ' ');
	expect(text).toContain('Sector Legal profession');
	expect(text).toContain('Regions Punjab');
	expect(text).toContain('Left Still a member');
	expect(text).toContain('3 events (the newest 2 listed)');
	const events = [...dialog.querySelectorAll('section:first-of-type li')];
	expect(events.map((li) => [...li.children].map((c) => c.textContent).join(' | '))).toEqual([
		'27 Apr 2026 · Roundtable | Roundtable on drugs | 1 participant',
		'21 Nov 2022 · Training | Training | 4 participants'
	]);
	expect(text).toContain('Data Verified · source');
	expect(text).toContain('1 contribution');
	expect(getByRole('link', { name: 'source' }).getAttribute('href')).toBe(detail.sourceUrl);
	await fireEvent.keyDown(dialog, { key: 'Escape' });
	await fireEvent.click(getByRole('button', { name: 'Close' }));
	expect(closed).toBe(2);
	unmount();
	expect(document.activeElement).toBe(opener);
	opener.remove();
});

test('an id with no member says so', async () => {
	const notFound = Object.assign(new Error('No member with id 999'), {
		data: { code: 'NOT_FOUND' }
	});
	const { findByRole } = render(MemberPanel, {
		client: client(() => Promise.reject(notFound)),
		id: 999,
		onClose: () => undefined
	});
	expect((await findByRole('alert')).textContent.trim()).toBe('No member with id 999.');
});

test('in Urdu the panel names its fields, counts and buttons in Urdu', async () => {
	await i18n.use('ur');
	try {
		const { findByRole, getByRole } = render(MemberPanel, {
			client: client(() => Promise.resolve(detail)),
			id: 37,
			onClose: () => undefined
		});
		const dialog = await findByRole('dialog', { name: 'Advocates against Bonded Labour' });
		const text = dialog.textContent.replace(/\s+/g, ' ');
		expect(text).toContain('شعبہ قانونی پیشہ');
		expect(text).toContain('علیحدگی اب بھی رکن ہے');
		expect(text).toContain('3 تقریبات (تازہ ترین 2 درج ہیں)');
		expect(text).toContain('1 شریک');
		expect(text).toContain('1 شراکت');
		expect(getByRole('link', { name: 'ماخذ' })).toBeTruthy();
		expect(getByRole('button', { name: 'بند کریں' })).toBeTruthy();
	} finally {
		await i18n.use('en');
	}
});
