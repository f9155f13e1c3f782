import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import StackedColumns from './StackedColumns.svelte';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const data = [
	{ start: '2022-01-01', end: '2023-01-01', counts: { workshop: 2, training: 1 } },
	{ start: '2023-01-01', end: '2024-01-01', counts: { workshop: 3, training: 0 } }
] as const;
type Datum = (typeof data)[number];

test('StackedColumns draws a segment per non-empty series and bucket, a legend and milestones', () => {
	const { container, getByRole } = render(StackedColumns<Datum>, {
		data,
		keys: ['workshop', 'training', 'launch'],
		start: (d: Datum) => day(d.start),
		end: (d: Datum) => day(d.end),
		value: (d: Datum, key: string) =>
			key === 'workshop' || key === 'training' ? d.counts[key] : 0,
		seriesLabel: (key: string) => key.toUpperCase(),
		colour: (key: string) => (key === 'workshop' ? '#E69F00' : '#009E73'),
		formatTick: (d: Date) => String(d.getUTCFullYear()),
		milestones: [{ date: day('2022-09-15'), label: 'Pilot launch' }],
		width: 436,
		height: 300,
		labelledBy: 'title',
		describedBy: 'summary'
	});
	expect(getByRole('img').getAttribute('aria-describedby')).toBe('summary');
	const rects = [...container.querySelectorAll('.marks rect')];
	expect(rects.map((r) => `${r.getAttribute('fill')} ${r.getAttribute('height')}`)).toEqual([
		'#E69F00 160',
		'#E69F00 240',
		'#009E73 80'
	]);
	const legend = getByRole('list', { name: 'Legend' });
	expect(legend.textContent.replace(/\s+/g, ' ').trim()).toBe('WORKSHOP TRAINING');
	expect(container.querySelector('.milestones text')?.textContent.trim()).toBe('Pilot launch');
	expect([...container.querySelectorAll('.axis text')].map((t) => t.textContent.trim())).toContain(
		'2023'
	);
});

test('with describe the chart is one tab stop: arrows move the focus and the readout, Enter selects', async () => {
	const picked: string[] = [];
	const { container, getByRole } = render(StackedColumns<Datum>, {
		data,
		keys: ['workshop', 'training'],
		start: (d: Datum) => day(d.start),
		end: (d: Datum) => day(d.end),
		value: (d: Datum, key: string) =>
			key === 'workshop' || key === 'training' ? d.counts[key] : 0,
		seriesLabel: (key: string) => key.toUpperCase(),
		colour: () => '#000000',
		formatTick: (d: Date) => String(d.getUTCFullYear()),
		width: 436,
		height: 300,
		labelledBy: 'title',
		describe: (d: Datum, key: string) => `${d.start.slice(0, 4)} ${key.toUpperCase()}`,
		onSelect: (key: string) => picked.push(key),
		selected: (key: string) => key === 'training'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	expect(getByRole('list', { name: 'Legend' }).textContent).toContain('✓ TRAINING');
	svg.focus();
	await fireEvent.focus(svg);
	expect(container.querySelector('rect.focus')).not.toBeNull();
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('2022 WORKSHOP');
	await fireEvent.keyDown(svg, { key: 'ArrowUp' });
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('2022 TRAINING');
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('2023 WORKSHOP');
	await fireEvent.keyDown(svg, { key: 'Enter' });
	const training = container.querySelector('rect[data-series="training"]');
	if (!training) throw new Error('no training segment');
	await fireEvent.click(training);
	expect(picked).toEqual(['workshop', 'training']);
});
