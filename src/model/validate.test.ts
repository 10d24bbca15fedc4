import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import type { Person } from "./institution.ts";
import type { Intake } from "./intake.ts";
import { formatProblem } from "./problems.ts";
import type { Qualification } from "./qualification.ts";
import { validatePlan } from "./validate.ts";

/** The problem lines for a plan, as `kairos validate` prints them. */
function lines(input: unknown): string[] {
	const result = validatePlan(input);
	return result.ok ? [] : result.problems.map(formatProblem);
}

function withOffering(changes: Record<string, unknown>): unknown {
	return { ...healthyPlan(), offerings: [{ ...healthyOffering(), ...changes }] };
}

describe("validatePlan", () => {
	it("accepts a healthy plan and returns it typed", () => {
		const result = validatePlan(healthyPlan());
		expect(result.ok).toBe(true);
	});

	it.each([
		[{ start: "2027-02-30" }, 'offerings[0] (mig-welding).start: "2027-02-30" is not a date'],
		[{ start: "2027-9-1" }, 'offerings[0] (mig-welding).start: "2027-9-1" is not a date'],
		[
			{ end: "2027-09-01" },
			'offerings[0] (mig-welding).end: "2027-09-01" is before the start on 2027-09-20',
		],
		[
			{ participants: { min: 18, max: 14 } },
			"offerings[0] (mig-welding).participants.min: 18 is above the maximum group size 14",
		],
		[
			{ fee: { amount: -1, currency: "EUR" } },
			"offerings[0] (mig-welding).fee.amount: -1 is negative",
		],
		[
			{ budget: [{ category: "teaching", amount: -5 }] },
			"offerings[0] (mig-welding).budget[0].amount: -5 is negative",
		],
		[
			{ fee: { amount: 150.555, currency: "EUR" } },
			"offerings[0] (mig-welding).fee.amount: 150.555 has more than two decimals: amounts are in cents",
		],
		[
			{ intake: "autumn-2072" },
			'offerings[0] (mig-welding).intake: "autumn-2072" is not an intake (did you mean "autumn-2027"?)',
		],
		[{ template: "short" }, 'offerings[0] (mig-welding).template: "short" is not a template'],
		[
			{ pathways: [{ qualification: "cook-3" }] },
			'offerings[0] (mig-welding).pathways[0].qualification: "cook-3" is not a qualification',
		],
		[
			{ pathways: [{ qualification: "welder-4", module: "tig" }] },
			'offerings[0] (mig-welding).pathways[0].module: "tig" is not a module of qualification "welder-4"',
		],
		[
			{ owners: { marketing: "liisa" } },
			'offerings[0] (mig-welding).owners.marketing: "liisa" is not a person in institution.people (did you mean "liis"?)',
		],
		[
			{ publicaton: "2027-03-01" },
			'offerings[0] (mig-welding).publicaton: is not a known field (did you mean "publication"?)',
		],
		[
			{ mode: "hybrid" },
			'offerings[0] (mig-welding).mode: "hybrid" is not one of "on-site", "online", "blended"',
		],
		[
			{ title: 42 },
			"offerings[0] (mig-welding).title: 42 is not a text, or a map of languages to texts such as {et: …, en: …}",
		],
		[
			{ milestoneStatus: { "content-aproved": "done" } },
			'offerings[0] (mig-welding).milestoneStatus.content-aproved: "content-aproved" is not a milestone of template "default" (did you mean "content-approved"?)',
		],
		[
			{ milestoneStatus: { "content-approved": "finished" } },
			'offerings[0] (mig-welding).milestoneStatus.content-approved: "finished" is not one of "todo", "doing", "done"',
		],
		[
			{ subsidy: { amount: 10, currency: "USD" } },
			'offerings[0] (mig-welding).subsidy.currency: "USD" differs from the fee\'s currency EUR',
		],
		[
			{ blockedUntil: ["someday"] },
			'offerings[0] (mig-welding).blockedUntil[0]: "someday" is not a date or one of intake.fullTimeGroupsConfirmed, intake.admissionOpens, intake.admissionCloses, intake.studiesStart, decisionWindow.from, decisionWindow.to',
		],
	])("reports %j as one line naming the path and value", (changes, expected) => {
		expect(lines(withOffering(changes))).toEqual([expected]);
	});

	it("refuses text longer than its field allows, giving both lengths", () => {
		const plan = healthyPlan();
		plan.institution.name = "N".repeat(201);
		plan.institution.closures = [{ from: "2027-07-01", to: "2027-07-31", label: "L".repeat(201) }];
		plan.offerings = [
			healthyOffering({
				description: "D".repeat(50_000),
				learningOutcomes: ["O".repeat(1_001)],
				assessment: "A".repeat(2_001),
				budget: [{ category: "communication", amount: 300, label: "B".repeat(201) }],
				contact: { name: "Anu Kask", email: `${"a".repeat(247)}@test.ee` },
				milestoneStatus: { "content-approved": { status: "done", note: "N".repeat(2_001) } },
			}),
		];
		expect(lines(plan)).toEqual([
			"institution.closures[0].label: is 201 characters long; at most 200",
			"institution.name: is 201 characters long; at most 200",
			"offerings[0] (mig-welding).assessment: is 2,001 characters long; at most 2,000",
			"offerings[0] (mig-welding).budget[0].label: is 201 characters long; at most 200",
			"offerings[0] (mig-welding).contact.email: is 255 characters long; at most 254",
			"offerings[0] (mig-welding).description: is 50,000 characters long; at most 10,000",
			"offerings[0] (mig-welding).learningOutcomes[0]: is 1,001 characters long; at most 1,000",
			"offerings[0] (mig-welding).milestoneStatus.content-approved.note: is 2,001 characters long; at most 2,000",
		]);
	});

	it("accepts text of exactly the longest length, and says only what is wrong with a long id", () => {
		expect(
			lines(withOffering({ title: "T".repeat(200), description: "D".repeat(10_000) })),
		).toEqual([]);
		expect(lines(withOffering({ id: "x".repeat(101) }))).toEqual([
			"offerings[0].id: is 101 characters long; at most 100",
		]);
		expect(lines(withOffering({ id: "X".repeat(101) }))).toEqual([
			`offerings[0].id: "${"X".repeat(56)}…" is not an id: use lower-case letters, digits and "-"`,
		]);
	});

	/** Every address in the plan, by the path its problem names. */
	const addressFields: [string, (url: string) => unknown][] = [
		[
			"institution.website",
			(url) => ({ ...healthyPlan(), institution: { ...healthyPlan().institution, website: url } }),
		],
		["offerings[0] (mig-welding).applicationUrl", (url) => withOffering({ applicationUrl: url })],
	];

	describe.each(addressFields)("%s", (path, planWith) => {
		it.each([
			"javascript:alert(1)",
			"JavaScript:alert(1)",
			"data:text/html,<script>alert(1)</script>",
			"ftp://files.example.ee/",
			"mailto:info@example.ee",
			"//example.ee",
			"www.example.ee",
		])("refuses %j: only http(s) addresses", (url) => {
			expect(lines(planWith(url))).toEqual([
				`${path}: ${JSON.stringify(url)} is not an http(s) address`,
			]);
		});

		it("accepts an http or https address", () => {
			for (const url of ["https://www.example.ee/", "http://example.ee/kursused?lang=et"])
				expect(lines(planWith(url))).toEqual([]);
		});
	});

	it.each([
		[{ template: "defualt" }, '.template: "defualt" is not a template (did you mean "default"?)'],
		[
			{ pathways: [{ qualification: "welder-3" }] },
			'.pathways[0].qualification: "welder-3" is not a qualification (did you mean "welder-4"?)',
		],
		[
			{ pathways: [{ qualification: "welder-4", module: "mig-mg" }] },
			'.pathways[0].module: "mig-mg" is not a module of qualification "welder-4" (did you mean "mig-mag"?)',
		],
		[
			{ milestoneStatus: { "content-approved": { status: "done", owner: "kardi" } } },
			'.milestoneStatus.content-approved.owner: "kardi" is not a person in institution.people (did you mean "kadri"?)',
		],
	])("suggests the closest known name for the unknown reference %j", (changes, expected) => {
		expect(lines(withOffering(changes))).toEqual([`offerings[0] (mig-welding)${expected}`]);
	});

	it("names the element by its id after its index in every list of things with ids", () => {
		const plan = healthyPlan();
		const [autumn, spring] = plan.intakes as [Intake, Intake];
		const [welder] = plan.qualifications as [Qualification];
		const [kadri, ...others] = plan.institution.people as [Person, ...Person[]];
		const input = {
			...plan,
			institution: { ...plan.institution, people: [{ ...kadri, email: "kadri" }, ...others] },
			intakes: [{ ...autumn, studiesStart: "2027-09-31" }, spring],
			qualifications: [{ ...welder, level: { eqf: 9 } }],
			templates: [{ id: "short", milestones: [] }],
			offerings: [healthyOffering(), { ...healthyOffering(), id: "Bad Id", fee: 1 }],
			history: [
				{
					id: "welding-2026",
					title: "MIG/MAG welding",
					publication: "2026-03-02",
					start: "2026-09-21",
					participants: { min: 8, max: 14 },
				},
			],
		};
		expect(lines(input)).toEqual([
			"history[0] (welding-2026).finalRegistrations: is required",
			'institution.people[0] (kadri).email: "kadri" is not an e-mail address',
			'intakes[0] (autumn-2027).studiesStart: "2027-09-31" is not a date',
			// An id that is not valid is not repeated; the id's own problem shows it already.
			"offerings[1].fee: 1 is not an object",
			'offerings[1].id: "Bad Id" is not an id: use lower-case letters, digits and "-"',
			"qualifications[0] (welder-4).level.eqf: 9 is above the maximum of 8",
			"templates[0] (short).milestones: a template needs at least one milestone",
		]);
	});

	it("accepts milestone progress with a date, a note and an owner, and checks them", () => {
		const progress = { status: "done", doneOn: "2027-02-30", note: "signed", owner: "nobody" };
		expect(lines(withOffering({ milestoneStatus: { "content-approved": progress } }))).toEqual([
			'offerings[0] (mig-welding).milestoneStatus.content-approved.doneOn: "2027-02-30" is not a date',
			'offerings[0] (mig-welding).milestoneStatus.content-approved.owner: "nobody" is not a person in institution.people',
		]);
		const good = { status: "done", doneOn: "2027-02-19", note: "signed", owner: "kadri" };
		expect(lines(withOffering({ milestoneStatus: { "content-approved": good } }))).toEqual([]);
	});

	it("reports a blocker on an intake date that the intake does not set", () => {
		const plan = healthyPlan();
		plan.offerings = [
			healthyOffering({
				intake: "spring-2028",
				start: "2028-02-14",
				end: "2028-04-01",
				blockedUntil: ["intake.fullTimeGroupsConfirmed"],
			}),
		];
		expect(lines(plan)).toEqual([
			'offerings[0] (mig-welding).blockedUntil[0]: "intake.fullTimeGroupsConfirmed" is not set on intake "spring-2028"',
		]);
	});

	it("reports duplicate ids at the second occurrence", () => {
		const plan = healthyPlan();
		plan.offerings = [healthyOffering(), healthyOffering()];
		plan.intakes = [
			...plan.intakes,
			{ ...plan.intakes[0], id: "spring-2028" } as (typeof plan.intakes)[number],
		];
		expect(lines(plan)).toEqual([
			'intakes[2].id: "spring-2028" is used by another intake',
			'offerings[1].id: "mig-welding" is used by another offering',
		]);
	});

	it("reports unknown fields anywhere, with missing required ones", () => {
		const plan = {
			...healthyPlan(),
			institution: { ...healthyPlan().institution, adress: "Tartu", webiste: "https://x.ee" },
			extra: 1,
		} as Record<string, unknown>;
		delete plan.intakes;
		expect(lines(plan)).toEqual([
			"extra: is not a known field",
			"institution.adress: is not a known field",
			'institution.webiste: is not a known field (did you mean "website"?)',
			"intakes: is required",
		]);
	});

	it("reports every problem at once, in path order", () => {
		const problems = lines({
			...healthyPlan(),
			offerings: [
				{ ...healthyOffering(), start: "2027-02-30", intake: "nope" },
				{ ...healthyOffering({ id: "b" }), fee: { amount: 1, currency: "eur" } },
			],
		});
		expect(problems).toEqual([
			'offerings[0] (mig-welding).intake: "nope" is not an intake',
			'offerings[0] (mig-welding).start: "2027-02-30" is not a date',
			'offerings[1] (b).fee.currency: "eur" is not an ISO 4217 currency code such as "EUR"',
		]);
	});

	it("says that a missing date is required, as of any other missing field", () => {
		const { end: _end, title: _title, ...offering } = healthyOffering();
		expect(lines({ ...healthyPlan(), offerings: [offering] })).toEqual([
			"offerings[0] (mig-welding).end: is required",
			"offerings[0] (mig-welding).title: is required",
		]);
	});

	it("names a number that is not finite as it is, not as null", () => {
		expect(
			lines(
				withOffering({
					fee: { amount: Number.NaN, currency: "EUR" },
					participants: { min: 1, max: Number.POSITIVE_INFINITY },
				}),
			),
		).toEqual([
			"offerings[0] (mig-welding).fee.amount: NaN is not a number",
			"offerings[0] (mig-welding).participants.max: Infinity is not a number",
		]);
	});

	it("says that a fraction is not a whole number where a whole number is wanted", () => {
		expect(
			lines(
				withOffering({
					participants: { min: 6.5, max: 14 },
					level: { eqf: 4.5 },
				}),
			),
		).toEqual([
			"offerings[0] (mig-welding).level.eqf: 4.5 is not a whole number",
			"offerings[0] (mig-welding).participants.min: 6.5 is not a whole number",
		]);
	});

	it("rejects an unknown country, time zone and version", () => {
		const plan = {
			...healthyPlan(),
			version: 2,
			institution: { ...healthyPlan().institution, country: "XX", timezone: "Mars/Base" },
		};
		expect(lines(plan)).toEqual([
			'institution.country: "XX" is not a country whose public holidays are known',
			'institution.timezone: "Mars/Base" is not an IANA time zone such as "Europe/Tallinn"',
			"version: 2 is not a supported version: use 1",
		]);
	});

	it("names the country code a lower-case one means", () => {
		const plan = { ...healthyPlan(), institution: { ...healthyPlan().institution, country: "ee" } };
		expect(lines(plan)).toEqual([
			'institution.country: "ee" is not an ISO 3166-1 alpha-2 country code (did you mean "EE"?)',
		]);
	});

	it("suggests the closest time zone for a misspelt one", () => {
		const plan = healthyPlan();
		plan.institution.timezone = "Europe/Talinn";
		expect(lines(plan)).toEqual([
			'institution.timezone: "Europe/Talinn" is not an IANA time zone (did you mean "Europe/Tallinn"?)',
		]);
	});

	it.each([
		[
			{ decisionWindowOpensWeeksBeforeStudies: 5, decisionWindowClosesWeeksBeforeStudies: 10 },
			"institution.rules.decisionWindowClosesWeeksBeforeStudies: 10 weeks before studies start is before the window opens 5 weeks before: the decision window would close before it opens; close it at most 5 weeks before studies start, or swap the two",
		],
		[
			{ decisionWindowOpensWeeksBeforeStudies: 10 },
			"institution.rules.decisionWindowOpensWeeksBeforeStudies: 10 weeks before studies start is after the window closes 11 weeks before (the default): the decision window would close before it opens; open it at least 11 weeks before studies start, or close it later with decisionWindowClosesWeeksBeforeStudies",
		],
		[
			{ decisionWindowClosesWeeksBeforeStudies: 25 },
			"institution.rules.decisionWindowClosesWeeksBeforeStudies: 25 weeks before studies start is before the window opens 22 weeks before (the default): the decision window would close before it opens; close it at most 22 weeks before studies start, or open it earlier with decisionWindowOpensWeeksBeforeStudies",
		],
	])("refuses rules %j whose default decision window closes before it opens", (rules, expected) => {
		const plan = healthyPlan();
		plan.institution.rules = rules;
		expect(lines(plan)).toEqual([expected]);
	});

	it.each([
		{ decisionWindowOpensWeeksBeforeStudies: 10, decisionWindowClosesWeeksBeforeStudies: 10 },
		{ decisionWindowOpensWeeksBeforeStudies: 12 },
		{ decisionWindowClosesWeeksBeforeStudies: 22 },
	])("accepts rules %j whose decision window opens no later than it closes", (rules) => {
		const plan = healthyPlan();
		plan.institution.rules = rules;
		expect(lines(plan)).toEqual([]);
	});

	it("accepts a retention within its bounds and refuses one outside them", () => {
		const plan = healthyPlan();
		plan.institution.retention = { registrationsMonths: 36, unconfirmedDays: 14 };
		expect(lines(plan)).toEqual([]);
		plan.institution.retention = { registrationsMonths: 0, unconfirmedDays: 1.5 };
		expect(lines(plan)).toEqual([
			expect.stringMatching(/^institution\.retention\.registrationsMonths: /),
			expect.stringMatching(/^institution\.retention\.unconfirmedDays: /),
		]);
	});

	it("rejects a file that is not an object", () => {
		expect(lines([1, 2])).toEqual(["(file): a list is not an object"]);
	});

	it("refuses characters a text may not hold: a line break in a title, control characters, invisible text", () => {
		expect(
			lines(
				withOffering({
					title: "Welding\r\nBEGIN:VEVENT",
					description: "Line one\nLine two, and a tab\there",
					learningOutcomes: ["Clears the screen \u001b[2J"],
					location: "\u200b\u200b",
					assessment: "Reads \u202egnitset backwards",
					prerequisites: "a lone \ud800 surrogate",
				}),
			),
		).toEqual([
			"offerings[0] (mig-welding).assessment: holds the character U+202E, which a text may not hold",
			"offerings[0] (mig-welding).learningOutcomes[0]: holds the character U+001B, which a text may not hold",
			"offerings[0] (mig-welding).location: must not be blank",
			"offerings[0] (mig-welding).prerequisites: holds the character U+D800, which a text may not hold",
			"offerings[0] (mig-welding).title: must be one line: it holds a line break",
		]);
	});

	it("keeps a plan's size and figures within what planning needs, saying where and why", () => {
		expect(
			lines(
				withOffering({
					start: "0000-01-01",
					end: "9999-12-31",
					fee: { amount: 1.79e308, currency: "EUR" },
					learningOutcomes: Array.from({ length: 51 }, (_, index) => `Outcome ${index}`),
					registrations: [
						{ date: "2027-05-01", count: 1 },
						{ date: "2027-05-01", count: 2 },
					],
				}),
			),
		).toEqual([
			'offerings[0] (mig-welding).end: "9999-12-31" is outside the years 1990–2099 that a plan covers',
			"offerings[0] (mig-welding).fee.amount: 1.79e+308 is above 100,000,000",
			"offerings[0] (mig-welding).learningOutcomes: has 51 items; at most 50",
			'offerings[0] (mig-welding).registrations[1].date: "2027-05-01" is given twice: one count per date',
			'offerings[0] (mig-welding).start: "0000-01-01" is outside the years 1990–2099 that a plan covers',
		]);
		const crowded = healthyPlan();
		crowded.offerings = Array.from({ length: 10_001 }, (_, index) =>
			healthyOffering({ id: `course-${index}` }),
		);
		expect(lines(crowded)).toEqual(["offerings: has 10,001 items; at most 10,000"]);
	});
});
