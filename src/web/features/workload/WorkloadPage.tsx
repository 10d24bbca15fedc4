import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isoWeek, toDay } from "../../../engine/days.ts";
import { type Role, roles } from "../../../model/primitives.ts";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import type { ChartTexts } from "./chart-option.ts";
import { TasksBehind } from "./TasksBehind.tsx";
import { WorkloadChart } from "./WorkloadChart.tsx";
import { type Selection, WorkloadTable } from "./WorkloadTable.tsx";
import { overloads, tasksBehind, weekRows, weekSpan } from "./workload-weeks.ts";
import "./workload.css";

/** Hours per role and week against capacity, as a chart and a table; the tasks behind a week. */
export function WorkloadPage() {
	const { t, i18n } = useTranslation("workload");
	const workspace = useWorkspace();
	const [role, setRole] = useState<Role | "">("");
	const [onlyOver, setOnlyOver] = useState(false);
	const [selected, setSelected] = useState<Selection | null>(null);
	const behindHeading = useRef<HTMLDivElement>(null);
	const shown = useMemo(() => (role === "" ? [...roles] : [role]), [role]);
	const rows = useMemo(() => weekRows(workspace.report.workload, shown), [workspace.report, shown]);
	const span = useMemo(() => weekSpan(rows), [rows]);
	const { ahead: overCount, past: pastOver } = overloads(rows, workspace.today);
	const tableRows = onlyOver ? rows.filter((row) => row.loads.some((load) => load.over > 0)) : rows;
	const texts = useMemo<ChartTexts>(
		() => ({
			role: (name) => t(`roles.${name}`),
			week: (week) => t("axisWeek", { number: Number(week.slice(6)), year: week.slice(0, 4) }),
			capacity: (name, hours) =>
				t("capacityLine", { role: t(`roles.${name}`), hours: formatNumber(hours, i18n.language) }),
			over: t("overMark"),
			hoursAxis: t("hours", { hours: "" }).trim(),
		}),
		[t, i18n.language],
	);
	const overText = [
		overCount > 0
			? t("overSummary", { count: overCount })
			: t(pastOver > 0 ? "noneAhead" : "noneOver"),
		pastOver > 0 ? t("pastOver", { count: pastOver }) : "",
	]
		.join(" ")
		.trim();
	const select = (week: string, chosen: Role) => {
		setSelected({ week, role: chosen });
		// The list opens below the chart: take keyboard and screen-reader users to it.
		requestAnimationFrame(() => behindHeading.current?.querySelector("h2")?.focus());
	};
	const selectedRow = selected && rows.find((row) => row.week === selected.week);
	const selectedLoad = selectedRow?.loads.find((load) => load.role === selected?.role);
	const names = useMemo(
		() => new Map(workspace.report.people.map((person) => [person.id, person.name])),
		[workspace.report],
	);
	return (
		<>
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro")}</p>
			<div className="workload-filters">
				<Field label={t("role")}>
					{(control) => (
						<select
							{...control}
							value={role}
							onChange={(event) => {
								setRole(event.target.value as Role | "");
								setSelected(null);
							}}
						>
							<option value="">{t("allRoles")}</option>
							{roles.map((name) => (
								<option key={name} value={name}>
									{t(`roles.${name}`)}
								</option>
							))}
						</select>
					)}
				</Field>
				<label className="workload-only-over">
					<input
						type="checkbox"
						checked={onlyOver}
						onChange={(event) => setOnlyOver(event.target.checked)}
					/>{" "}
					{t("onlyOver")}
				</label>
			</div>
			<p className={overCount > 0 ? "workload-summary severity-warning" : "workload-summary"}>
				{overText}
			</p>
			{rows.length === 0 ? (
				<p>{t("empty")}</p>
			) : (
				<>
					<WorkloadChart
						rows={rows}
						span={span}
						roles={shown}
						texts={texts}
						focus={isoWeek(toDay(workspace.today))}
						label={t("chartLabel", {
							roles: shown.map((name) => t(`roles.${name}`)).join(", "),
							over: overText,
						})}
						onSelect={select}
					/>
					<div ref={behindHeading}>
						{selected && selectedRow && selectedLoad && (
							<TasksBehind
								row={selectedRow}
								load={selectedLoad}
								tasks={tasksBehind(
									workspace.preview,
									workspace.report,
									workspace.holidays,
									selected.week,
									selected.role,
								)}
								names={names}
								onClose={() => setSelected(null)}
							/>
						)}
					</div>
					<WorkloadTable rows={tableRows} roles={shown} selected={selected} onSelect={select} />
				</>
			)}
		</>
	);
}
