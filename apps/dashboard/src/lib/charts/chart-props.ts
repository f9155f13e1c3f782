/**
 * Props every chart shares: its size (measured by the parent) and the ids that name and
 * summarise its SVG.
 */
export interface ChartFrameProps {
	/** Width in pixels, measured by the parent. */
	width: number;
	/** Id of the element that names the chart. */
	labelledBy: string;
	/** Id of the element that summarises the chart. */
	describedBy?: string;
}

/**
 * Props of a chart whose marks can be selected: `onSelect` makes them interactive (one tab stop,
 * arrow keys between marks, Enter or a click selects), `selected` marks the ones in the filter.
 */
export interface SelectableChartProps<TMark> extends ChartFrameProps {
	/** Called with a clicked (or Enter-ed) mark; makes the marks interactive. @default undefined */
	onSelect?: ((mark: TMark) => void) | undefined;
	/** True for the marks in the filter. @default () => false */
	selected?: (mark: TMark) => boolean;
}
