import { describe, expect, it } from "vitest";
import { useHarness } from "../../../test/fixtures/api.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import { optOutUrl } from "../../service/jobs/digest-opt-outs.ts";
import { digestOptOutsOf } from "../../store/digest-opt-out-repository.ts";

const sqlite = storeTargets.filter((target) => target.name === "sqlite");

describe.each(sqlite)("a digest's opt-out link ($name)", (target) => {
	const harness = useHarness(target);
	const kadri = { institutionId: "test-vc", personId: "kadri" };
	const optedOut = () => digestOptOutsOf(harness.store.db, "test-vc");
	/** The page's heading, text and button: what a reader sees of it. */
	const content = (body: string) => /<h1>[\s\S]*<\/form>|<h1>.*<\/h1>/.exec(body)?.[0];

	it("shows a button, stops the digests when pressed, and offers them back", async () => {
		const link = await optOutUrl(harness.context, "en", kadri);
		const path = link.replace("https://kursused.test.ee", "");
		const token = path.split("/").at(-1);
		const shown = await harness.app.inject({ method: "GET", url: path });
		expect(shown.statusCode).toBe(200);
		expect(content(shown.body)).toBe(
			`<h1>Stop the task digests</h1><p>Press the button and Kairos will send you neither the Monday digest of your tasks nor the mail on the day one falls overdue.</p>
<form method="post" action="${path}"><button type="submit">Stop the digests</button></form>`,
		);
		expect(await optedOut()).toEqual(new Set());

		const stopped = await harness.app.inject({ method: "POST", url: path });
		expect(stopped.statusCode).toBe(200);
		expect(content(stopped.body)).toBe(
			`<h1>You will get no more digests</h1><p>Your tasks stay in the staff app. You can have the digests again here, or on its Tasks page.</p>
<form method="post" action="/en/digests/opt-in/${token}"><button type="submit">Send me the digests again</button></form>`,
		);
		expect(await optedOut()).toEqual(new Set(["kadri"]));

		const back = await harness.app.inject({ method: "POST", url: `/en/digests/opt-in/${token}` });
		expect(content(back.body)).toContain("<h1>You will get the digests again</h1>");
		expect(await optedOut()).toEqual(new Set());
	});

	it("takes a mail client's one-click unsubscribe, in Estonian too", async () => {
		const path = (await optOutUrl(harness.context, "et", kadri)).replace(
			"https://kursused.test.ee",
			"",
		);
		const response = await harness.app.inject({
			method: "POST",
			url: path,
			headers: { "content-type": "application/x-www-form-urlencoded" },
			payload: "List-Unsubscribe=One-Click",
		});
		expect(response.statusCode).toBe(200);
		expect(content(response.body)).toContain("<h1>Sa ei saa enam kokkuvõtteid</h1>");
		expect(await optedOut()).toEqual(new Set(["kadri"]));
	});

	it("answers 404 to a link it did not sign", async () => {
		const path = (await optOutUrl(harness.context, "en", kadri)).replace(
			"https://kursused.test.ee",
			"",
		);
		const forged = path.replace("dGVzdC12Yy9rYWRyaQ", "dGVzdC12Yy9tYXJ0");
		expect(forged).not.toBe(path);
		const response = await harness.app.inject({ method: "POST", url: forged });
		expect(response.statusCode).toBe(404);
		expect(content(response.body)).toBe("<h1>This link is not valid.</h1>");
		expect(await optedOut()).toEqual(new Set());
	});
});
