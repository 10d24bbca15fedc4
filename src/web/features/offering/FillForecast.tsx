import { useTranslation } from "react-i18next";
import type { OfferingReport } from "../../../model/report.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";

/**
 * The offering's fill forecast from the live report (docs/forecast.md): how many have
 * registered, the count expected at the start with its 10th–90th percentile range, and the chance
 * of reaching the minimum group. Nothing when the report has no forecast for it.
 */
export function FillForecast({ report }: { report: OfferingReport }) {
	const { t, i18n } = useTranslation("offering");
	const { forecast } = report;
	if (!forecast) return null;
	const language = i18n.language;
	const number = (value: number) => formatNumber(value, language);
	const min = number(report.participants.min);
	const figures = [
		{
			key: "current",
			term: t("forecast.current"),
			value: t("forecast.currentValue", { current: number(forecast.current), min }),
		},
		{
			key: "expected",
			term: t("forecast.expected"),
			value: t("forecast.expectedValue", {
				expected: number(forecast.expectedFinal),
				low: number(forecast.low),
				high: number(forecast.high),
			}),
		},
		{
			key: "chance",
			term: t("forecast.chance", { min }),
			value: formatPercent(forecast.probabilityMinReached, language),
		},
	];
	return (
		<section aria-labelledby="fill-forecast" className="fill-forecast">
			<h2 id="fill-forecast">{t("forecast.title")}</h2>
			<dl className="offering-figures">
				{figures.map((figure) => (
					<div key={figure.key} className="figure">
						<dt>{figure.term}</dt>
						<dd>{figure.value}</dd>
					</div>
				))}
			</dl>
			<p className="fill-forecast-note">{t("forecast.note")}</p>
		</section>
	);
}
