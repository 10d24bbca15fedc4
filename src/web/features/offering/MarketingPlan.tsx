import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { goNoGoKey, type Offering } from "../../../model/offering.ts";
import type { OfferingReport } from "../../../model/report.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { formatDayMonth, formatMonthName } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { MilestoneRow } from "./MilestoneRow.tsx";
import { type MilestoneEdit, withMilestoneEdit } from "./progress.ts";
import { timelineOf } from "./timeline.ts";

/**
 * The offering's marketing plan as a Gantt-like table: a row per milestone with its owner,
 * status and due date (each changed in place, into the draft) and its place on a date axis that
 * shows the decision window, publication, the course start and today. The go-no-go milestone
 * shows `goNoGo` (the decision, or the button that records it).
 */
export function MarketingPlan({
	offering,
	report,
	saved,
	goNoGo,
}: {
	offering: Offering;
	report: OfferingReport;
	saved: OfferingReport | undefined;
	goNoGo?: ReactNode;
}) {
	const { t, i18n } = useTranslation("offering");
	const workspace = useWorkspace();
	const [error, setError] = useState<unknown>(null);
	const language = i18n.language;
	const { milestones, decisionWindow, publication, start } = report;
	const timeline = timelineOf(
		[
			...milestones.flatMap((m) => [m.due, m.moved?.from, m.override?.computed]),
			decisionWindow.from,
			decisionWindow.to,
			publication,
			start,
			workspace.today,
		].filter((date): date is string => date !== undefined),
	);
	const change = (key: string, edit: MilestoneEdit) => {
		setError(null);
		workspace.edit(offering.id, (current) => withMilestoneEdit(current, key, edit)).catch(setError);
	};
	const day = (date: string) => formatDayMonth(date, language);
	const markers = {
		window: {
			left: timeline.position(decisionWindow.from),
			width:
				timeline.position(decisionWindow.to) +
				timeline.dayWidth -
				timeline.position(decisionWindow.from),
		},
		publication: timeline.position(publication),
		start: timeline.position(start),
		today: timeline.position(workspace.today),
	};
	return (
		<section aria-labelledby="marketing-plan">
			<h2 id="marketing-plan">{t("plan.title")}</h2>
			<ul className="gantt-legend">
				<li className="legend-window">
					{t("plan.window", { from: day(decisionWindow.from), to: day(decisionWindow.to) })}
				</li>
				<li className="legend-publication">{t("plan.publication", { date: day(publication) })}</li>
				<li className="legend-start">{t("plan.start", { date: day(start) })}</li>
				<li className="legend-today">{t("plan.today", { date: day(workspace.today) })}</li>
			</ul>
			<ProblemAlert error={error} />
			<div className="gantt-scroll">
				<table className="gantt">
					<caption className="visually-hidden">{t("plan.caption")}</caption>
					<thead>
						<tr>
							<th scope="col">{t("plan.milestone")}</th>
							<th scope="col">{t("plan.owner")}</th>
							<th scope="col">{t("plan.status")}</th>
							<th scope="col">{t("plan.due")}</th>
							<th scope="col" className="gantt-axis">
								<span className="visually-hidden">{t("plan.timeline")}</span>
								<span className="gantt-ticks" aria-hidden="true">
									{timeline.ticks.map((tick) => (
										<span
											key={tick.date}
											className={tick.position > 88 ? "gantt-tick gantt-tick-last" : "gantt-tick"}
											style={{ left: `${tick.position}%` }}
										>
											{formatMonthName(tick.date, language)}
											{tick.withYear && (
												<span className="gantt-tick-year">{tick.date.slice(0, 4)}</span>
											)}
										</span>
									))}
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{milestones.map((milestone) => (
							<MilestoneRow
								key={milestone.key}
								milestone={milestone}
								saved={saved?.milestones.find((entry) => entry.key === milestone.key)}
								offering={offering}
								people={workspace.report.people}
								today={workspace.today}
								timeline={timeline}
								markers={markers}
								onChange={(edit) => change(milestone.key, edit)}
								extra={milestone.key === goNoGoKey ? goNoGo : undefined}
							/>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}
