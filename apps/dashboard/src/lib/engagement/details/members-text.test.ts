import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import { membersResult } from './details-fixtures.ts';
import { engagementCounts, lastEventText, membersFinding } from './members-text.ts';

describe('members text', () => {
	afterEach(() => i18n.use('en'));

	test('the finding names the most engaged member and the inactive share', () => {
		expect(membersFinding(membersResult)).toBe(
			'Centre for Governance Research is the most engaged member, with 14 events; 12 of the 52 members took part in no event between 31 Dec 2023 and 31 Dec 2024.'
		);
	});

	test('no member engaged, or no member at all', () => {
		const idle = { ...membersResult, most: [{ ...membersResult.most[0], events: 0 }] };
		expect(membersFinding(idle as typeof membersResult)).toBe(
			'No member took part in a matching event; 12 of the 52 members took part in no event between 31 Dec 2023 and 31 Dec 2024.'
		);
		expect(membersFinding({ ...membersResult, members: 0 })).toBe('No members match this filter.');
	});

	test('counts and the last event in words', () => {
		expect(engagementCounts({ events: 1, participants: 1 })).toBe('1 event · 1 participant');
		expect(engagementCounts({ events: 14, participants: 2000 })).toBe(
			'14 events · 2,000 participants'
		);
		expect(lastEventText(null)).toBe('Never took part in an event');
		expect(lastEventText('2024-03-03')).toBe('Last event 3 Mar 2024');
	});

	test('in Urdu: the finding, counts and last event in Urdu word order', async () => {
		await i18n.use('ur');
		expect(membersFinding(membersResult)).toBe(
			'Centre for Governance Research سب سے زیادہ سرگرم رکن ہے، 14 تقریبات کے ساتھ؛ 52 اراکین میں سے 12 نے 31 دسمبر، 2023 اور 31 دسمبر، 2024 کے درمیان کسی تقریب میں حصہ نہیں لیا۔'
		);
		expect(engagementCounts({ events: 1, participants: 2 })).toBe('1 تقریب · 2 شرکاء');
		expect(lastEventText(null)).toBe('کبھی کسی تقریب میں حصہ نہیں لیا');
	});
});
