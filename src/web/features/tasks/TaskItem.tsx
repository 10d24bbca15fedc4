import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { toDay } from "../../../engine/days.ts";
import type { Task } from "../../../engine/tasks.ts";
import { goNoGoKey } from "../../../model/offering.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { dateNotes } from "../offering/date-notes.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useMarkDone } from "./api.ts";

interface TaskItemProps {
	task: Task;
	/** Whether the signed-in account may record progress (`milestones:update`). */
	canMarkDone: boolean;
	onMarked: (task: Task) => void;
}

/**
 * One task: its offering (a link), label, due date, role and effort, and "Mark done"; the
 * go/no-go decision links to its offering's page instead, where the decision is recorded.
 */
export function TaskItem({ task, canMarkDone, onMarked }: TaskItemProps) {
	const { t, i18n } = useTranslation("tasks");
	const { t: common } = useTranslation();
	const { t: offeringTexts } = useTranslation("offering");
	const workspace = useWorkspace();
	const markDone = useMarkDone();
	const { milestone, offering } = task;
	const late = toDay(workspace.today) - toDay(milestone.due);
	const overdue = milestone.status !== "done" && late > 0;
	const drafted = workspace.drafts.has(offering.id);
	const hintId = `task-${offering.id}-${milestone.key}-hint`;
	// Why the date is what it is, worded as on the offering's page.
	const notes = dateNotes(milestone, offeringTexts, i18n.language);
	return (
		<li className={overdue ? "task task-overdue" : "task"}>
			<p className="task-title">
				<Link to={`/offerings/${encodeURIComponent(offering.id)}`}>{offering.title}</Link>
				{": "}
				<strong>{milestone.label}</strong>
			</p>
			<p className="task-meta">
				<span>{t("due", { date: formatDate(milestone.due, i18n.language) })}</span>
				{overdue && <span className="badge badge-error">{t("overdueBy", { count: late })}</span>}
				<span>{t("role", { role: t(`roles.${milestone.role}`) })}</span>
				<span>{t("effort", { hours: formatNumber(milestone.effortHours, i18n.language, 1) })}</span>
				<span className={milestone.status === "done" ? "badge badge-ok" : "badge"}>
					{common(`status.${milestone.status}`)}
				</span>
				{notes.length > 0 && <span className="task-moved">{notes.join(" · ")}</span>}
			</p>
			{milestone.key === goNoGoKey && milestone.status !== "done" ? (
				// The decision, not a tick, settles this task: recording it marks the task done.
				<div className="task-actions">
					<Link
						to={`/offerings/${encodeURIComponent(offering.id)}`}
						aria-label={t("decideLabel", { offering: offering.title })}
					>
						{t("decide")}
					</Link>
				</div>
			) : (
				canMarkDone &&
				milestone.status !== "done" && (
					<div className="task-actions">
						<button
							type="button"
							aria-label={t("markDoneLabel", { task: milestone.label, offering: offering.title })}
							aria-describedby={drafted ? hintId : undefined}
							disabled={drafted || markDone.isPending}
							onClick={() =>
								markDone.mutate(
									{
										institution: workspace.institution.id,
										offering: offering.id,
										key: milestone.key,
										today: workspace.today,
									},
									{ onSuccess: () => onMarked(task) },
								)
							}
						>
							{markDone.isPending ? t("marking") : t("markDone")}
						</button>
						{drafted && (
							<span className="field-hint" id={hintId}>
								{t("draftFirst")}
							</span>
						)}
					</div>
				)
			)}
			<ProblemAlert error={markDone.error} />
		</li>
	);
}
