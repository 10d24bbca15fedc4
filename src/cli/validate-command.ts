import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";
import { readPlanFile } from "./read-plan.ts";

/** `kairos validate FILE`: problems to stderr and exit 2, or a one-line summary. */
export async function runValidate(file: string): Promise<ExitCode> {
	const read = await readPlanFile(file);
	if (!read.ok) {
		printProblems(read.problems);
		return ExitCode.BadInput;
	}
	const { plan } = read;
	process.stdout.write(
		`${file}: valid plan for ${plan.institution.name}: ${plan.intakes.length} intakes, ` +
			`${plan.offerings.length} offerings, ${(plan.qualifications ?? []).length} qualifications, ` +
			`${(plan.history ?? []).length} past offerings\n`,
	);
	return ExitCode.Done;
}
