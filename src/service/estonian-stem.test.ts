import { describe, expect, it } from "vitest";
import { estonianStem } from "./estonian-stem.ts";

/** Whether a search for `query` finds `word`: the stem begins the word. */
const finds = (query: string, word: string) => word.toLowerCase().startsWith(estonianStem(query));

describe("estonianStem", () => {
	it("gives every form of a course word the same stem", () => {
		for (const [stem, forms] of [
			[
				"raamatupidami",
				["raamatupidamine", "raamatupidamise", "raamatupidamisest", "raamatupidamist"],
			],
			[
				"keevitu",
				["keevitus", "keevituse", "keevitust", "keevitusse", "keevitusega", "keevitused"],
			],
			["koolitu", ["koolitus", "koolitusel", "koolitusele", "koolituste"]],
			["keevitaja", ["keevitaja", "keevitajad", "keevitajale", "keevitajate", "keevitajatele"]],
			["palgaarvestu", ["palgaarvestus", "palgaarvestuse", "palgaarvestust"]],
			["kursu", ["kursus", "kursuse", "kursused", "kursuseid", "kursustele"]],
			["inime", ["inimene", "inimese", "inimesed", "inimestega"]],
		] as const) {
			for (const form of forms) expect(estonianStem(form), form).toBe(stem);
		}
	});

	it("finds compounds that begin with the word", () => {
		expect(finds("raamatupidamine", "Raamatupidamistarkvara")).toBe(true);
		expect(finds("raamatupidamisest", "raamatupidamistarkvaras")).toBe(true);
		expect(finds("keevitus", "keevitustöökoda")).toBe(true);
		expect(finds("köögitöötajad", "köögitöötajatele")).toBe(true);
		expect(finds("pythonis", "Pythoni")).toBe(true);
		expect(finds("arved", "arvete")).toBe(true);
	});

	it("leaves short words whole and never strips below four letters", () => {
		for (const word of ["ja", "kokk", "test", "IT", "Tartu"])
			expect(estonianStem(word)).toBe(word.toLowerCase());
		expect(estonianStem("pasta")).toBe("pasta");
		expect(estonianStem("kokad")).toBe("koka");
	});

	it("only ever widens a search: a stem begins the word it comes from", () => {
		for (const word of ["toiduhügieeni", "raamatupidamisest", "Welds", "cakes", "kokk"])
			expect(word.toLowerCase().startsWith(estonianStem(word))).toBe(true);
	});
});
