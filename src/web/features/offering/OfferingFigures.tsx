import { useTranslation } from "react-i18next";
import type { OfferingReport } from "../../../model/report.ts";
import { formatDate, formatGroup, formatPercent } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { type FigureFormat, figuresOf } from "./figures.ts";

/** The offering's key figures; a figure the preview changed reads "saved → preview". */
export function OfferingFigures({
	report,
	saved,
}: {
	report: OfferingReport;
	saved: OfferingReport | undefined;
}) {
	const { t, i18n } = useTranslation("offering");
	const { report: live } = useWorkspace();
	const language = i18n.language;
	const format: FigureFormat = {
		intake: (id) =>
			id === null
				? t("figures.noIntake")
				: (live.intakes.find((intake) => intake.id === id)?.label ?? id),
		range: (from, to) =>
			t("figures.range", { from: formatDate(from, language), to: formatDate(to, language) }),
		date: (iso) => formatDate(iso, language),
		days: (count) => t("figures.days", { count }),
		percent: (share) => formatPercent(share, language),
		participants: (count) =>
			count === null ? t("figures.never") : t("figures.participants", { count }),
		group: (min, max) =>
			t("figures.groupRange", { group: formatGroup(min, max, language), count: max }),
	};
	return (
		<section aria-label={t("figures.label")}>
			<dl className="offering-figures">
				{figuresOf(report, saved, format).map((figure) => (
					<div key={figure.key} className={figure.saved ? "figure figure-changed" : "figure"}>
						<dt>{t(`figures.${figure.key}`)}</dt>
						<dd>
							{figure.saved !== undefined && (
								<>
									<span className="visually-hidden">{t("figures.saved")} </span>
									<s className="figure-before">{figure.saved}</s>
									<span aria-hidden="true"> → </span>
									<span className="visually-hidden"> {t("figures.inPreview")} </span>
								</>
							)}
							<span className="figure-value">{figure.value}</span>
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
