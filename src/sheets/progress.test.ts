import { describe, expect, it } from "vitest";
import { progressBar } from "./progress.ts";

describe("progressBar", () => {
	it.each([
		[0, 10_000, 10, "[----------] 0% 0/10,000 rows"],
		[5_000, 10_000, 10, "[#####-----] 50% 5,000/10,000 rows"],
		[9_999, 10_000, 10, "[#########-] 99% 9,999/10,000 rows"],
		[10_000, 10_000, 10, "[##########] 100% 10,000/10,000 rows"],
		[1, 3, 6, "[##----] 33% 1/3 rows"],
		[12, 10, 4, "[####] 100% 10/10 rows"],
		[0, 0, 4, "[####] 100% 0/0 rows"],
	])("%i of %i in %i cells", (done, total, width, bar) => {
		expect(progressBar(done, total, width)).toBe(bar);
	});
});
