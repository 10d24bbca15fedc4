/**
 * The load of `npm run bench:api`: autocannon for concurrent clients, a plain fetch loop for
 * one request after the other, and the percentiles of every response time either recorded.
 */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";

/**
 * Every response time of one run, in ms, and what went wrong.
 * @typedef {{ times: number[], seconds: number, failed: number, bytes: number }} Run
 * @typedef {{ requests: number, perSecond: number, p50: number, p95: number, p99: number, max: number, failed: number, bytes: number }} Figures
 */

/**
 * Sends GET `paths` from `connections` clients for `seconds`, each client cycling through the
 * paths and sending its next request as soon as the last one is answered (a closed loop).
 * Every response time is kept, since autocannon's own histogram has p90 and p97.5 but no p95.
 * @param {string} url
 * @param {string} token
 * @param {string[]} paths
 * @param {{ connections: number, seconds: number }} load
 * @returns {Promise<Run>}
 */
export async function loadTest(url, token, paths, { connections, seconds }) {
	/** @type {number[]} */
	const times = [];
	let failed = 0;
	const instance = autocannon({
		url,
		connections,
		duration: seconds,
		headers: { authorization: `Bearer ${token}` },
		requests: paths.map((path) => ({ method: "GET", path })),
	});
	instance.on(
		"response",
		(
			/** @type {unknown} */ _client,
			/** @type {number} */ status,
			/** @type {number} */ _bytes,
			/** @type {number} */ ms,
		) => {
			times.push(ms);
			if (status < 200 || status > 299) failed++;
		},
	);
	const result = await instance;
	return {
		times,
		seconds: result.duration,
		failed: failed + result.errors + result.timeouts,
		bytes: times.length > 0 ? result.throughput.total / times.length : 0,
	};
}

/**
 * GETs `paths` one after the other, each timed until its whole body has arrived.
 * @param {string} url
 * @param {string} token
 * @param {string[]} paths
 * @returns {Promise<Run>}
 */
export async function sequentialTest(url, token, paths) {
	/** @type {number[]} */
	const times = [];
	let failed = 0;
	let bytes = 0;
	const started = performance.now();
	for (const path of paths) {
		const sent = performance.now();
		const response = await fetch(`${url}${path}`, {
			headers: { authorization: `Bearer ${token}` },
		});
		bytes += (await response.arrayBuffer()).byteLength;
		times.push(performance.now() - sent);
		if (!response.ok) failed++;
	}
	return {
		times,
		seconds: (performance.now() - started) / 1000,
		failed,
		bytes: paths.length > 0 ? bytes / paths.length : 0,
	};
}

/** The value that `share` of the sorted values do not exceed (nearest rank). */
function percentile(/** @type {number[]} */ sorted, /** @type {number} */ share) {
	return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * @param {Run} run
 * @returns {Figures}
 */
export function summarise({ times, seconds, failed, bytes }) {
	const sorted = [...times].sort((a, b) => a - b);
	return {
		requests: times.length,
		perSecond: times.length / seconds,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		max: sorted.at(-1) ?? Number.NaN,
		failed,
		bytes,
	};
}
