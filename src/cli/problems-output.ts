import { formatProblem, type Problem } from "../model/problems.ts";

/** Prints one line per problem to stderr. */
export function printProblems(problems: readonly Problem[]): void {
	process.stderr.write(problems.map((problem) => `${formatProblem(problem)}\n`).join(""));
}
