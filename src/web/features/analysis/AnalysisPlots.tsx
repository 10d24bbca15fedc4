import { useTranslation } from "react-i18next";
import type { Analysis, Statement } from "../../../model/analysis.ts";
import { type AnalysisPlot, analysisPlots } from "../../../model/analysis.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { plotAddress } from "./api.ts";

/** The summary's statement that each plot shows, whose words complete the plot's description. */
const statementOf: Record<AnalysisPlot, Statement["kind"]> = {
	"lead-time": "leadTime",
	coverage: "coverage",
	spend: "spend",
	"cost-per-enrolment": "spend",
};

/**
 * The analysis's plots as images of the server's SVG, each described for a screen reader by
 * what it draws (every past offering is a point of the fill plots) and by the summary's
 * sentence about it, which gives its numbers.
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
							alt={[
								plot === "spend" || plot === "cost-per-enrolment"
									? t(`plot.${plot}.alt`)
									: t(`plot.${plot}.alt`, { count: analysis.pastOfferings.length }),
								plot === "cost-per-enrolment" ? undefined : sentence(plot),
							]
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
