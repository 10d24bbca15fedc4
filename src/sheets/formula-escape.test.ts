import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeFormula, unescapeFormula } from "./formula-escape.ts";

describe("escapeFormula and unescapeFormula", () => {
	it.each([
		['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
		["+372 5341 2207", "'+372 5341 2207"],
		["-1", "'-1"],
		["@SUM(A1)", "'@SUM(A1)"],
		["\t=1", "'\t=1"],
		["\r=1", "'\r=1"],
		["'=1", "''=1"],
		["'plain", "'plain"],
		["a=1", "a=1"],
		["", ""],
	])("writes %j as %j", (text, escaped) => {
		expect(escapeFormula(text)).toBe(escaped);
		expect(unescapeFormula(escaped)).toBe(text);
	});

	it("gives back any text it escaped", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "a") }),
				(text) => {
					expect(unescapeFormula(escapeFormula(text))).toBe(text);
				},
			),
		);
	});
});
