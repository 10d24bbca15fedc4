import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OfferingReport } from "../../../model/report.ts";
import { formatDate, formatPercent } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";

/** A figure now, and what it was in the saved plan when that differs. */
function Figure({ label, now, was }: { label: string; now: string; was: string | undefined }) {
	const { t } = useTranslation("offerings");
	let value: ReactNode = now;
	if (was !== undefined && was !== now)
		value = (
			<>
				<span className="figure-before">
					<span className="visually-hidden">{t("live.was")} </span>
					{was}
				</span>
				<span aria-hidden="true"> → </span>
				<strong>
					<span className="visually-hidden">, {t("live.now")} </span>
					{now}
				</strong>
			</>
		);
	return (
		<>
			<dt>{label}</dt>
			<dd>{value}</dd>
		</>
	);
}

/**
 * The offering's break-even, communication share and timing from the live report, recomputed
 * by the engine as the person types, beside the saved plan's figures.
 */
export function LiveFigures({ id, stale }: { id: string; stale: boolean }) {
	const { t, i18n } = useTranslation("offerings");
	const { report, savedReport } = useWorkspace();
	const now = report.offerings.find((entry) => entry.id === id);
	const was = savedReport.offerings.find((entry) => entry.id === id);
	const language = i18n.language;
	const figures: [string, (entry: OfferingReport) => string][] = [
		[
			t("live.breakEven"),
			(entry) =>
				entry.breakEvenParticipants === null
					? t("never")
					: t("live.participants", { count: entry.breakEvenParticipants }),
		],
		[t("live.minGroup"), (entry) => t("live.participants", { count: entry.participants.min })],
		[t("live.communicationShare"), (entry) => formatPercent(entry.communicationShare, language)],
		[t("live.publication"), (entry) => formatDate(entry.publication, language)],
		[t("live.leadTime"), (entry) => t("days", { count: entry.leadTimeDays })],
		[t("live.coverage"), (entry) => formatPercent(entry.decisionWindowCoverage, language)],
		[t("live.findings"), (entry) => String(entry.findings.length)],
	];
	return (
		<aside className="live-figures" aria-labelledby="live-figures-heading">
			<h2 id="live-figures-heading">{t("live.heading")}</h2>
			<p className="field-hint">{t("live.hint")}</p>
			{stale && <p className="note note-warning">{t("live.stale")}</p>}
			{!was && <p className="field-hint">{t("live.newOffering")}</p>}
			{now && (
				<dl aria-live="polite">
					{figures.map(([label, show]) => (
						<Figure key={label} label={label} now={show(now)} was={was && show(was)} />
					))}
				</dl>
			)}
		</aside>
	);
}
