/**
 * Student's t distribution, for the 95% intervals of the analysis (docs/analysis.md). The
 * distribution function is the regularized incomplete beta function,
 * P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2), evaluated by its continued fraction (Numerical Recipes,
 * 3rd ed., §6.4, with Lentz's method); the quantile inverts it by bisection, so any positive
 * degrees of freedom work, whole (a line's n − 2) or not (Welch–Satterthwaite).
 */

// Lanczos' approximation (g = 7, 9 terms), good to about 15 significant digits.
const lanczos = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = lanczos[0] ?? 1;
	for (let index = 1; index < lanczos.length; index++) sum += (lanczos[index] ?? 0) / (z + index);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const tiny = 1e-300;

/** The continued fraction of the incomplete beta function (modified Lentz), for x < (a+1)/(a+b+2). */
function betaFraction(x: number, a: number, b: number): number {
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let fraction = d;
	for (let m = 1; m <= 1000; m++) {
		const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 + even * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + even / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		fraction *= d * c;
		const odd = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
		d = 1 + odd * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + odd / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const step = d * c;
		fraction *= step;
		if (Math.abs(step - 1) < 1e-15) break;
	}
	return fraction;
}

/** The regularized incomplete beta function I_x(a, b), for x in [0, 1] and a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
	);
	return x < (a + 1) / (a + b + 2)
		? (front * betaFraction(x, a, b)) / a
		: 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
	const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
	return t >= 0 ? 1 - tail : tail;
}

/**
 * The t with P(T ≤ t) = p, for p in (0, 1) and `df` > 0: accurate to about 1e-10 (bisection
 * on the distribution function down to the float's resolution). 12.706 for df 1, 1.960 as df grows.
 */
export function studentTQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1) || !(df > 0)) {
		throw new RangeError(`studentTQuantile needs 0 < p < 1 and df > 0, not p ${p}, df ${df}`);
	}
	if (p < 0.5) return -studentTQuantile(1 - p, df);
	if (p === 0.5) return 0;
	let low = 0;
	let high = 1;
	while (studentTCdf(high, df) < p) {
		low = high;
		high *= 2;
	}
	for (let step = 0; step < 200 && high - low > 1e-12 * high; step++) {
		const middle = (low + high) / 2;
		if (studentTCdf(middle, df) < p) low = middle;
		else high = middle;
	}
	return (low + high) / 2;
}

const t975 = new Map<number, number>();

/** The two-sided 95% critical value t(0.975, df), memoized (a band asks for it 20 times). */
export function t95(df: number): number {
	let value = t975.get(df);
	if (value === undefined) {
		value = studentTQuantile(0.975, df);
		t975.set(df, value);
	}
	return value;
}
