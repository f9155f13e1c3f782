import { describe, expect, test } from 'vitest';
import { parseViewState, serializeViewState } from './view-state.ts';

function parse(query: string) {
	return parseViewState(new URLSearchParams(query));
}

describe('parseViewState', () => {
	test('an empty query is the default view', () => {
		expect(parse('')).toEqual({ state: { filter: {}, interval: 'month' }, problems: [] });
	});

	test('reads the example URL of the issue', () => {
		const { state, problems } = parse(
			'sectors=academia,ngo&regions=PK-PB&themes=drugs&from=2022-01-01&to=2024-12-31'
		);
		expect(problems).toEqual([]);
		expect(state.filter).toEqual({
			sectors: ['academia', 'ngo'],
			regions: ['PK-PB'],
			themes: ['drugs'],
			from: '2022-01-01',
			to: '2024-12-31'
		});
	});

	test('reports a rejected list value by name and keeps the valid ones', () => {
		const { state, problems } = parse('sectors=academia,nope,ngo');
		expect(state.filter.sectors).toEqual(['academia', 'ngo']);
		expect(problems).toEqual([
			{ param: 'sectors', value: 'nope', message: 'Unknown sector "nope"' }
		]);
	});

	test('a list of only bad values leaves the field unset and reports each value', () => {
		const { state, problems } = parse('themes=x,y');
		expect(state.filter.themes).toBeUndefined();
		expect(problems.map((p) => p.value)).toEqual(['x', 'y']);
	});

	test('a bad date, alliance or interval is reported while the rest applies', () => {
		const { state, problems } = parse(
			'alliance=Pakistan&from=2024-13-01&sectors=media&interval=week'
		);
		expect(state).toEqual({ filter: { sectors: ['media'] }, interval: 'month' });
		expect(problems.map((p) => p.param)).toEqual(['alliance', 'from', 'interval']);
	});

	test('a reversed period keeps from, drops to and says why', () => {
		const { state, problems } = parse('from=2024-01-01&to=2023-01-01');
		expect(state.filter).toEqual({ from: '2024-01-01' });
		expect(problems).toEqual([
			{
				param: 'to',
				value: '2023-01-01',
				message: 'The period ends before it starts (to is earlier than from)'
			}
		]);
	});

	test('reads the open member panel and event page as ids', () => {
		expect(parse('member=12&event=7').state).toMatchObject({ member: 12, event: 7 });
	});

	test.each(['0', '-3', '1.5', 'abc', '99999999999999999999'])(
		'reports member=%s by name and keeps the rest of the view',
		(raw) => {
			const { state, problems } = parse(`sectors=ngo&member=${raw}`);
			expect(state.member).toBeUndefined();
			expect(state.filter.sectors).toEqual(['ngo']);
			expect(problems).toEqual([
				{ param: 'member', value: raw, message: 'Not an id (a positive whole number)' }
			]);
		}
	);

	test('reads the language and reports a value that is not a language tag', () => {
		expect(parse('lang=ur').state.lang).toBe('ur');
		expect(parse('lang=en-GB').state.lang).toBe('en-GB');
		const { state, problems } = parse('sectors=ngo&lang=<script>');
		expect(state).toEqual({ filter: { sectors: ['ngo'] }, interval: 'month' });
		expect(problems).toEqual([
			{ param: 'lang', value: '<script>', message: 'Not a language tag (like "en" or "ur")' }
		]);
	});

	test('reads the view of a brief and reports one that has no brief by name', () => {
		expect(parse('view=engagement').state.view).toBe('engagement');
		const { state, problems } = parse('sectors=ngo&view=admin');
		expect(state).toEqual({ filter: { sectors: ['ngo'] }, interval: 'month' });
		expect(problems).toEqual([
			{
				param: 'view',
				value: 'admin',
				message: 'Not a view with a brief (overview, alliance, engagement or review)'
			}
		]);
	});

	test('duplicates and blanks in a list are folded', () => {
		expect(parse('sectors=ngo,,ngo, academia').state.filter.sectors).toEqual(['ngo', 'academia']);
	});
});

describe('serializeViewState', () => {
	test('leaves out defaults and empty fields', () => {
		expect(serializeViewState({ filter: {}, interval: 'month' }).toString()).toBe('');
	});

	test('round-trips through parseViewState', () => {
		const state = {
			filter: { alliance: 'PAK', sectors: ['academia' as const, 'ngo' as const], to: '2024-12-31' },
			interval: 'quarter' as const,
			member: 4,
			event: 9,
			lang: 'ur',
			view: 'review' as const
		};
		const query = serializeViewState(state).toString();
		expect(decodeURIComponent(query)).toBe(
			'alliance=PAK&sectors=academia,ngo&to=2024-12-31&interval=quarter&member=4&event=9&lang=ur&view=review'
		);
		expect(parse(query)).toEqual({ state, problems: [] });
	});
});
