import type { Problem } from "../../../model/problems.ts";

/** A problem of an offerings sheet, by the row and column a spreadsheet shows. */
export interface SheetProblem {
	/** The row number as text, or undefined for the file as a whole. */
	row: string | undefined;
	/** The column's name and letter (`start (E)`), or undefined for a whole row. */
	column: string | undefined;
	message: string;
}

const cell = /^row (\d+)(?:, column (.+))?$/;

/**
 * Splits a sheet problem's path, as the server and `kairos import` write it
 * (`row 4, column start (E)`, `row 3`, `(file)`), into its row and column. A path of another
 * form stays whole, in the column.
 */
export function sheetProblem(problem: Problem): SheetProblem {
	const match = cell.exec(problem.path);
	if (match) return { row: match[1], column: match[2], message: problem.message };
	if (problem.path === "(file)")
		return { row: undefined, column: undefined, message: problem.message };
	return { row: undefined, column: problem.path, message: problem.message };
}

/** A problem of a plan file: where it is (a line and column, or a path) and what it is. */
export interface PlanProblem {
	where: string;
	message: string;
}

const lineAndColumn = /^(line \d+, column \d+): (.*)$/s;

/**
 * Where a plan file's problem is: the line and column of a syntax error (which `parseText`
 * puts at the start of its message), else the path in the plan (`offerings[2] (cnc).start`).
 */
export function planProblem(problem: Problem): PlanProblem {
	const match = lineAndColumn.exec(problem.message);
	if (match) return { where: match[1] ?? "", message: match[2] ?? "" };
	return { where: problem.path, message: problem.message };
}
