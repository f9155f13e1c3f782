import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import StackedArea from './StackedArea.svelte';

afterEach(() => i18n.use('en'));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const data = [
	{ month: '2022-01-01', counts: { ngo: 1, media: 0, youth: 0 } },
	{ month: '2022-02-01', counts: { ngo: 2, media: 1, youth: 0 } },
	{ month: '2022-03-01', counts: { ngo: 2, media: 2, youth: 0 } }
] as const;
type Datum = (typeof data)[number];
type Key = keyof Datum['counts'];

function draw(picked: string[] = []) {
	return render(StackedArea<Datum>, {
		data,
		keys: ['ngo', 'media', 'youth'],
		date: (d: Datum) => day(d.month),
		value: (d: Datum, key: string) => d.counts[key as Key],
		seriesLabel: (key: string) => key.toUpperCase(),
		colour: (key: string) => (key === 'ngo' ? '#0072B2' : '#8C82E5'),
		formatTick: (d: Date) => d.toISOString().slice(0, 7),
		formatPoint: (d: Date) => d.toISOString().slice(0, 7),
		milestones: [{ date: day('2022-02-01'), label: 'Pilot launch' }],
		width: 252,
		height: 132,
		labelledBy: 'title',
		describedBy: 'summary',
		onSelect: (key: string) => picked.push(key),
		selected: (key: string) => key === 'media'
	});
}

test('StackedArea draws a band per series with members, a legend, milestones and a time axis', () => {
	const { container, getByRole } = draw();
	const svg = getByRole('img');
	expect(svg.getAttribute('aria-labelledby')).toBe('title');
	expect(svg.getAttribute('aria-describedby')).toBe('summary');
	const bands = [...container.querySelectorAll('path.band')];
	expect(bands.map((b) => `${b.getAttribute('data-key')} ${b.getAttribute('fill')}`)).toEqual([
		'ngo #0072B2',
		'media #8C82E5'
	]);
	expect(bands[1]?.classList.contains('on')).toBe(true);
	const legend = getByRole('list', { name: 'Legend' });
	expect(legend.textContent.replace(/\s+/g, ' ').trim()).toBe('NGO ✓ MEDIA');
	expect(container.querySelector('.milestones text')?.textContent.trim()).toBe('Pilot launch');
	expect([...container.querySelectorAll('.axis text')].map((t) => t.textContent.trim())).toContain(
		'2022-02'
	);
});

test('one tab stop: arrows move between months and bands, the value is read out, Enter selects', async () => {
	const picked: string[] = [];
	const { container, getByRole } = draw(picked);
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	svg.focus();
	await fireEvent.focus(svg);
	const live = container.querySelector('[aria-live="polite"]');
	expect(live?.textContent).toBe('2022-03: MEDIA 2 of 4');
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	expect(live?.textContent).toBe('2022-03: NGO 2 of 4');
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	expect(live?.textContent).toBe('2022-01: NGO 1 of 1');
	expect(container.querySelector('.focus text')?.textContent).toBe('2022-01: NGO 1 of 1');
	await fireEvent.keyDown(svg, { key: 'Enter' });
	await fireEvent.keyDown(svg, { key: 'End' });
	await fireEvent.keyDown(svg, { key: 'ArrowUp' });
	await fireEvent.keyDown(svg, { key: ' ' });
	expect(picked).toEqual(['ngo', 'media']);
	await fireEvent.blur(svg);
	expect(container.querySelector('.focus')).toBeNull();
});

/** The dates of the time axis' ticks from left to right on screen. */
const datesOnScreen = (container: Element) =>
	[...container.querySelectorAll('[data-axis="time"] [data-date]')]
		.map((t) => ({ date: t.getAttribute('data-date'), x: Number(t.getAttribute('x')) }))
		.sort((a, b) => a.x - b.x)
		.map((t) => t.date);

test('in Urdu time runs right to left, the arrows follow the screen and the readout is Urdu', async () => {
	const english = datesOnScreen(draw().container);
	expect(english).toEqual(['2022-01-01', '2022-02-01', '2022-03-01']);
	document.body.innerHTML = '';
	await i18n.use('ur');
	const picked: string[] = [];
	const { container, getByRole } = draw(picked);
	expect(datesOnScreen(container)).toEqual([...english].reverse());
	expect(getByRole('list').getAttribute('aria-label')).toBe('علامات');
	const svg = getByRole('img');
	svg.focus();
	await fireEvent.focus(svg);
	const live = container.querySelector('[aria-live="polite"]');
	// The latest month is at the left; ArrowRight goes to the month on its right, the earlier one.
	expect(live?.textContent).toBe('2022-03 میں MEDIA: 4 میں سے 2');
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	expect(live?.textContent).toBe('2022-02 میں MEDIA: 3 میں سے 1');
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	expect(live?.textContent).toBe('2022-03 میں MEDIA: 4 میں سے 2');
});
