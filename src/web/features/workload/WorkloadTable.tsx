import { useTranslation } from "react-i18next";
import type { Role } from "../../../model/primitives.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { RoleLoad, WeekRow } from "./workload-weeks.ts";

export interface Selection {
	week: string;
	role: Role;
}

interface WorkloadTableProps {
	rows: readonly WeekRow[];
	roles: readonly Role[];
	selected: Selection | null;
	onSelect: (week: string, role: Role) => void;
}

/** The chart's figures as a table: a row per week, a column per role, each figure a button. */
export function WorkloadTable({ rows, roles, selected, onSelect }: WorkloadTableProps) {
	const { t, i18n } = useTranslation("workload");
	return (
		<div className="workload-scroll">
			<table className="workload-table">
				<caption>{t("table")}</caption>
				<thead>
					<tr>
						<th scope="col">{t("week")}</th>
						{roles.map((role) => (
							<th key={role} scope="col">
								{t(`roles.${role}`)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.week}>
							<th scope="row">
								{t("weekName", { number: Number(row.week.slice(6)) })}{" "}
								<span className="workload-from">
									{t("from", { date: formatDate(row.monday, i18n.language) })}
								</span>
							</th>
							{roles.map((role) => {
								const load = row.loads.find((entry) => entry.role === role);
								return (
									<td key={role} className={load && load.over > 0 ? "workload-over" : undefined}>
										{load && (
											<LoadCell
												week={row.week}
												load={load}
												pressed={selected?.week === row.week && selected.role === role}
												onSelect={onSelect}
											/>
										)}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

function LoadCell({
	week,
	load,
	pressed,
	onSelect,
}: {
	week: string;
	load: RoleLoad;
	pressed: boolean;
	onSelect: (week: string, role: Role) => void;
}) {
	const { t, i18n } = useTranslation("workload");
	const hours = (value: number) => formatNumber(value, i18n.language, 1);
	return (
		<>
			<button
				type="button"
				className="workload-hours"
				aria-pressed={pressed}
				aria-label={t("showTasks", {
					hours: hours(load.hours),
					role: t(`roles.${load.role}`),
					week: Number(week.slice(6)),
				})}
				onClick={() => onSelect(week, load.role)}
			>
				{t("hours", { hours: hours(load.hours) })}
			</button>{" "}
			<span className="workload-capacity">
				{load.capacity === null
					? t("noCapacity")
					: t("ofCapacity", { hours: hours(load.capacity) })}
			</span>
			{load.over > 0 && (
				<span className="badge badge-error workload-over-text">
					{t("overBy", { hours: hours(load.over) })}
				</span>
			)}
		</>
	);
}
