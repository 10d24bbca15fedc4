import { describe, expect, it } from "vitest";
import { matchesQuery, wordsOf } from "./word-search.ts";

const estonian = (text: string) => ({ text, language: "et" });
const english = (text: string) => ({ text, language: "en" });

describe("matchesQuery", () => {
	it("finds Estonian words whatever their endings, and the compounds they begin", () => {
		const course = [estonian("Raamatupidamistarkvara kasutamine väikeettevõttes")];
		expect(matchesQuery("raamatupidamine", course)).toBe(true);
		expect(matchesQuery("Raamatupidamise tarkvara", course)).toBe(false);
		expect(matchesQuery("raamatupidamisest väikeettevõtte", course)).toBe(true);
		expect(matchesQuery("keevitus", [estonian("MIG/MAG-keevituse alused")])).toBe(true);
		expect(matchesQuery("keevitusega", [estonian("Roostevaba terase TIG-keevitus")])).toBe(true);
	});

	it("finds other languages' words by lower-cased prefix only", () => {
		const course = [english("Pastry and cakes for small bakeries")];
		expect(matchesQuery("CAKE", course)).toBe(true);
		expect(matchesQuery("bake", course)).toBe(true);
		expect(matchesQuery("bakery", course)).toBe(false);
		expect(matchesQuery("akes", course)).toBe(false);
	});

	it("needs every word of the query, each in any of the texts", () => {
		const course = [estonian("Saiakesed ja koogid"), english("Pastry and cakes")];
		expect(matchesQuery("koogid pastry", course)).toBe(true);
		expect(matchesQuery("koogid pottery", course)).toBe(false);
		expect(matchesQuery("  ", course)).toBe(true);
	});

	it("takes an English word against English text as typed, and the same word against Estonian by its stem", () => {
		expect(matchesQuery("welds", [english("Welding basics")])).toBe(false);
		expect(matchesQuery("welds", [estonian("Welding basics")])).toBe(true);
	});
});

describe("wordsOf", () => {
	it("splits at anything that is not a letter or a digit, and lower-cases", () => {
		expect(wordsOf("MIG/MAG-keevitus, 3-teljeline; Õppeköök")).toEqual([
			"mig",
			"mag",
			"keevitus",
			"3",
			"teljeline",
			"õppeköök",
		]);
	});
});
