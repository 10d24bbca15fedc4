import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { type MilestoneStatus, milestoneStatuses, type Offering } from "../../../model/offering.ts";
import type { PlanReport, ScheduledMilestone } from "../../../model/report.ts";
import { formatDayMonth } from "../../lib/format.ts";
import { dateNotes } from "./date-notes.ts";
import type { MilestoneEdit } from "./progress.ts";
import type { Timeline } from "./timeline.ts";

/** Where the window, publication, start and today sit on the timeline, in percent. */
export interface Markers {
	window: { left: number; width: number };
	publication: number;
	start: number;
	today: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** One milestone of the marketing plan: what it is, its owner, status and date, and its place in time. */
export function MilestoneRow({
	milestone,
	saved,
	offering,
	people,
	today,
	timeline,
	markers,
	onChange,
	extra,
}: {
	milestone: ScheduledMilestone;
	saved: ScheduledMilestone | undefined;
	offering: Offering;
	people: PlanReport["people"];
	today: string;
	timeline: Timeline;
	markers: Markers;
	onChange: (edit: MilestoneEdit) => void;
	/** More about this milestone under its label: the go/no-go decision at its milestone. */
	extra?: ReactNode;
}) {
	const { t, i18n } = useTranslation("offering");
	const { t: common } = useTranslation();
	const id = useId();
	const language = i18n.language;
	const name = { milestone: milestone.label };
	const progress = offering.milestoneStatus?.[milestone.key];
	const ownOwner = typeof progress === "object" ? progress.owner : undefined;
	const roleOwner = people.find((person) => person.id === offering.owners?.[milestone.role]);
	const withRole = people.filter((person) => person.roles.includes(milestone.role));
	const others = people.filter((person) => !person.roles.includes(milestone.role));
	const overdue = milestone.kind === "task" && milestone.status !== "done" && milestone.due < today;
	const origin = milestone.moved?.from ?? milestone.override?.computed;
	const due = timeline.position(milestone.due);
	const from = origin === undefined ? undefined : timeline.position(origin);
	return (
		<tr className={overdue ? "milestone milestone-overdue" : "milestone"}>
			<th scope="row">
				<span className="milestone-label">{milestone.label}</span>
				<span className="milestone-role">
					{common(`roles.${milestone.role}`)}
					{milestone.kind === "event" && ` · ${t("plan.event")}`}
				</span>
				{extra}
			</th>
			<td>
				<label className="visually-hidden" htmlFor={`${id}-owner`}>
					{t("plan.ownerOf", name)}
				</label>
				<select
					id={`${id}-owner`}
					value={ownOwner ?? ""}
					onChange={(event) => onChange({ field: "owner", owner: event.target.value || null })}
				>
					<option value="">
						{roleOwner ? t("plan.roleOwner", { name: roleOwner.name }) : t("plan.noOwner")}
					</option>
					{[
						[common(`roles.${milestone.role}`), withRole] as const,
						[t("plan.others"), others] as const,
					].map(
						([label, group]) =>
							group.length > 0 && (
								<optgroup key={label} label={label}>
									{group.map((person) => (
										<option key={person.id} value={person.id}>
											{person.name}
										</option>
									))}
								</optgroup>
							),
					)}
				</select>
			</td>
			<td>
				<label className="visually-hidden" htmlFor={`${id}-status`}>
					{t("plan.statusOf", name)}
				</label>
				<select
					id={`${id}-status`}
					value={milestone.status}
					onChange={(event) =>
						onChange({ field: "status", status: event.target.value as MilestoneStatus, today })
					}
				>
					{milestoneStatuses.map((status) => (
						<option key={status} value={status}>
							{common(`status.${status}`)}
						</option>
					))}
				</select>
			</td>
			<td className="milestone-due">
				{milestone.kind === "task" ? (
					<>
						<label className="visually-hidden" htmlFor={`${id}-due`}>
							{t("plan.dueOf", name)}
						</label>
						<input
							id={`${id}-due`}
							type="date"
							value={milestone.due}
							onChange={(event) => {
								const value = event.target.value;
								if (!isoDate.test(value)) return;
								const computed = milestone.override ? milestone.override.computed : milestone.due;
								onChange({ field: "due", due: value, computed });
							}}
						/>
						{milestone.override && (
							<button
								type="button"
								className="link-button"
								aria-label={t("plan.resetFor", name)}
								onClick={() => onChange({ field: "due", due: null })}
							>
								{t("plan.reset")}
							</button>
						)}
					</>
				) : (
					<span>{formatDayMonth(milestone.due, language)}</span>
				)}
				{overdue && <span className="badge badge-error">{t("plan.overdue")}</span>}
				{saved && saved.due !== milestone.due && (
					<span className="milestone-was">
						{t("plan.was", { date: formatDayMonth(saved.due, language) })}
					</span>
				)}
				{dateNotes(milestone, t, language).map((note) => (
					<span key={note} className="milestone-note">
						{note}
					</span>
				))}
			</td>
			<td className="gantt-cell" aria-hidden="true">
				<span className="gantt-track">
					<span
						className="gantt-window"
						style={{ left: `${markers.window.left}%`, width: `${markers.window.width}%` }}
					/>
					<span
						className="gantt-line gantt-publication"
						style={{ left: `${markers.publication}%` }}
					/>
					<span className="gantt-line gantt-start" style={{ left: `${markers.start}%` }} />
					<span className="gantt-line gantt-today" style={{ left: `${markers.today}%` }} />
					{from !== undefined && (
						<>
							<span
								className="gantt-shift"
								style={{ left: `${Math.min(from, due)}%`, width: `${Math.abs(due - from)}%` }}
							/>
							<span className="gantt-origin" style={{ left: `${from + timeline.dayWidth / 2}%` }} />
						</>
					)}
					<span
						className={`gantt-marker gantt-${milestone.kind} gantt-${milestone.status}`}
						style={{ left: `${due + timeline.dayWidth / 2}%` }}
					/>
				</span>
			</td>
		</tr>
	);
}
