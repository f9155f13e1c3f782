import { describe, expect, test } from 'vitest';
import { instrumentsOf, TreatyStatus, treatyStatusList } from './treaty-status.ts';

describe('treaty status', () => {
	test('every row parses, one per country and instrument', () => {
		expect(treatyStatusList.map((t) => TreatyStatus.parse(t))).toHaveLength(8);
		const keys = treatyStatusList.map((t) => `${t.country} ${t.instrument}`);
		expect(new Set(keys).size).toBe(8);
	});

	test('Pakistan is party to UNTOC and the TIP Protocol only; Mexico to all four', () => {
		expect(instrumentsOf('PAK')).toEqual(['untoc', 'tip_protocol']);
		expect(instrumentsOf('MEX')).toHaveLength(4);
		expect(instrumentsOf('FRA')).toEqual([]);
	});

	test('unconfirmed facts are unverified and say why; no source means unverified', () => {
		const pak = (i: string) =>
			treatyStatusList.find((t) => t.country === 'PAK' && t.instrument === i);
		expect(pak('untoc')).toMatchObject({ consentOn: '2010-01-13', verified: false });
		expect(pak('tip_protocol')).toMatchObject({
			consentOn: '2022-11-01',
			consentPrecision: 'month'
		});
		expect(pak('som_protocol')).toMatchObject({ party: false, verified: false });
		for (const t of treatyStatusList) {
			if (t.sourceUrl === null) expect(t.verified).toBe(false);
			if (!t.verified) expect(t.note).not.toBeNull();
		}
	});
});
