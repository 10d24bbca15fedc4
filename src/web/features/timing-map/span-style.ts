import type { CSSProperties } from "react";
import type { Span } from "./scale.ts";

/**
 * A span as the custom properties `--l` (left) and `--w` (width), fractions that
 * timing-map.css turns into positions. Set through the DOM, so the CSP needs no inline style.
 */
export function spanStyle(span: Span): CSSProperties {
	return { "--l": span.left, "--w": span.width } as CSSProperties;
}

/** A point as the custom property `--l`, a fraction of the chart's width. */
export function atStyle(at: number): CSSProperties {
	return { "--l": at } as CSSProperties;
}
