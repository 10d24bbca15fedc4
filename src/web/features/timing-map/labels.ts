/**
 * Where a marker's label goes on an offering's row. Positions are fractions of the chart's
 * width; the label's own width is estimated for the narrowest chart, so it never comes out
 * wider than planned.
 */
export interface LabelPlacement {
	/** `before`: the label ends at `at`; `after`: it begins at `at`. */
	side: "before" | "after";
	at: number;
}

/** The narrowest the chart gets, in pixels; wider screens only give labels more room. */
export const minChartWidth = 720;

// An average glyph of the UI font is a little over half its size; a generous estimate.
const glyphWidth = 0.6;

/** A text's width as a fraction of the narrowest chart, at `fontSize` pixels. */
export function labelWidth(text: string, fontSize = 12): number {
	return (text.length * fontSize * glyphWidth) / minChartWidth;
}

/**
 * Places a label for the marker at `marker` on a row whose drawing reaches to `clearAfter`:
 * before the marker when it fits between the chart's start and the marker (the space a late
 * course left empty), else after the drawing when it fits there, else where it overlaps least,
 * kept inside the chart.
 */
export function placeLabel({
	marker,
	clearAfter,
	width,
	gap = 6 / minChartWidth,
}: {
	marker: number;
	clearAfter: number;
	width: number;
	gap?: number;
}): LabelPlacement {
	const before = marker - gap;
	if (before >= width) return { side: "before", at: before };
	const after = Math.max(clearAfter, marker) + gap;
	if (1 - after >= width) return { side: "after", at: after };
	return { side: "after", at: Math.max(0, Math.min(after, 1 - width)) };
}

/**
 * Places a label beside the line at `at`: after it when that overlaps none of the `taken`
 * stretches (such as the year labels of the axis) and stays inside the chart, else before it
 * under the same conditions, else after it, kept inside the chart.
 */
export function placeBeside({
	at,
	width,
	taken,
	gap = 4 / minChartWidth,
}: {
	at: number;
	width: number;
	taken: readonly { from: number; to: number }[];
	gap?: number;
}): LabelPlacement {
	const free = (from: number, to: number) =>
		from >= 0 && to <= 1 && taken.every((stretch) => to <= stretch.from || from >= stretch.to);
	if (free(at + gap, at + gap + width)) return { side: "after", at: at + gap };
	if (free(at - gap - width, at - gap)) return { side: "before", at: at - gap };
	return { side: "after", at: Math.max(0, Math.min(at + gap, 1 - width)) };
}
