import type { Interval } from "./statistics.ts";
import { t95 } from "./student-t.ts";

export interface Point {
	x: number;
	y: number;
}

/**
 * A least-squares line y = intercept + slope·x with what its intervals need: the mean and the
 * spread Sxx = Σ(x − x̄)² of the x values, the residual standard deviation
 * s = √(Σ residual² ÷ (n − 2)) and t = t(0.975, n − 2).
 */
export interface Line {
	n: number;
	slope: number;
	intercept: number;
	/** The slope's 95% interval, slope ± t·s/√Sxx. */
	slopeLow: number;
	slopeHigh: number;
	xMin: number;
	xMax: number;
	xMean: number;
	sxx: number;
	residualSd: number;
	t: number;
}

/** The fewest points a line is fitted to: with two, nothing is left to measure the scatter. */
export const minLinePoints = 3;

/** The least-squares line through the points; null below three points or when x does not vary. */
export function fitLine(points: readonly Point[]): Line | null {
	const n = points.length;
	if (n < minLinePoints) return null;
	const xs = points.map((point) => point.x);
	const xMin = Math.min(...xs);
	const xMax = Math.max(...xs);
	if (xMin === xMax) return null;
	const xMean = xs.reduce((total, x) => total + x, 0) / n;
	const yMean = points.reduce((total, point) => total + point.y, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (const { x, y } of points) {
		sxx += (x - xMean) ** 2;
		sxy += (x - xMean) * (y - yMean);
	}
	const slope = sxy / sxx;
	const intercept = yMean - slope * xMean;
	const squaredResiduals = points.reduce(
		(total, { x, y }) => total + (y - intercept - slope * x) ** 2,
		0,
	);
	const residualSd = Math.sqrt(squaredResiduals / (n - 2));
	const t = t95(n - 2);
	const half = (t * residualSd) / Math.sqrt(sxx);
	return {
		n,
		slope,
		intercept,
		slopeLow: slope - half,
		slopeHigh: slope + half,
		xMin,
		xMax,
		xMean,
		sxx,
		residualSd,
		t,
	};
}

/** The line at x, ± t·s·√(extra + 1/n + (x − x̄)²/Sxx). */
function around(line: Line, x: number, extra: number): Interval {
	const estimate = line.intercept + line.slope * x;
	const spread = extra + 1 / line.n + (x - line.xMean) ** 2 / line.sxx;
	const half = line.t * line.residualSd * Math.sqrt(spread);
	return { estimate, low: estimate - half, high: estimate + half };
}

/**
 * The line at x with the 95% confidence band of the line (of the mean y at x, not of a single
 * new point): fit ± t·s·√(1/n + (x − x̄)²/Sxx).
 */
export function lineAt(line: Line, x: number): Interval {
	return around(line, x, 0);
}

/**
 * The line at x with the 95% prediction interval of one new point there, which adds the
 * points' own scatter to the line's uncertainty: fit ± t·s·√(1 + 1/n + (x − x̄)²/Sxx).
 */
export function predictionAt(line: Line, x: number): Interval {
	return around(line, x, 1);
}
