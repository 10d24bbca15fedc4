import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMarkName } from "./CalendarMarkStrip.tsx";
import type { CalendarMark } from "./calendar-marks.ts";

/** The closures and public holidays of the map's period as a list, for reading and for screen readers. */
export function CalendarList({ marks }: { marks: readonly CalendarMark[] }) {
	const { t } = useTranslation("timingMap");
	const nameOf = useMarkName();
	const headingId = useId();
	return (
		<section className="tm-calendar" aria-labelledby={headingId}>
			<h2 id={headingId}>{t("marks.heading")}</h2>
			{marks.length === 0 ? (
				<p>{t("marks.none")}</p>
			) : (
				<ul className="tm-calendar-list">
					{marks.map((mark) => (
						<li
							key={`${mark.kind}:${mark.from}:${mark.name}`}
							className={`tm-calendar-${mark.kind}`}
						>
							{nameOf(mark)}
						</li>
					))}
				</ul>
			)}
		</section>
	);
}
