import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { timingLinkFound } from "../../../model/analysis.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { AnalysisPlots } from "./AnalysisPlots.tsx";
import { AtRiskTable } from "./AtRiskTable.tsx";
import { analysisQuery } from "./api.ts";
import { ChannelTable } from "./ChannelTable.tsx";
import { GroupFillTable } from "./GroupFillTable.tsx";
import { YearlyReportLink } from "./YearlyReportLink.tsx";
import "./analysis.css";

/**
 * What timing did to fill, from the saved plan's history: the server's summary in words, its
 * plots (the same SVG as the HTML report), fill by group, the offerings at risk this year, and
 * the yearly report to open.
 */
export function AnalysisPage() {
	const { t, i18n } = useTranslation("analysis");
	const workspace = useWorkspace();
	const answer = useQuery(analysisQuery(workspace.institution.id, i18n.language));
	const analysis = answer.data?.analysis;
	const summary = answer.data?.summary ?? [];
	return (
		<section className="analysis">
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro")}</p>
			{workspace.drafts.size > 0 && <p className="analysis-note">{t("savedOnly")}</p>}
			<ProblemAlert error={answer.error} />
			{answer.isPending && <Loading />}
			{analysis && (
				<>
					<section aria-labelledby="analysis-summary">
						<h2 id="analysis-summary">{t("summary")}</h2>
						{summary.map((text) => (
							<p key={text}>{text}</p>
						))}
					</section>
					<AnalysisPlots analysis={analysis} summary={summary} />
					<section aria-labelledby="analysis-groups">
						<h2 id="analysis-groups">{t("fillBy")}</h2>
						<p>{t("groupsNote")}</p>
						<GroupFillTable caption={t("byField")} heading={t("field")} groups={analysis.byField} />
						<GroupFillTable
							caption={t("byIntake")}
							heading={t("intake")}
							groups={analysis.byIntake}
						/>
						<ChannelTable channels={analysis.byChannel} />
					</section>
					<AtRiskTable
						offerings={analysis.atRisk}
						linkFound={timingLinkFound(analysis)}
						intakes={workspace.savedReport.intakes}
					/>
				</>
			)}
			<YearlyReportLink pastYears={analysis?.pastOfferings.map((past) => past.year) ?? []} />
		</section>
	);
}
