import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../model/analysis.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";

/** Where past offerings' registrations came from: each channel's count and share, the channels past the first summed in one row. */
export function ChannelTable({ channels }: { channels: Analysis["byChannel"] }) {
	const { t, i18n } = useTranslation("analysis");
	return (
		<div className="analysis-scroll">
			<table className="analysis-table">
				<caption>{t("byChannel")}</caption>
				<thead>
					<tr>
						<th scope="col">{t("channel")}</th>
						<th scope="col">{t("registrations")}</th>
						<th scope="col">{t("share")}</th>
					</tr>
				</thead>
				<tbody>
					{channels.length === 0 && (
						<tr>
							<td colSpan={3}>{t("noGroups")}</td>
						</tr>
					)}
					{channels.map((entry) => (
						<tr key={entry.channel}>
							<th scope="row">
								{entry.otherChannels === undefined
									? entry.channel
									: t("otherChannels", { count: entry.otherChannels })}
							</th>
							<td className="analysis-number">
								{formatNumber(entry.registrations, i18n.language)}
							</td>
							<td className="analysis-number">{formatPercent(entry.share, i18n.language)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
