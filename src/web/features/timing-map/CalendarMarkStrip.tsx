import { type KeyboardEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import type { CalendarMark } from "./calendar-marks.ts";
import { spanStyle } from "./span-style.ts";

/** A closure or holiday in words: "Good Friday, 26 Mar 2027 (public holiday)". */
export function useMarkName(): (mark: CalendarMark) => string {
	const { t, i18n } = useTranslation("timingMap");
	return (mark) =>
		mark.kind === "holiday"
			? t("marks.holiday", { name: mark.name, date: formatDate(mark.from, i18n.language) })
			: t("marks.closure", {
					name: mark.name,
					from: formatDate(mark.from, i18n.language),
					to: formatDate(mark.to, i18n.language),
				});
}

const moves: Record<string, (index: number, last: number) => number> = {
	ArrowRight: (index, last) => Math.min(last, index + 1),
	ArrowLeft: (index) => Math.max(0, index - 1),
	Home: () => 0,
	End: (_index, last) => last,
};

/**
 * The closures and public holidays on the axis, each named when pointed at or focused. They
 * are one stop for the Tab key (a toolbar): the arrow keys, Home and End move between them.
 */
export function CalendarMarkStrip({ marks }: { marks: readonly CalendarMark[] }) {
	const { t } = useTranslation("timingMap");
	const nameOf = useMarkName();
	const [active, setActive] = useState(0);
	const buttons = useRef<(HTMLButtonElement | null)[]>([]);
	if (marks.length === 0) return null;
	const current = Math.min(active, marks.length - 1);
	const onKeyDown = (event: KeyboardEvent) => {
		const move = moves[event.key];
		if (!move) return;
		event.preventDefault();
		const next = move(current, marks.length - 1);
		setActive(next);
		buttons.current[next]?.focus();
	};
	return (
		<div className="tm-marks" role="toolbar" aria-label={t("marks.label")} onKeyDown={onKeyDown}>
			{marks.map((mark, index) => (
				<button
					key={`${mark.kind}:${mark.from}:${mark.name}`}
					ref={(button) => {
						buttons.current[index] = button;
					}}
					type="button"
					className={`tm-mark-button tm-mark-${mark.kind}`}
					style={spanStyle(mark.span)}
					tabIndex={index === current ? 0 : -1}
					onFocus={() => setActive(index)}
				>
					<span className="tm-tip">{nameOf(mark)}</span>
				</button>
			))}
		</div>
	);
}
