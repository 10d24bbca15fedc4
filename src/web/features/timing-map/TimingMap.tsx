import { toDay } from "../../../engine/days.ts";
import { useRouteLinks } from "../../components/route-links.ts";
import type { CalendarMark } from "./calendar-marks.ts";
import { IntakeLanes } from "./IntakeLanes.tsx";
import { minChartWidth } from "./labels.ts";
import type { MapLayout } from "./layout.ts";
import { MapAxis } from "./MapAxis.tsx";
import { MapBackdrop } from "./MapBackdrop.tsx";
import { OfferingGroup } from "./OfferingGroup.tsx";
import { monthsOf, onScale } from "./scale.ts";

/**
 * The map itself: the axis, the intakes, then each intake's offerings, over the month grid, the
 * closures, the holidays and today. It scrolls inside its frame; the titles and the axis stay in
 * view. Written as HTML, so every title is a link reached by Tab in the order shown.
 */
export function TimingMap({
	layout,
	marks,
	today,
	unsaved,
	label,
}: {
	layout: MapLayout;
	marks: readonly CalendarMark[];
	today: string;
	unsaved: ReadonlySet<string>;
	/** The map's name: what it covers. */
	label: string;
}) {
	const { scale } = layout;
	const links = useRouteLinks<HTMLElement>();
	const months = monthsOf(scale, minChartWidth);
	const todayDay = toDay(today);
	const todayAt = onScale(scale, todayDay) ? scale.at(todayDay) : undefined;
	return (
		<section className="tm-scroll" aria-label={label} ref={links.ref}>
			<div className="tm-canvas">
				<MapAxis
					months={months}
					today={todayAt === undefined ? undefined : { date: today, at: todayAt }}
					marks={marks}
				/>
				<div className="tm-body">
					<MapBackdrop months={months} marks={marks} today={todayAt} />
					<IntakeLanes lanes={layout.lanes} />
					{layout.groups.map((group) => (
						<OfferingGroup
							key={group.intake?.id ?? "no-intake"}
							group={group}
							unsaved={unsaved}
							href={links.href}
						/>
					))}
				</div>
			</div>
		</section>
	);
}
