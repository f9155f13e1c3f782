/**
 * A chart's `<svg>` as a file that stands alone: a copy with the computed styles written as
 * attributes (no stylesheet needed: the theme's colours are resolved), the writing direction set
 * on each chart (text anchors of a right-to-left chart depend on it), the namespaces set and
 * several SVGs (small multiples) stacked into one. Then as a PNG: the SVG drawn on a canvas.
 */
const styled = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;

const ns = 'http://www.w3.org/2000/svg';

/**
 * Copies `source` with each element's computed style (those in `styled`) as attributes, and its
 * writing direction on the copy's root (inherited by every element in it).
 */
export function inlineStyles(source: SVGSVGElement, view: Window = window): SVGSVGElement {
	const copy = source.cloneNode(true) as SVGSVGElement;
	const from = [source, ...source.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((element, i) => {
		const target = to[i];
		if (!target) return;
		const style = view.getComputedStyle(element);
		for (const property of styled) {
			const value = style.getPropertyValue(property);
			if (value && value !== 'auto' && value !== 'normal') target.setAttribute(property, value);
		}
		target.removeAttribute('class');
	});
	copy.setAttribute('direction', directionOf(source, view));
	return copy;
}

/** `rtl` when `element` is laid out right to left (its computed style, else the closest `dir`). */
function directionOf(element: Element, view: Window): 'ltr' | 'rtl' {
	const computed = view.getComputedStyle(element).direction;
	if (computed === 'rtl' || computed === 'ltr') return computed;
	return element.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Width and height of an exported `<svg>` (its attributes, else its box). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
	const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
	return { width, height };
}

/** One standalone SVG document from the charts of a card, stacked top to bottom. */
export function standaloneSvg(
	svgs: readonly SVGSVGElement[],
	options: { title: string; background: string; view?: Window }
): { text: string; width: number; height: number } {
	const doc = svgs[0]?.ownerDocument ?? document;
	const root = doc.createElementNS(ns, 'svg');
	const title = doc.createElementNS(ns, 'title');
	title.textContent = options.title;
	root.append(title);
	let y = 0;
	let width = 0;
	for (const svg of svgs) {
		const size = sizeOf(svg);
		const copy = inlineStyles(svg, options.view);
		copy.setAttribute('x', '0');
		copy.setAttribute('y', String(y));
		copy.setAttribute('width', String(size.width));
		copy.setAttribute('height', String(size.height));
		root.append(copy);
		y += size.height + 16;
		width = Math.max(width, size.width);
	}
	const height = Math.max(0, y - 16);
	const background = doc.createElementNS(ns, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', options.background);
	title.after(background);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.setAttribute('font-family', 'system-ui, sans-serif');
	const [first] = svgs;
	root.setAttribute('direction', first ? directionOf(first, options.view ?? window) : 'ltr');
	const text = new XMLSerializer().serializeToString(root);
	return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

/** Draws an SVG document on a canvas at `scale` and resolves with the PNG. */
export async function svgToPng(
	svg: { text: string; width: number; height: number },
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(svg.width * scale);
		canvas.height = Math.ceil(svg.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png');
		});
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves `blob` as `name` through a temporary `<a download>` link. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
