import { describe, expect, it } from "vitest";
import { loggerOptions } from "./logging.ts";

/** The address a request is logged with. */
function loggedUrl(url: string): string {
	const serializers = loggerOptions().serializers as {
		req: (request: { method: string; url: string; ip: string }) => { url: string };
	};
	return serializers.req({ method: "GET", url, ip: "192.0.2.1" }).url;
}

describe("the request log", () => {
	it("keeps no secret of an address, whatever link carries it", () => {
		expect(loggedUrl("/et/confirm/abc?x=1")).toBe("/et/confirm/[token]?x=1");
		expect(loggedUrl("/en/unsubscribe/abc")).toBe("/en/unsubscribe/[token]");
		expect(loggedUrl("/en/my-data/abc")).toBe("/en/my-data/[token]");
		expect(loggedUrl("/et/digests/opt-out/payload.sig")).toBe("/et/digests/opt-out/[token]");
		expect(loggedUrl("/et/digests/opt-in/payload.sig")).toBe("/et/digests/opt-in/[token]");
		expect(loggedUrl("/api/v1/invitations/secret")).toBe("/api/v1/invitations/[token]");
		expect(loggedUrl("/feeds/tasks/secret.ics")).toBe("/feeds/tasks/[token]");
		expect(loggedUrl("/en/courses/emajoe-vc/pastry")).toBe("/en/courses/emajoe-vc/pastry");
	});
});
