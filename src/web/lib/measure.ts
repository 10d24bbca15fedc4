/**
 * Named User Timing measures of the app's costly steps, so `npm run bench:web` can read them
 * with `performance.getEntriesByName(name)` in the browser. Nothing else reads them.
 */
export type MeasureName = "kairos:report" | "kairos:timing-map";

// A long session measures often: the oldest measures are dropped, so the timeline stays small.
const kept = 100;

/** Records a measure `name` from `start` (a `performance.now()` reading) until now. */
export function measureSince(name: MeasureName, start: number): void {
	if (typeof performance === "undefined" || typeof performance.measure !== "function") return;
	if (performance.getEntriesByName(name, "measure").length >= kept) performance.clearMeasures(name);
	performance.measure(name, { start, end: performance.now() });
}

/** Runs `work` and records how long it took as the measure `name`. */
export function measured<T>(name: MeasureName, work: () => T): T {
	const start = performance.now();
	const result = work();
	measureSince(name, start);
	return result;
}
