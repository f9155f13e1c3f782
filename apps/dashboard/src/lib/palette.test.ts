import { describe, expect, test } from 'vitest';
import {
	eventTypeColours,
	neutralBarColour,
	progressColour,
	reviewColours,
	sectorColours,
	sideColours
} from './palette.ts';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The chart surfaces: light, and dark (app.css's `--surface` in the dark theme). */
const backgrounds = { light: '#ffffff', dark: '#16191d' };

describe.each([
	['sector', sectorColours],
	['event type', eventTypeColours],
	['side', sideColours],
	['neutral bar', { neutral: neutralBarColour }],
	['progress', { completed: progressColour }]
])('%s colours', (_name, colours) => {
	const entries = Object.entries(colours);

	test.each(entries)(
		'%s (%s) has 3:1 contrast against light and dark backgrounds',
		(_code, hex) => {
			expect(contrast(hex, backgrounds.light)).toBeGreaterThanOrEqual(3);
			expect(contrast(hex, backgrounds.dark)).toBeGreaterThanOrEqual(3);
		}
	);

	test('no two codes share a colour', () => {
		expect(new Set(entries.map(([, hex]) => hex.toLowerCase())).size).toBe(entries.length);
	});
});

// Planned and in progress share a blue on purpose (a dashed line and a solid bar), so only contrast.
test.each(Object.entries(reviewColours))(
	'review timeline %s (%s) has 3:1 contrast against light and dark backgrounds',
	(_name, hex) => {
		expect(contrast(hex, backgrounds.light)).toBeGreaterThanOrEqual(3);
		expect(contrast(hex, backgrounds.dark)).toBeGreaterThanOrEqual(3);
	}
);
