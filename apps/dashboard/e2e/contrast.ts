// Contrast checks for the end-to-end specs: WCAG relative luminance of computed colours, and the
// colour an element is drawn on (the last filled shape under it, else the nearest background).
import type { Page } from '@playwright/test';

/** A low contrast found on the page: what, where, and the ratio. */
export interface LowContrast {
	what: string;
	colour: string;
	against: string;
	ratio: number;
}

/**
 * Text in the charts under 4.5:1 and data marks (shapes with a `fill` from the palette) under
 * 3:1 against what they are drawn on, for every `figure` on the page.
 */
export function lowContrasts(page: Page): Promise<LowContrast[]> {
	return page.evaluate(() => {
		const parse = (c: string): [number, number, number, number] | null => {
			const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(c);
			return m
				? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
				: null;
		};
		const luminance = ([r, g, b]: number[]) => {
			const lin = (v: number) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
		};
		const ratio = (a: number[], b: number[]) => {
			const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
			return (l1 + 0.05) / (l2 + 0.05);
		};
		const backgroundOf = (el: Element): string => {
			for (let e: Element | null = el; e; e = e.parentElement) {
				const bg = getComputedStyle(e).backgroundColor;
				const rgba = parse(bg);
				if (rgba && rgba[3] > 0.5) return bg;
			}
			return getComputedStyle(document.documentElement).backgroundColor;
		};
		/**
		 * The filled shape painted last under the middle of `el` (for text on a bar, cell or tile),
		 * if any: a shape before it in the SVG whose box holds that point. Geometry, not hit
		 * testing, so that text scrolled out of the viewport is checked too.
		 */
		const shapeUnder = (el: Element): string | null => {
			const box = el.getBoundingClientRect();
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			let fill: string | null = null;
			for (const shape of el.closest('svg')?.querySelectorAll('rect, path, circle') ?? []) {
				if (!(shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
				const b = shape.getBoundingClientRect();
				if (x < b.left || x > b.right || y < b.top || y > b.bottom) continue;
				const style = getComputedStyle(shape);
				const rgba = parse(style.fill);
				if (rgba && rgba[3] > 0.5 && Number(style.fillOpacity) > 0.5) fill = style.fill;
			}
			return fill;
		};
		const found: { what: string; colour: string; against: string; ratio: number }[] = [];
		for (const figure of document.querySelectorAll('figure')) {
			const name = figure.querySelector('figcaption h2, h2, h3')?.textContent?.trim() ?? '?';
			for (const text of figure.querySelectorAll('svg text')) {
				const box = text.getBoundingClientRect();
				if (box.width === 0 || !text.textContent?.trim()) continue;
				const style = getComputedStyle(text);
				if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
				const colour = style.fill;
				// A halo (a stroke painted under the fill, 2 px or wider) is what the letters stand on.
				const halo =
					style.paintOrder.startsWith('stroke') &&
					parseFloat(style.strokeWidth) >= 2 &&
					(parse(style.stroke)?.[3] ?? 0) > 0.5
						? style.stroke
						: null;
				const against = halo ?? shapeUnder(text) ?? backgroundOf(figure);
				const [c, a] = [parse(colour), parse(against)];
				if (!c || !a) continue;
				const r = ratio(c, a);
				if (r < 4.5)
					found.push({
						what: `${name}: text "${text.textContent.trim()}"`,
						colour,
						against,
						ratio: r
					});
			}
			const background = backgroundOf(figure);
			for (const mark of figure.querySelectorAll('svg[role="img"] :is(rect, path, circle)[fill]')) {
				const fill = getComputedStyle(mark).fill;
				const [c, a] = [parse(fill), parse(background)];
				if (!c || !a || c[3] < 0.5 || mark.getBoundingClientRect().width === 0) continue;
				const r = ratio(c, a);
				if (r < 3)
					found.push({
						what: `${name}: mark ${mark.tagName}`,
						colour: fill,
						against: background,
						ratio: r
					});
			}
		}
		return found.map((f) => ({ ...f, ratio: Math.round(f.ratio * 100) / 100 }));
	});
}
