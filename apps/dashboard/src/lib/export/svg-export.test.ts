import { describe, expect, test } from 'vitest';
import { inlineStyles, standaloneSvg } from './svg-export.ts';

function chart(html: string): SVGSVGElement {
	document.body.innerHTML = `<style>.bar { fill: rgb(0, 114, 178); stroke-width: 2px; }</style>${html}`;
	const svg = document.querySelector('svg');
	if (!svg) throw new Error('no svg');
	return svg;
}

describe('inlineStyles', () => {
	test('writes the computed fill as an attribute and drops the class', () => {
		const svg = chart(
			'<svg width="100" height="50"><rect class="bar" width="10" height="5"/></svg>'
		);
		const rect = inlineStyles(svg).querySelector('rect');
		expect(rect?.getAttribute('fill')).toBe('rgb(0, 114, 178)');
		expect(rect?.hasAttribute('class')).toBe(false);
		// The page's own SVG is untouched.
		expect(svg.querySelector('rect')?.getAttribute('class')).toBe('bar');
	});
});

describe('standaloneSvg', () => {
	test('stacks several charts into one parseable document with a title and background', () => {
		const svgs = [
			chart('<svg width="100" height="50"><rect class="bar" width="10" height="5"/></svg>'),
			document.createElementNS('http://www.w3.org/2000/svg', 'svg')
		];
		svgs[1]?.setAttribute('width', '80');
		svgs[1]?.setAttribute('height', '30');
		const out = standaloneSvg(svgs, { title: 'Chart', background: '#fff' });
		expect(out).toMatchObject({ width: 100, height: 96 });
		const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
		expect(doc.documentElement.nodeName).toBe('svg');
		expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(doc.querySelector('title')?.textContent).toBe('Chart');
		const nested = [...doc.documentElement.children].filter((c) => c.nodeName === 'svg');
		expect(nested.map((s) => s.getAttribute('y'))).toEqual(['0', '66']);
	});
});

describe('direction', () => {
	test('a right-to-left chart carries direction="rtl" on its copy and on the document', () => {
		document.body.innerHTML =
			'<div dir="rtl"><svg width="100" height="50"><text text-anchor="start">۱</text></svg></div>';
		const svg = document.querySelector('svg');
		if (!svg) throw new Error('no svg');
		expect(inlineStyles(svg).getAttribute('direction')).toBe('rtl');
		const doc = new DOMParser().parseFromString(
			standaloneSvg([svg], { title: 'Chart', background: '#16191d' }).text,
			'image/svg+xml'
		);
		expect(doc.documentElement.getAttribute('direction')).toBe('rtl');
		expect(doc.querySelector('svg > svg')?.getAttribute('direction')).toBe('rtl');
		expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#16191d');
	});

	test('a left-to-right chart says so', () => {
		const svg = chart(
			'<svg width="100" height="50"><rect class="bar" width="10" height="5"/></svg>'
		);
		expect(inlineStyles(svg).getAttribute('direction')).toBe('ltr');
	});
});
