import { describe, expect, it } from "vitest";
import { planProblem, sheetProblem } from "./problem-places.ts";

describe("sheetProblem", () => {
	it("splits a cell's path into its row and column", () => {
		expect(sheetProblem({ path: "row 4, column start (E)", message: "x" })).toEqual({
			row: "4",
			column: "start (E)",
			message: "x",
		});
		expect(sheetProblem({ path: "row 3", message: "x" })).toEqual({
			row: "3",
			column: undefined,
			message: "x",
		});
	});

	it("keeps the whole file, and any other path, apart from the rows", () => {
		expect(sheetProblem({ path: "(file)", message: "x" })).toEqual({
			row: undefined,
			column: undefined,
			message: "x",
		});
		expect(sheetProblem({ path: "offering 2", message: "x" }).column).toBe("offering 2");
	});
});

describe("planProblem", () => {
	it("puts a syntax error's line and column first, else the path", () => {
		expect(planProblem({ path: "(body)", message: "line 2, column 8: bad" })).toEqual({
			where: "line 2, column 8",
			message: "bad",
		});
		expect(planProblem({ path: "offerings[0].start", message: "bad" })).toEqual({
			where: "offerings[0].start",
			message: "bad",
		});
	});
});
