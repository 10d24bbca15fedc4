import { useTranslation } from "react-i18next";
import type { Problem } from "../../../model/problems.ts";
import { planProblem, sheetProblem } from "./problem-places.ts";

/** Every problem of an offerings sheet, in a table by row and column. */
export function SheetProblemTable({
	name,
	problems,
}: {
	name: string;
	problems: readonly Problem[];
}) {
	const { t } = useTranslation("importExport");
	return (
		<div className="alert alert-error" role="alert">
			<p>
				<strong>{t("sheet.problems", { name, count: problems.length })}</strong>
			</p>
			<table className="problem-table">
				<caption>{t("sheet.caption", { name })}</caption>
				<thead>
					<tr>
						<th scope="col">{t("sheet.row")}</th>
						<th scope="col">{t("sheet.column")}</th>
						<th scope="col">{t("sheet.problem")}</th>
					</tr>
				</thead>
				<tbody>
					{problems.map(sheetProblem).map((problem) => (
						<tr key={`${problem.row}:${problem.column}:${problem.message}`}>
							<th scope="row">{problem.row ?? t("sheet.wholeFile")}</th>
							<td>{problem.column ?? (problem.row === undefined ? "" : t("sheet.wholeRow"))}</td>
							<td>{problem.message}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

/** Every problem of a plan file, each with its line and column or its path. */
export function PlanProblemTable({
	title,
	problems,
}: {
	title: string;
	problems: readonly Problem[];
}) {
	const { t } = useTranslation("importExport");
	return (
		<div className="alert alert-error" role="alert">
			<table className="problem-table">
				<caption>{title}</caption>
				<thead>
					<tr>
						<th scope="col">{t("plan.where")}</th>
						<th scope="col">{t("plan.problem")}</th>
					</tr>
				</thead>
				<tbody>
					{problems.map(planProblem).map((problem) => (
						<tr key={`${problem.where}:${problem.message}`}>
							<th scope="row">
								<code>{problem.where}</code>
							</th>
							<td>{problem.message}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
