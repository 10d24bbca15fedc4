import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { RoleLoad, WeekRow, WeekTask } from "./workload-weeks.ts";

interface TasksBehindProps {
	row: WeekRow;
	load: RoleLoad;
	tasks: readonly WeekTask[];
	/** The names of the plan's people by id. */
	names: ReadonlyMap<string, string>;
	onClose: () => void;
}

/** The tasks that fill one role's week, with their offering, effort and share of the week. */
export function TasksBehind({ row, load, tasks, names, onClose }: TasksBehindProps) {
	const { t, i18n } = useTranslation("workload");
	const id = useId();
	const hours = (value: number) => formatNumber(value, i18n.language, 1);
	const role = t(`roles.${load.role}`);
	return (
		<section className="workload-behind" aria-labelledby={id}>
			<h2 id={id} tabIndex={-1}>
				{t("behind.title", {
					role,
					week: Number(row.week.slice(6)),
					date: formatDate(row.monday, i18n.language),
				})}
			</h2>
			<p>
				{load.capacity === null
					? t("behind.loadNoCapacity", { hours: hours(load.hours) })
					: t("behind.load", { hours: hours(load.hours), capacity: hours(load.capacity) })}{" "}
				{load.over > 0 && (
					<span className="badge badge-error">{t("overBy", { hours: hours(load.over) })}</span>
				)}
			</p>
			{tasks.length === 0 ? (
				<p>{t("behind.none")}</p>
			) : (
				<div className="workload-scroll">
					<table>
						<thead>
							<tr>
								<th scope="col">{t("behind.offering")}</th>
								<th scope="col">{t("behind.task")}</th>
								<th scope="col">{t("behind.due")}</th>
								<th scope="col">{t("behind.owner")}</th>
								<th scope="col">{t("behind.effort")}</th>
								<th scope="col">{t("behind.thisWeek")}</th>
							</tr>
						</thead>
						<tbody>
							{tasks.map(({ offering, milestone, hours: share }) => (
								<tr key={`${offering.id}/${milestone.key}`}>
									<td>
										<Link to={`/offerings/${encodeURIComponent(offering.id)}`}>
											{offering.title}
										</Link>
									</td>
									<th scope="row">{milestone.label}</th>
									<td>{formatDate(milestone.due, i18n.language)}</td>
									<td>
										{(milestone.owner && names.get(milestone.owner)) ??
											milestone.owner ??
											t("behind.noOwner")}
									</td>
									<td>{t("hours", { hours: hours(milestone.effortHours) })}</td>
									<td>{t("hours", { hours: hours(share) })}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<button type="button" onClick={onClose}>
				{t("behind.close")}
			</button>
		</section>
	);
}
