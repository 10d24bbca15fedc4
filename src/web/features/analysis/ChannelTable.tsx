import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../model/analysis.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";
import { AnalysisTable } from "./AnalysisTable.tsx";

/** Where past offerings' registrations came from: each channel's count and share, the channels past the first summed in one row. */
export function ChannelTable({ channels }: { channels: Analysis["byChannel"] }) {
	const { t, i18n } = useTranslation("analysis");
	return (
		<AnalysisTable
			caption={t("byChannel")}
			headings={[t("channel"), t("registrations"), t("share")]}
			rows={channels.map((entry) => ({
				key: entry.channel,
				label:
					entry.otherChannels === undefined
						? entry.channel
						: t("otherChannels", { count: entry.otherChannels }),
				figures: [
					formatNumber(entry.registrations, i18n.language),
					formatPercent(entry.share, i18n.language),
				],
			}))}
		/>
	);
}
