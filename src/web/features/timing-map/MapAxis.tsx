import { useTranslation } from "react-i18next";
import { formatDate, formatMonthName } from "../../lib/format.ts";
import { CalendarMarkStrip } from "./CalendarMarkStrip.tsx";
import type { CalendarMark } from "./calendar-marks.ts";
import { type LabelPlacement, labelWidth, placeBeside } from "./labels.ts";
import type { Month } from "./scale.ts";
import { atStyle, spanStyle } from "./span-style.ts";

/**
 * The top of the map, kept in view while it scrolls: the years, the months, today and the
 * closures and holidays. The years and months are drawn for the eye; each row's summary gives
 * its dates in words.
 */
export function MapAxis({
	months,
	today,
	marks,
}: {
	months: readonly Month[];
	/** Where today falls, when it is on the map. */
	today: { date: string; at: number } | undefined;
	marks: readonly CalendarMark[];
}) {
	const { t, i18n } = useTranslation("timingMap");
	const years = months.filter((month) => month.startsYear);
	const todayText = today && t("today", { date: formatDate(today.date, i18n.language) });
	let todayLabel: LabelPlacement | undefined;
	if (today && todayText) {
		const taken = years.map((month) => ({
			from: month.span.left,
			to: month.span.left + labelWidth("2027"),
		}));
		todayLabel = placeBeside({ at: today.at, width: labelWidth(todayText), taken });
	}
	return (
		<div className="tm-line tm-axis">
			<div className="tm-label tm-corner" />
			<div className="tm-axis-track">
				<div className="tm-axis-dates" aria-hidden="true">
					{years.map((month) => (
						<span key={month.first} className="tm-year" style={spanStyle(month.span)}>
							{month.first.slice(0, 4)}
						</span>
					))}
					{months
						.filter((month) => month.named)
						.map((month) => (
							<span key={month.first} className="tm-month" style={spanStyle(month.span)}>
								{formatMonthName(month.first, i18n.language)}
							</span>
						))}
					{today && <span className="tm-today-tick" style={atStyle(today.at)} />}
				</div>
				{todayLabel && (
					<span className={`tm-today tm-note-${todayLabel.side}`} style={atStyle(todayLabel.at)}>
						{todayText}
					</span>
				)}
				<CalendarMarkStrip marks={marks} />
			</div>
		</div>
	);
}
