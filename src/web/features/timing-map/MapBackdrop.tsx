import type { CalendarMark } from "./calendar-marks.ts";
import type { Month } from "./scale.ts";
import { atStyle, spanStyle } from "./span-style.ts";

/**
 * What lies behind every row: a line at each month's start, the closures as bands, the public
 * holidays as thin lines, and today. The axis and the list below the map name them.
 */
export function MapBackdrop({
	months,
	marks,
	today,
}: {
	months: readonly Month[];
	marks: readonly CalendarMark[];
	today: number | undefined;
}) {
	return (
		<div className="tm-backdrop" aria-hidden="true">
			{months.map((month) => (
				<span
					key={month.first}
					className={month.startsYear ? "tm-grid tm-grid-year" : "tm-grid"}
					style={atStyle(month.span.left)}
				/>
			))}
			{marks.map((mark) => (
				<span
					key={`${mark.kind}:${mark.from}:${mark.name}`}
					className={mark.kind === "closure" ? "tm-closure-band" : "tm-holiday-line"}
					style={spanStyle(mark.span)}
				/>
			))}
			{today !== undefined && <span className="tm-today-line" style={atStyle(today)} />}
		</div>
	);
}
