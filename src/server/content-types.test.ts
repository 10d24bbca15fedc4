import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../test/fixtures/api.ts";
import { yamlAliasBomb } from "../../test/fixtures/hostile.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";

// Bodies are parsed before any database work, so one database kind is enough.
const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("hostile bodies get one clear 400 problem ($name)", (target) => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await createHarness(target);
	});
	afterAll(async () => {
		await harness?.close();
	});
	const plan = "/api/v1/institutions/test-vc/plan";

	it("refuses a YAML plan whose aliases expand into too much data (billion laughs)", async () => {
		const manager = await harness.as("manager");
		const { etag } = (await manager.request("GET", plan)).headers;
		const response = await manager.request("PUT", plan, {
			payload: yamlAliasBomb(),
			headers: { "content-type": "application/yaml" },
			ifMatch: etag as string,
		});
		expect(response.statusCode).toBe(400);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(response.json()).toMatchObject({
			code: "bad_request",
			detail: "the body cannot be read as YAML",
			errors: [
				{
					path: "(body)",
					message:
						"line 2, column 8: the YAML aliases, from *a here on, expand into too much data: write the repeated values out instead",
				},
			],
		});
	});

	it("refuses a merge patch nested 10,000 deep and leaves the offering as it was", async () => {
		const marketing = await harness.as("marketing");
		const url = "/api/v1/institutions/test-vc/offerings/mig-welding";
		const before = await marketing.request("GET", url);
		const response = await marketing.request("PATCH", url, {
			payload: `{"title": ${'{"x": '.repeat(10_000)}1${"}".repeat(10_000)}}`,
			headers: { "content-type": "application/merge-patch+json" },
			ifMatch: before.headers.etag as string,
		});
		expect(response.statusCode).toBe(400);
		expect(response.json()).toMatchObject({
			code: "bad_request",
			errors: [
				{
					path: "(body)",
					message: `nested deeper than 32 levels at title${".x".repeat(31)}`,
				},
			],
		});
		expect((await marketing.request("GET", url)).body).toBe(before.body);
	});
});
