import { useTranslation } from "react-i18next";
import type { GroupFill, MeanEstimate } from "../../../model/analysis.ts";
import { formatPercent } from "../../lib/format.ts";

/** A mean fill's 95% interval, or why there is none. */
function FillInterval({ estimate }: { estimate: MeanEstimate }) {
	const { t, i18n } = useTranslation("analysis");
	if (estimate.low === null || estimate.high === null) return <>{t("noInterval")}</>;
	return (
		<>
			{t("range", {
				low: formatPercent(estimate.low, i18n.language),
				high: formatPercent(estimate.high, i18n.language),
			})}
		</>
	);
}

/** The mean fill of each group of past offerings (a field, an intake), with its interval. */
export function GroupFillTable({
	caption,
	heading,
	groups,
}: {
	caption: string;
	heading: string;
	groups: readonly GroupFill[];
}) {
	const { t, i18n } = useTranslation("analysis");
	return (
		<div className="analysis-scroll">
			<table className="analysis-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{heading}</th>
						<th scope="col">{t("offerings")}</th>
						<th scope="col">{t("meanFill")}</th>
						<th scope="col">{t("interval")}</th>
					</tr>
				</thead>
				<tbody>
					{groups.length === 0 && (
						<tr>
							<td colSpan={4}>{t("noGroups")}</td>
						</tr>
					)}
					{groups.map((group) => (
						<tr key={group.key}>
							<th scope="row">{group.label}</th>
							<td className="analysis-number">{group.n}</td>
							<td className="analysis-number">
								{group.mean === null ? "–" : formatPercent(group.mean, i18n.language)}
							</td>
							<td className="analysis-number">
								<FillInterval estimate={group} />
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
