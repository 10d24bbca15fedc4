import { describe, expect, it } from "vitest";
import type { Finding } from "../../../model/report.ts";
import { isLate, riskOf } from "./risk.ts";

const finding = (code: Finding["code"], severity: Finding["severity"]): Finding => ({
	code,
	severity,
	message: "",
	suggestion: "",
});

describe("riskOf", () => {
	it("is the worst severity, or none", () => {
		expect(riskOf([])).toBe("none");
		expect(riskOf([finding("NO_PATHWAY", "warning")])).toBe("warning");
		expect(
			riskOf([finding("NO_PATHWAY", "warning"), finding("NO_COMMUNICATION_BUDGET", "error")]),
		).toBe("error");
	});
});

describe("isLate", () => {
	it("is true for the findings about reaching learners after their decision window", () => {
		expect(isLate([finding("MARKETING_BLOCKED_BY_DEPENDENCY", "warning")])).toBe(true);
		expect(isLate([finding("PUBLISHED_AFTER_DECISION_WINDOW", "error")])).toBe(true);
		expect(isLate([finding("LOW_DECISION_WINDOW_COVERAGE", "warning")])).toBe(true);
		expect(isLate([finding("SHORT_LEAD_TIME", "warning"), finding("NO_PATHWAY", "warning")])).toBe(
			false,
		);
	});
});
