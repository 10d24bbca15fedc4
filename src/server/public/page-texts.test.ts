import { describe, expect, it } from "vitest";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import { translator } from "../../i18n/index.ts";
import { pageTexts } from "./page-texts.ts";

const school = healthyPlan().institution;

describe("pageTexts", () => {
	const english = pageTexts(school, "en", translator("en"));
	const estonian = pageTexts(school, "et", translator("et"));

	it("shows a text of the page's language as it is, escaped", () => {
		expect(english.marked({ et: "Keevitus", en: "Welding <basics>" }).value).toBe(
			"Welding &lt;basics&gt;",
		);
		expect(estonian.marked("Keevitus").value).toBe("Keevitus");
	});

	it("marks a text in another language with its lang and a note in the page's language", () => {
		expect(english.marked("Keevitus").value).toBe(
			'<span lang="et">Keevitus</span> <small class="translation">(in Estonian)</small>',
		);
		expect(estonian.marked({ en: "Welding" }).value).toBe(
			'<span lang="en">Welding</span> <small class="translation">(inglise keeles)</small>',
		);
		expect(english.plain("Keevitus")).toBe("Keevitus");
	});

	it("puts marked texts into a message, escaping the message's own values", () => {
		expect(
			english.message("pathway.intro", { qualification: "Keevitaja" }, { credits: "120 <EKAP>" })
				.value,
		).toBe(
			'These micro-credentials count towards <span lang="et">Keevitaja</span> <small class="translation">(in Estonian)</small> (120 &lt;EKAP&gt;). Take them one by one, in any intake, in the order below.',
		);
	});

	it("marks no language for a plain text of a school that names none", () => {
		const { languages: _, ...silent } = school;
		expect(pageTexts(silent, "en", translator("en")).marked("Keevitus").value).toBe("Keevitus");
	});
});
