/**
 * A share (at 4 decimals, as the report holds it) as a percentage with `decimals` decimals
 * (0 to 2): rounded to the nearest, but never up to a whole percent, so a share below a rule's
 * whole-percent threshold never reads as the threshold itself: 0.7996 is 79.9% (or 79%), never
 * 80%, while 0.1176 stays 11.8% (docs/rules.md).
 */
export function sharePercent(share: number, decimals: number): number {
	const basisPoints = Math.round(share * 10_000);
	const step = 10 ** (2 - decimals);
	const scale = 10 ** decimals;
	const nearest = Math.round(basisPoints / step) / scale;
	const wholePercent = Math.floor(basisPoints / 100);
	return Math.floor(nearest) > wholePercent ? Math.floor(basisPoints / step) / scale : nearest;
}
