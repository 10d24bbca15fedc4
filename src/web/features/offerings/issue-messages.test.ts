import type { i18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { healthyOffering } from "../../../../test/fixtures/plans.ts";
import { problemsFromIssues } from "../../../model/problems.ts";
import { startI18n } from "../../lib/i18n.ts";
import { schemaErrors } from "./field-errors.ts";
import { issueDescriber } from "./issue-messages.ts";

let en: i18n;
let et: i18n;
beforeAll(async () => {
	en = await startI18n("en");
	et = await startI18n("et");
});

/** The messages of a bad edit of the healthy offering, at the field `key`. */
function at(change: Record<string, unknown>, key: string, instance: i18n) {
	return schemaErrors({ ...healthyOffering(), ...change }, "mig-welding", instance).get(key);
}

/** The messages of `value` against a schema of the test's own. */
function messages(schema: z.ZodType, value: unknown, instance: i18n) {
	const parsed = schema.safeParse(value, { reportInput: true });
	if (parsed.success) return [];
	return problemsFromIssues(parsed.error.issues, schema, issueDescriber(instance)).map(
		(problem) => problem.message,
	);
}

describe("issue messages", () => {
	it("word invalid_type: a missing field, and a value of the wrong kind", () => {
		const { title: _title, ...untitled } = healthyOffering();
		const missing = (instance: i18n) =>
			schemaErrors(untitled, "mig-welding", instance).get("title");
		expect(missing(en)).toEqual(["is required"]);
		expect(missing(et)).toEqual(["on kohustuslik"]);
		expect(messages(z.number(), "x", en)).toEqual(['"x" is not a number']);
		expect(messages(z.number(), "x", et)).toEqual(['"x" ei ole arv']);
	});

	it("word too_small: a negative amount, an empty text, a short list", () => {
		const negative = { budget: [{ category: "teaching", amount: -5 }] };
		expect(at(negative, "budget.0.amount", en)).toEqual(["-5 is negative"]);
		expect(at(negative, "budget.0.amount", et)).toEqual(["-5 on negatiivne"]);
		expect(messages(z.string().min(1), "", et)).toEqual(["ei tohi olla tühi"]);
		expect(messages(z.array(z.string()).min(2), [], en)).toEqual(["needs at least 2 items"]);
		expect(messages(z.array(z.string()).min(2), [], et)).toEqual(["vajab vähemalt 2 kirjet"]);
		expect(at({ participants: { min: 0, max: 10 } }, "participants.min", et)).toEqual([
			"0 on väiksem kui miinimum 1",
		]);
	});

	it("word an amount with more than two decimals", () => {
		const fee = { fee: { amount: 150.555, currency: "EUR" } };
		expect(at(fee, "fee.amount", en)).toEqual([
			"150.555 has more than two decimals: amounts are in cents",
		]);
		expect(at(fee, "fee.amount", et)).toEqual([
			"150.555 on rohkem kui kahe kümnendkohaga: summad on sentides",
		]);
	});

	it("word too_big: a text too long, with both lengths in the reader's numbers", () => {
		const long = { title: "x".repeat(201), description: "y".repeat(10_001) };
		expect(at(long, "title", en)).toEqual(["is 201 characters long; at most 200"]);
		expect(at(long, "title", et)).toEqual(["on 201 märki pikk, lubatud kuni 200"]);
		expect(at(long, "description", en)).toEqual(["is 10,001 characters long; at most 10,000"]);
		expect(at(long, "description", et)?.[0]?.replace(/\s/g, " ")).toBe(
			"on 10 001 märki pikk, lubatud kuni 10 000",
		);
		expect(messages(z.array(z.int()).max(1), [1, 2], et)).toEqual(["kirjeid on 2, lubatud kuni 1"]);
	});

	it("word invalid_format: not a date, not an id, not a currency code", () => {
		expect(at({ start: "2027-02-30" }, "start", en)).toEqual(['"2027-02-30" is not a date']);
		expect(at({ start: "2027-02-30" }, "start", et)).toEqual(['"2027-02-30" ei ole kuupäev']);
		expect(at({ intake: "Spring 2027" }, "intake", et)).toEqual([
			'"Spring 2027" ei ole tunnus: kasuta väiketähti, numbreid ja sidekriipsu „-”',
		]);
		const fee = { fee: { amount: 10, currency: "eur" } };
		expect(at(fee, "fee.currency", en)).toEqual([
			'"eur" is not an ISO 4217 currency code such as "EUR"',
		]);
		expect(at(fee, "fee.currency", et)).toEqual([
			'"eur" ei ole ISO 4217 valuutakood, näiteks „EUR”',
		]);
	});

	it("word invalid_value with the values allowed", () => {
		expect(at({ mode: "boat" }, "mode", en)).toEqual([
			'"boat" is not one of "on-site", "online", "blended"',
		]);
		expect(at({ mode: "boat" }, "mode", et)).toEqual([
			'"boat" ei ole ükski järgmistest: "on-site", "online", "blended"',
		]);
	});

	it("word unrecognized_keys, with the field it likely misspells", () => {
		expect(at({ assesment: "exam" }, "assesment", en)).toEqual([
			'is not a known field (did you mean "assessment"?)',
		]);
		expect(at({ assesment: "exam" }, "assesment", et)).toEqual([
			"ei ole tuntud väli (kas mõtlesid „assessment”?)",
		]);
		expect(messages(z.strictObject({}), { zzz: 1 }, et)).toEqual(["ei ole tuntud väli"]);
	});

	it("word the model's refinements: an end before the start, min above max, a date outside the years", () => {
		const early = { start: "2027-05-10", end: "2027-05-01" };
		expect(at(early, "end", en)).toEqual(['"2027-05-01" is before the start on 2027-05-10']);
		expect(at(early, "end", et)).toEqual(["lõpp 2027-05-01 on enne algust 2027-05-10"]);
		const group = { participants: { min: 20, max: 14 } };
		expect(at(group, "participants.min", en)).toEqual(["20 is above the maximum group size 14"]);
		expect(at(group, "participants.min", et)).toEqual([
			"20 on suurem kui rühma suurim lubatud suurus 14",
		]);
		expect(at({ publication: "1850-01-01" }, "publication", et)).toEqual([
			'"1850-01-01" jääb väljapoole aastaid 1990–2099, mida plaan hõlmab',
		]);
		expect(at({ field: "Metal\nwork" }, "field", et)).toEqual([
			"peab olema ühel real: selles on reavahetus",
		]);
	});

	it("keep the model's English message for a refinement they do not know", () => {
		const odd = z.string().refine(() => false, { error: "is odd" });
		expect(messages(odd, "x", et)).toEqual(["is odd"]);
		expect(messages(odd, "x", en)).toEqual(["is odd"]);
	});
});
