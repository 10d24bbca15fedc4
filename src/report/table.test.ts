import { describe, expect, it } from "vitest";
import { demoReport } from "../../test/fixtures/demo.ts";
import { sharePercent } from "./percent.ts";
import { renderTable } from "./table.ts";

const report = demoReport("2027-05-03");
const ansiEscape = "\u001b[";

describe("renderTable", () => {
	const plain = renderTable(report, { color: false });

	it("shows a break-even of 0 as any group, and none as never", () => {
		const changed = structuredClone(report);
		const [free, never] = changed.offerings;
		if (!free || !never) throw new Error("the demo school has offerings");
		free.breakEvenParticipants = 0;
		never.breakEvenParticipants = null;
		const rows = renderTable(changed, { color: false }).split("\n");
		const row = (id: string) => rows.find((line) => line.slice(2).startsWith(`${id} `));
		expect(row(free.id)).toContain(` any (min ${free.participants.min}) `);
		expect(row(never.id)).toContain(` never (min ${never.participants.min}) `);
	});

	it("is plain text without colour", () => {
		expect(plain).not.toContain(ansiEscape);
		expect(renderTable(report, { color: true })).toContain(`${ansiEscape}31m`);
	});

	it("heads with the institution, the date and the totals", () => {
		const [title, totals] = plain.split("\n");
		expect(title).toBe(`${report.institution.name}: marketing plan report on 2027-05-03`);
		expect(totals).toBe(
			`${report.summary.offerings} offerings · ${report.summary.errors} errors · ${report.summary.warnings} warnings`,
		);
	});

	it("groups offerings under their intake with its decision window", () => {
		for (const intake of report.intakes) {
			expect(plain).toContain(
				`${intake.label}  studies start ${intake.studiesStart}, decision window ${intake.decisionWindow.from} – ${intake.decisionWindow.to}`,
			);
		}
	});

	it("shows each offering's publication, lead time and coverage, and every finding with its suggestion", () => {
		for (const offering of report.offerings) {
			const row = plain.split("\n").find((line) => line.slice(2).startsWith(`${offering.id} `));
			expect(row).toContain(offering.publication);
			expect(row).toContain(`${offering.leadTimeDays} d`);
			expect(row).toContain(`${sharePercent(offering.decisionWindowCoverage, 0)}%`);
			expect(
				row?.startsWith(
					offering.findings.length === 0
						? "✔"
						: offering.findings.some((entry) => entry.severity === "error")
							? "✖"
							: "▲",
				),
			).toBe(true);
			for (const entry of offering.findings) {
				expect(plain).toContain(`${entry.severity} ${entry.code}`);
				expect(plain).toContain(entry.message);
				expect(plain).toContain(`→ ${entry.suggestion}`);
			}
		}
	});
});
