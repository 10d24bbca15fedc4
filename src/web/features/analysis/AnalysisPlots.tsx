import { useTranslation } from "react-i18next";
import { withSpendAndEnrolments } from "../../../engine/analysis/summary.ts";
import type { Analysis, Statement } from "../../../model/analysis.ts";
import { type AnalysisPlot, analysisPlots } from "../../../model/api/analysis.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { plotAddress } from "./api.ts";

/** The summary's statement that each plot shows, whose words complete the plot's description. */
const statementOf: Record<AnalysisPlot, Statement["kind"]> = {
	"lead-time": "leadTime",
	coverage: "coverage",
	spend: "spend",
};

/** How many points a plot draws: every past offering, or those of the spend fit. */
function pointsOf(analysis: Analysis, plot: AnalysisPlot): number {
	if (plot !== "spend") return analysis.pastOfferings.length;
	return analysis.pastOfferings.filter(withSpendAndEnrolments).length;
}

/**
 * The analysis's plots as images of the server's SVG, each described for a screen reader by
 * what it draws and by the summary's sentence about it.
 */
export function AnalysisPlots({ analysis, summary }: { analysis: Analysis; summary: string[] }) {
	const { t, i18n } = useTranslation("analysis");
	const { institution } = useWorkspace();
	const sentence = (plot: AnalysisPlot) => {
		const index = analysis.summary.findIndex((statement) => statement.kind === statementOf[plot]);
		return index < 0 ? undefined : summary[index];
	};
	return (
		<section aria-labelledby="analysis-plots">
			<h2 id="analysis-plots">{t("plots")}</h2>
			<div className="analysis-plots">
				{analysisPlots.map((plot) => (
					<figure key={plot} className="analysis-plot">
						<img
							src={plotAddress(institution.id, plot, i18n.language)}
							alt={[t(`plot.${plot}.alt`, { count: pointsOf(analysis, plot) }), sentence(plot)]
								.filter(Boolean)
								.join(" ")}
						/>
						<figcaption>{t(`plot.${plot}.title`)}</figcaption>
					</figure>
				))}
			</div>
		</section>
	);
}
