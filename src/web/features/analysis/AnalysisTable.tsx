import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** One row of an analysis table: its key, the group it names, and that group's figures. */
export interface AnalysisRow {
	key: string;
	label: ReactNode;
	figures: readonly ReactNode[];
}

/**
 * A table of groups of past offerings (fields, intakes, channels): a row per group, headed by
 * the group's name, with its figures right-aligned; a row says so when no past offering gives any.
 * `headings` names the groups' column first, then one per figure.
 */
export function AnalysisTable({
	caption,
	headings,
	rows,
}: {
	caption: string;
	headings: readonly [string, ...string[]];
	rows: readonly AnalysisRow[];
}) {
	const { t } = useTranslation("analysis");
	const [, ...figureHeadings] = headings;
	return (
		<div className="analysis-scroll">
			<table className="analysis-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						{headings.map((heading) => (
							<th scope="col" key={heading}>
								{heading}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.length === 0 && (
						<tr>
							<td colSpan={headings.length}>{t("noGroups")}</td>
						</tr>
					)}
					{rows.map((row) => (
						<tr key={row.key}>
							<th scope="row">{row.label}</th>
							{figureHeadings.map((heading, column) => (
								<td className="analysis-number" key={heading}>
									{row.figures[column]}
								</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
