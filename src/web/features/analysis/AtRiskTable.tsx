import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OfferingAtRisk } from "../../../model/analysis.ts";
import type { IntakeReport } from "../../../model/report.ts";
import { formatPercent } from "../../lib/format.ts";

/**
 * The offerings planned now whose timing falls where past offerings filled below their minimum,
 * each with the fill expected there (and the 95% range of one offering timed so) beside the
 * share its minimum group needs.
 */
export function AtRiskTable({
	offerings,
	linkFound,
	intakes,
}: {
	offerings: readonly OfferingAtRisk[];
	/** Whether the history found a link between timing and fill, without which none is at risk. */
	linkFound: boolean;
	intakes: readonly IntakeReport[];
}) {
	const { t, i18n } = useTranslation("analysis");
	const percent = (share: number) => formatPercent(share, i18n.language);
	const intakeLabel = (id: string | undefined) =>
		id === undefined ? t("noIntake") : (intakes.find((intake) => intake.id === id)?.label ?? id);
	return (
		<section aria-labelledby="analysis-at-risk">
			<h2 id="analysis-at-risk">{t("atRisk")}</h2>
			<p>{t("atRiskIntro")}</p>
			{offerings.length === 0 ? (
				<p>{t(linkFound ? "noneAtRisk" : "atRiskUnknown")}</p>
			) : (
				<div className="analysis-scroll">
					<table className="analysis-table">
						<caption className="visually-hidden">{t("atRisk")}</caption>
						<thead>
							<tr>
								<th scope="col">{t("offering")}</th>
								<th scope="col">{t("intake")}</th>
								<th scope="col">{t("leadTime")}</th>
								<th scope="col">{t("coverage")}</th>
								<th scope="col">{t("expectedFill")}</th>
								<th scope="col">{t("minimumFill")}</th>
								<th scope="col">{t("by")}</th>
							</tr>
						</thead>
						<tbody>
							{offerings.map((offering) => (
								<tr key={offering.id}>
									<th scope="row">
										<Link to={`/offerings/${encodeURIComponent(offering.id)}`}>
											{offering.title}
										</Link>
									</th>
									<td>{intakeLabel(offering.intake)}</td>
									<td className="analysis-number">
										{t("weeks", { count: Math.round(offering.leadTimeDays / 7) })}
									</td>
									<td className="analysis-number">{percent(offering.coverage)}</td>
									<td className="analysis-number">
										{percent(offering.expectedFill.fit)} (
										{t("range", {
											low: percent(offering.expectedFill.prediction.low),
											high: percent(offering.expectedFill.prediction.high),
										})}
										)
									</td>
									<td className="analysis-number">
										{t("minimumOf", {
											minimum: offering.minimum,
											places: offering.places,
											share: percent(offering.minimum / offering.places),
										})}
									</td>
									<td>{offering.by === "leadTime" ? t("byLeadTime") : t("byCoverage")}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</section>
	);
}
