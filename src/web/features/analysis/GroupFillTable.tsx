import { useTranslation } from "react-i18next";
import type { GroupFill, MeanEstimate } from "../../../model/analysis.ts";
import { formatPercent } from "../../lib/format.ts";
import { AnalysisTable } from "./AnalysisTable.tsx";

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

/** The mean fill of each group of past offerings (a field, an intake), with its interval; the groups past the first summed in one row. */
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
		<AnalysisTable
			caption={caption}
			headings={[heading, t("offerings"), t("meanFill"), t("interval")]}
			rows={groups.map((group) => ({
				key: group.key,
				label:
					group.otherGroups === undefined
						? group.label
						: t("otherGroups", { count: group.otherGroups }),
				figures: [
					group.n,
					group.mean === null ? "–" : formatPercent(group.mean, i18n.language),
					<FillInterval key="interval" estimate={group} />,
				],
			}))}
		/>
	);
}
