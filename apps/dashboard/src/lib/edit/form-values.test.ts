import { describe, expect, it } from 'vitest';
import { eventKind, organisationKind } from './edit-kinds.ts';
import { differences, readable, shown, stored, toggled } from './form-values.ts';

const field = (kind: typeof eventKind, key: string) => {
	const found = kind.fields.find((f) => f.key === key);
	if (!found) throw new Error(key);
	return found;
};

describe('form values', () => {
	it('stores empty optional inputs as null and numbers as numbers', () => {
		expect(stored(field(eventKind, 'endDate'), '')).toBeNull();
		expect(stored(field(eventKind, 'title'), '')).toBe('');
		expect(stored(field(eventKind, 'participantsReported'), '12')).toBe(12);
		expect(stored(field(eventKind, 'alliance'), '')).toBeNull();
		expect(stored(field(eventKind, 'alliance'), 'MEX')).toBe('MEX');
		expect(shown(null)).toBe('');
	});

	it('toggles checkbox groups and reads values with labels', () => {
		expect(toggled(['drugs'], 'firearms', true)).toEqual(['drugs', 'firearms']);
		expect(toggled(['drugs', 'firearms'], 'drugs', false)).toEqual(['firearms']);
		expect(readable(field(organisationKind, 'sector'), 'legal')).toBe('Legal profession');
		expect(readable(field(organisationKind, 'public'), false)).toBe('No');
		expect(readable(field(eventKind, 'themes'), [])).toBe('—');
	});

	it('lists the fields on which two rows differ', () => {
		const mine = { ...organisationKind.blank(), name: 'Mine' };
		const theirs = { ...mine, name: 'Theirs', public: true };
		expect(differences(organisationKind.fields, theirs, mine).map((f) => f.key)).toEqual([
			'name',
			'public'
		]);
	});
});
