import { useTranslation } from "react-i18next";
import { RiskMark } from "./RiskMark.tsx";
import { risks } from "./risk.ts";

const symbols = [
	["admission", "tm-swatch-admission"],
	["studiesStart", "tm-swatch-studies-start"],
	["fullTimeGroups", "tm-swatch-full-time-groups"],
	["window", "tm-swatch-window"],
	["public", "tm-swatch-public"],
	["course", "tm-swatch-course"],
	["missed", "tm-swatch-missed"],
	["blocker", "tm-swatch-blocker"],
	["closure", "tm-swatch-closure"],
	["holiday", "tm-swatch-holiday"],
	["today", "tm-swatch-today"],
] as const;

/** What the map's shapes mean, and the mark and fill of each risk. */
export function MapLegend() {
	const { t } = useTranslation("timingMap");
	return (
		<ul className="tm-legend" aria-label={t("legend.label")}>
			{risks.map((risk) => (
				<li key={risk}>
					<span className="tm-legend-risk" aria-hidden="true">
						<span className={`tm-swatch tm-bar-${risk}`} />
					</span>
					<RiskMark risk={risk} label="" />
					{t(`risk.${risk}`)}
				</li>
			))}
			{symbols.map(([key, className]) => (
				<li key={key}>
					<span className={`tm-swatch ${className}`} aria-hidden="true" />
					{t(`legend.${key}`)}
				</li>
			))}
		</ul>
	);
}
