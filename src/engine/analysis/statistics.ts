import type { MeanEstimate } from "../../model/analysis.ts";
import { t95 } from "./student-t.ts";

/** An estimate with its 95% interval. */
export interface Interval {
	estimate: number;
	low: number;
	high: number;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** Σ(v − mean)² ÷ (n − 1), the sample variance; for n ≥ 2. */
function sampleVariance(values: readonly number[], mean: number): number {
	return sum(values.map((value) => (value - mean) ** 2)) / (values.length - 1);
}

/**
 * The mean of shares (fill, coverage: each in [0, 1]) with its 95% Student-t interval,
 * mean ± t(0.975, n − 1)·s/√n, cut to [0, 1] where every share lies (a small group's interval
 * would otherwise run below 0% or above 100%); the mean is null without values, the interval
 * null with fewer than two (a single value says nothing of spread).
 */
export function meanEstimateOf(values: readonly number[]): MeanEstimate {
	const n = values.length;
	if (n === 0) return { n, mean: null, low: null, high: null };
	const mean = sum(values) / n;
	if (n < 2) return { n, mean, low: null, high: null };
	const half = t95(n - 1) * Math.sqrt(sampleVariance(values, mean) / n);
	return { n, mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}

/**
 * The difference of two means, mean(a) − mean(b), with its 95% interval by Welch's t (the two
 * groups' variances need not be equal), on the Welch–Satterthwaite degrees of freedom
 * (va/na + vb/nb)² ÷ ((va/na)²/(na − 1) + (vb/nb)²/(nb − 1)). Null when a group has fewer than
 * two values; when neither group varies at all, the interval is the estimate itself.
 */
export function welchDifference(a: readonly number[], b: readonly number[]): Interval | null {
	if (a.length < 2 || b.length < 2) return null;
	const meanA = sum(a) / a.length;
	const meanB = sum(b) / b.length;
	const estimate = meanA - meanB;
	const shareA = sampleVariance(a, meanA) / a.length;
	const shareB = sampleVariance(b, meanB) / b.length;
	const squaredError = shareA + shareB;
	if (squaredError === 0) return { estimate, low: estimate, high: estimate };
	const df = squaredError ** 2 / (shareA ** 2 / (a.length - 1) + shareB ** 2 / (b.length - 1));
	const half = t95(df) * Math.sqrt(squaredError);
	return { estimate, low: estimate - half, high: estimate + half };
}

/** The middle value, or the mean of the two middle ones; for at least one value. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? Number.NaN;
	return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Whether a 95% interval lies wholly on one side of 0: the data support a difference. */
export function excludesZero(interval: { low: number; high: number }): boolean {
	return interval.low > 0 || interval.high < 0;
}
