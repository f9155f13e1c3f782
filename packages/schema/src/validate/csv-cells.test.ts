import { describe, expect, test } from 'vitest';
import { EngagementEvent } from '../engagement-event.ts';
import { cellKind, cellValue } from './csv-cells.ts';

const { shape } = EngagementEvent;

describe('cellValue converts a CSV cell by the type of its field', () => {
	test.each([
		['id', '12', 12],
		['participantsReported', '', null],
		['participantsReported', 'many', 'many'],
		['synthetic', 'true', true],
		['synthetic', 'yes', 'yes'],
		['clusters', '1;3', [1, 3]],
		['themes', 'drugs; fraud;', ['drugs', 'fraud']],
		['themes', '', []],
		['title', ' 42 ', ' 42 '],
		['startDate', '', undefined]
	] as const)('%s: %j → %j', (field, cell, value) => {
		expect(cellValue(cell, cellKind(shape[field]))).toEqual(value);
	});
});
