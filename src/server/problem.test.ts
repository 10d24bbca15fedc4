import { describe, expect, it } from "vitest";
import { useHarness } from "../../test/fixtures/api.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { buildApp } from "./app.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("bad requests get a clear 4xx problem ($name)", (target) => {
	const harness = useHarness(target);
	const plan = "/api/v1/institutions/test-vc/plan";

	async function put(payload: string, contentType: string) {
		const manager = await harness.as("manager");
		const { etag } = (await manager.request("GET", plan)).headers;
		return manager.request("PUT", plan, {
			payload,
			headers: { "content-type": contentType },
			ifMatch: etag as string,
		});
	}

	it("answers malformed JSON with 400 and the line and column", async () => {
		const response = await put('{\n  "version": 1,\n  "institution": }', "application/json");
		expect(response.statusCode).toBe(400);
		expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
		expect(response.json()).toMatchObject({
			status: 400,
			code: "bad_request",
			errors: [{ path: "(body)", message: "line 3, column 18: not valid JSON: value expected" }],
		});
	});

	it("answers malformed YAML with 400 and the line and column", async () => {
		const response = await put("version: 1\ninstitution: [a, b\nintakes: []\n", "application/yaml");
		expect(response.statusCode).toBe(400);
		expect(response.json().errors[0].message).toMatch(/^line 3, column 1: not valid YAML/);
	});

	it("answers an empty body and an unknown content type with 4xx", async () => {
		expect((await put("", "application/json")).statusCode).toBe(400);
		const xml = await put("<plan/>", "application/xml");
		expect(xml.statusCode).toBe(415);
		expect(xml.json().code).toBe("unsupported_media_type");
	});

	it("answers an unknown address with a 404 problem", async () => {
		const response = await harness.anonymous.request("GET", "/api/v1/nothing-here");
		expect(response.statusCode).toBe(404);
		expect(response.json()).toMatchObject({ code: "not_found", instance: "/api/v1/nothing-here" });
	});

	it("answers a body over the limit with 413", async () => {
		const small = await buildApp({ context: harness.context, bodyLimit: 1024 });
		const response = await small.inject({
			method: "POST",
			url: "/api/v1/session",
			payload: { email: "x".repeat(2000), password: "y" },
		});
		expect(response.statusCode).toBe(413);
		expect(response.json().code).toBe("payload_too_large");
		await small.close();
	});

	it("never shows a stack trace", async () => {
		const response = await put(
			'{"version": 1, "institution": {"id": "test-vc"}}',
			"application/json",
		);
		expect(response.statusCode).toBe(400);
		expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
	});

	it("logs an unexpected error, without secrets, even when requests are not logged", async () => {
		const lines: string[] = [];
		const broken = await target.open();
		const app = await buildApp({
			context: { ...harness.context, store: broken },
			log: { stream: { write: (line) => void lines.push(line) } },
		});
		// A database that is gone fails every query: a bug, not bad input.
		await broken.close();
		const response = await app.inject({
			method: "GET",
			url: "/api/v1/institutions",
			headers: { cookie: "kairos_session=secret-session-token", "x-csrf-token": "secret-csrf" },
		});
		await app.close();
		expect(response.statusCode).toBe(500);
		expect(response.json()).toMatchObject({
			code: "internal_error",
			detail: `something went wrong on the server; it is logged with the request id ${JSON.parse(lines[0] ?? "{}").reqId}`,
		});
		expect(lines).toHaveLength(1);
		const logged = JSON.parse(lines[0] ?? "{}");
		expect(logged).toMatchObject({ level: 50, msg: "unexpected error" });
		expect(logged.err.message).toBeTruthy();
		expect(lines.join("")).not.toContain("secret-session-token");
		expect(lines.join("")).not.toContain("secret-csrf");
	});
});
