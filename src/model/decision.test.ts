import { describe, expect, it } from "vitest";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { decisionOf, type Offering } from "./offering.ts";
import { formatProblem } from "./problems.ts";
import { validatePlan } from "./validate.ts";

const later = healthyOffering({
	id: "mig-welding-spring-2028",
	intake: "spring-2028",
	start: "2028-02-21",
	end: "2028-04-28",
});

/** The problem lines of the healthy plan with its offering decided so, beside `later`. */
function lines(decision: unknown, offerings: Offering[] = [later]): string[] {
	const input = {
		...healthyPlan(),
		offerings: [{ ...healthyOffering(), decision }, ...offerings],
	};
	const result = validatePlan(input);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe("an offering's decision", () => {
	it("may be go or no-go alone, as before", () => {
		expect(lines("go")).toEqual([]);
		expect(lines("no-go")).toEqual([]);
	});

	it("may be recorded in full, with who decided, when and why", () => {
		expect(
			lines({
				outcome: "no-go",
				reason: "four registrations of eight",
				decidedBy: "kadri",
				decidedOn: "2027-09-08",
			}),
		).toEqual([]);
		expect(lines({ outcome: "go", decidedBy: "kadri@test.ee" })).toEqual([]);
		expect(lines({ outcome: "postpone", into: later.id })).toEqual([]);
		expect(lines({ outcome: "merge", into: later.id })).toEqual([]);
	});

	it.each([
		["maybe", 'offerings[0] (mig-welding).decision: "maybe" is not one of "go", "no-go"'],
		[
			{ outcome: "later" },
			'offerings[0] (mig-welding).decision.outcome: "later" is not one of "go", "no-go", "postpone", "merge"',
		],
		[
			{ outcome: "go", decidedBy: "Kadri Tamm" },
			'offerings[0] (mig-welding).decision.decidedBy: "Kadri Tamm" is not a people id or an e-mail address',
		],
		[
			{ outcome: "go", decidedOn: "2027-09-31" },
			'offerings[0] (mig-welding).decision.decidedOn: "2027-09-31" is not a date',
		],
		[
			{ outcome: "go", note: "x" },
			"offerings[0] (mig-welding).decision.note: is not a known field",
		],
	])("refuses %j", (decision, problem) => {
		expect(lines(decision)).toEqual([problem]);
	});

	it("names the offering a postponed or merged course moves into, and it must exist", () => {
		expect(lines({ outcome: "merge" })).toEqual([
			'offerings[0] (mig-welding).decision: a decision to merge needs "into": the offering the course merges into',
		]);
		expect(lines({ outcome: "postpone" })).toEqual([
			'offerings[0] (mig-welding).decision: a decision to postpone needs "into": the offering the course moves to',
		]);
		expect(lines({ outcome: "merge", into: "mig-welding-spring-2082" })).toEqual([
			'offerings[0] (mig-welding).decision.into: "mig-welding-spring-2082" is not an offering (did you mean "mig-welding-spring-2028"?)',
		]);
		expect(lines({ outcome: "merge", into: "mig-welding" })).toEqual([
			'offerings[0] (mig-welding).decision.into: "mig-welding" is this offering itself',
		]);
	});

	it("postpones only to a course that starts later, and moves nothing on go or no-go", () => {
		const earlier = { ...later, id: "mig-welding-summer", start: "2027-09-20" };
		expect(lines({ outcome: "postpone", into: earlier.id }, [earlier])).toEqual([
			'offerings[0] (mig-welding).decision.into: "mig-welding-summer" starts on 2027-09-20, not after this course\'s start on 2027-09-20: a postponed course moves to a later one',
		]);
		expect(lines({ outcome: "merge", into: earlier.id }, [earlier])).toEqual([]);
		expect(lines({ outcome: "no-go", into: later.id })).toEqual([
			'offerings[0] (mig-welding).decision.into: "mig-welding-spring-2028": only a postponed or merged course moves into another offering, not one decided "no-go"',
		]);
	});
});

describe("decisionOf", () => {
	it("gives the long form of either form, and nothing while undecided", () => {
		expect(decisionOf({ decision: "go" })).toEqual({ outcome: "go" });
		expect(decisionOf({ decision: { outcome: "merge", into: "x" } })).toEqual({
			outcome: "merge",
			into: "x",
		});
		expect(decisionOf({})).toBeUndefined();
	});
});
