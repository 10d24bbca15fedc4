import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { yearlyReportAddress } from "./api.ts";

/**
 * The years a report can cover: today's, those of the plan's intakes and those of the history's
 * offerings, newest first.
 */
export function reportYears(
	today: string,
	intakeStarts: readonly string[],
	pastYears: readonly number[],
) {
	const years = new Set([Number(today.slice(0, 4)), ...pastYears]);
	for (const start of intakeStarts) years.add(Number(start.slice(0, 4)));
	return [...years].sort((a, b) => b - a);
}

/** Picks a year (today's at first) and opens its yearly report, a printable page, in a new tab. */
export function YearlyReportLink({ pastYears }: { pastYears: readonly number[] }) {
	const { t, i18n } = useTranslation("analysis");
	const workspace = useWorkspace();
	const [year, setYear] = useState(() => Number(workspace.today.slice(0, 4)));
	const years = reportYears(
		workspace.today,
		workspace.savedReport.intakes.map((intake) => intake.studiesStart),
		pastYears,
	);
	return (
		<section aria-labelledby="analysis-yearly">
			<h2 id="analysis-yearly">{t("yearly")}</h2>
			<p>{t("yearlyIntro")}</p>
			<p className="analysis-yearly">
				<label>
					{t("year")}{" "}
					<select value={year} onChange={(event) => setYear(Number(event.target.value))}>
						{years.map((option) => (
							<option key={option} value={option}>
								{option}
							</option>
						))}
					</select>
				</label>
				<a
					href={yearlyReportAddress(workspace.institution.id, year, i18n.language)}
					target="_blank"
					rel="noopener"
				>
					{t("openYearly", { year })} <span className="analysis-muted">{t("newTab")}</span>
				</a>
			</p>
		</section>
	);
}
