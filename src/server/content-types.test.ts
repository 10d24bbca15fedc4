import { describe, expect, it } from "vitest";
import { useHarness } from "../../test/fixtures/api.ts";
import { yamlAliasBomb } from "../../test/fixtures/hostile.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";

// PostgreSQL refuses text that SQLite stores (a NUL character), so both databases are tried.
describe.each(storeTargets)("hostile bodies get one clear 400 problem ($name)", (target) => {
	const harness = useHarness(target);
	const it_ = it.skipIf(!target.available);
	const plan = "/api/v1/institutions/test-vc/plan";

	it_("refuses a YAML plan whose aliases expand into too much data (billion laughs)", async () => {
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

	it_("refuses a merge patch nested 10,000 deep and leaves the offering as it was", async () => {
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

	it_(
		"refuses a NUL character in a body, a sign-in or an address, on either database",
		async () => {
			const manager = await harness.as("manager");
			const offering = await manager.request("GET", "/api/v1/offerings/mig-welding");
			const note = await manager.request(
				"PATCH",
				"/api/v1/offerings/mig-welding/milestones/budget-approved",
				{
					body: { note: "approved\u0000" },
					ifMatch: offering.headers.etag as string,
				},
			);
			expect(note.statusCode).toBe(400);
			expect(note.json().errors).toEqual([
				{ path: "note", message: "holds a NUL character (U+0000), which text cannot hold" },
			]);
			const signIn = await harness.anonymous.request("POST", "/api/v1/session", {
				body: { email: "a\u0000@test.ee", password: "whatever it is" },
			});
			expect(signIn.statusCode).toBe(400);
			const address = await manager.request("GET", "/api/v1/offerings/a%00b");
			expect(address.statusCode).toBe(400);
			expect(address.json().detail).toBe("the address holds a NUL character (%00)");
			const form = await harness.app.inject({
				method: "POST",
				url: "/en/courses/test-vc/mig-welding/interest",
				payload: "name=A%00B&email=a%40example.ee&consent=yes",
				headers: { "content-type": "application/x-www-form-urlencoded" },
			});
			expect(form.statusCode).toBe(400);
		},
	);

	it_("refuses a body that is not UTF-8 instead of storing replacement characters", async () => {
		const manager = await harness.as("manager");
		const offering = await manager.request("GET", "/api/v1/offerings/mig-welding");
		const response = await manager.request("PATCH", "/api/v1/offerings/mig-welding", {
			payload: Buffer.concat([
				Buffer.from('{"location": "Caf'),
				Buffer.from([0xe9]),
				Buffer.from('"}'),
			]),
			headers: { "content-type": "application/merge-patch+json" },
			ifMatch: offering.headers.etag as string,
		});
		expect(response.statusCode).toBe(400);
		expect(response.json().detail).toBe("the body is not UTF-8 text: send it encoded as UTF-8");
		expect((await manager.request("GET", "/api/v1/offerings/mig-welding")).json().location).toBe(
			offering.json().location,
		);
	});
});
