// @vitest-environment jsdom

import { afterEach, describe, expect, it } from "vitest";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { forgetStoredDrafts } from "./draft-storage.ts";
import type { OfferingDraft } from "./drafts.ts";
import { storeDrafts, storedDrafts } from "./stored-drafts.ts";

afterEach(() => sessionStorage.clear());

const base = healthyOffering({ id: "cnc-milling" });
const edit: OfferingDraft = {
	base,
	etag: '"3"',
	edited: { ...base, fee: { amount: 700, currency: "EUR" } },
};
const added = healthyOffering({ id: "tig-welding" });

describe("stored drafts", () => {
	it("brings back an account's edits, new offerings and deletions in one institution", () => {
		const drafts = new Map<string, OfferingDraft>([
			[base.id, edit],
			[added.id, { base: null, etag: null, edited: added }],
			["old-course", { base: healthyOffering({ id: "old-course" }), etag: '"1"', edited: null }],
		]);
		storeDrafts("kadri", "emajoe-vc", drafts);
		expect(storedDrafts("kadri", "emajoe-vc")).toEqual(drafts);
		expect(storedDrafts("kadri", "other-vc").size).toBe(0);
		expect(storedDrafts("mart", "emajoe-vc").size).toBe(0);
	});

	it("leaves nothing stored once the drafts are saved or discarded", () => {
		storeDrafts("kadri", "emajoe-vc", new Map([[base.id, edit]]));
		storeDrafts("kadri", "emajoe-vc", new Map());
		expect(sessionStorage.length).toBe(0);
	});

	it("skips what is not a draft: broken JSON, a base the schema refuses, an edit of another id", () => {
		sessionStorage.setItem("kairos.drafts:kadri:emajoe-vc", "{not json");
		expect(storedDrafts("kadri", "emajoe-vc").size).toBe(0);
		sessionStorage.setItem(
			"kairos.drafts:kadri:emajoe-vc",
			JSON.stringify([
				[base.id, edit],
				["broken", { base: { id: "broken" }, etag: '"1"', edited: { id: "broken" } }],
				["renamed", { base: null, etag: null, edited: { ...added, id: "else" } }],
				["nothing", { base: null, etag: null, edited: null }],
				"not an entry",
			]),
		);
		expect([...storedDrafts("kadri", "emajoe-vc").keys()]).toEqual([base.id]);
	});

	it("keeps an edit that the schema refuses, so its errors are shown again", () => {
		const refused = { ...edit, edited: { ...base, participants: { min: 12, max: 8 } } };
		storeDrafts("kadri", "emajoe-vc", new Map([[base.id, refused]]));
		expect(storedDrafts("kadri", "emajoe-vc").get(base.id)).toEqual(refused);
	});

	it("forgets other accounts' drafts at sign-in, and everyone's at sign-out", () => {
		storeDrafts("kadri", "emajoe-vc", new Map([[base.id, edit]]));
		storeDrafts("mart", "emajoe-vc", new Map([[base.id, edit]]));
		sessionStorage.setItem("kairos.language", "et");
		forgetStoredDrafts("kadri");
		expect(storedDrafts("kadri", "emajoe-vc").size).toBe(1);
		expect(storedDrafts("mart", "emajoe-vc").size).toBe(0);
		forgetStoredDrafts();
		expect(storedDrafts("kadri", "emajoe-vc").size).toBe(0);
		expect(sessionStorage.getItem("kairos.language")).toBe("et");
	});
});
