import type { LinearFit } from "../../model/analysis.ts";
import { fitLine, type Line, lineAt, type Point } from "./least-squares.ts";
import { excludesZero } from "./statistics.ts";

/** The fewest points a fit needs before it may be conclusive. */
export const minConclusivePoints = 5;

/** How many points of the band are given, evenly over [xMin, xMax]. */
export const bandPoints = 20;

/** A fitted line and its presentation: the line is kept for exact values at any x in its range. */
export interface Fit {
	line: Line;
	linear: LinearFit;
}

/**
 * The least-squares fit of the points as the analysis gives it: the line, the slope's 95%
 * interval, the band over [xMin, xMax], and `conclusive` only with at least five points and a
 * slope interval that excludes 0. Null below three points or when x does not vary.
 */
export function fitOf(points: readonly Point[]): Fit | null {
	const line = fitLine(points);
	if (!line) return null;
	const step = (line.xMax - line.xMin) / (bandPoints - 1);
	const band = Array.from({ length: bandPoints }, (_, index) => {
		const x = index === bandPoints - 1 ? line.xMax : line.xMin + index * step;
		const { estimate, low, high } = lineAt(line, x);
		return { x, fit: estimate, low, high };
	});
	return {
		line,
		linear: {
			n: line.n,
			slope: line.slope,
			intercept: line.intercept,
			slopeLow: line.slopeLow,
			slopeHigh: line.slopeHigh,
			xMin: line.xMin,
			xMax: line.xMax,
			band,
			conclusive:
				line.n >= minConclusivePoints && excludesZero({ low: line.slopeLow, high: line.slopeHigh }),
		},
	};
}
