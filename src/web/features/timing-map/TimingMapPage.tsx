import { useLayoutEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { toIso } from "../../../engine/days.ts";
import { textIn } from "../../../model/localized-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate } from "../../lib/format.ts";
import { measureSince } from "../../lib/measure.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { blockersOf } from "./blockers.ts";
import { CalendarList } from "./CalendarList.tsx";
import { calendarMarks } from "./calendar-marks.ts";
import { applyFilters, filterOptions, filtersFrom, withFilter, withoutFilters } from "./filters.ts";
import { layoutMap } from "./layout.ts";
import { MapFilters } from "./MapFilters.tsx";
import { MapLegend } from "./MapLegend.tsx";
import { RiskSymbols } from "./RiskMark.tsx";
import { TimingMap } from "./TimingMap.tsx";
import "./timing-map.css";

/**
 * The timing map: the planning year on one screen, from the live report, so a draft shows at
 * once. Each render is measured as "kairos:timing-map" (read by `npm run bench:web`).
 */
export function TimingMapPage() {
	const started = performance.now();
	const { t, i18n } = useTranslation("timingMap");
	const { report, preview, holidays, today, drafts } = useWorkspace();
	const [params, setParams] = useSearchParams();
	const languages = preview.institution.languages;
	const options = useMemo(
		() => filterOptions(report, preview, textIn(i18n.language, languages ?? [])),
		[report, preview, i18n.language, languages],
	);
	const filters = useMemo(() => filtersFrom(params, options), [params, options]);
	const blockers = useMemo(() => blockersOf(preview, holidays), [preview, holidays]);
	const view = useMemo(() => applyFilters(report, preview, filters), [report, preview, filters]);
	const layout = useMemo(
		() => layoutMap({ ...view, planIntakes: preview.intakes, blockers }),
		[view, preview.intakes, blockers],
	);
	const marks = useMemo(
		() => (layout ? calendarMarks(layout.scale, preview.institution.closures ?? [], holidays) : []),
		[layout, preview.institution.closures, holidays],
	);
	const unsaved = useMemo(() => new Set(drafts.keys()), [drafts]);
	useLayoutEffect(() => measureSince("kairos:timing-map", started));

	const total = report.offerings.length;
	const change = (key: Parameters<typeof withFilter>[1], value: string | undefined) =>
		setParams(withFilter(params, key, value), { replace: true });
	const date = (day: number) => formatDate(toIso(day), i18n.language);
	return (
		<div className="timing-map-page">
			<PageTitle>{t("title")}</PageTitle>
			<p className="tm-intro">{t("intro")}</p>
			{drafts.size > 0 && <p className="tm-preview">{t("preview", { count: drafts.size })}</p>}
			<MapFilters
				options={options}
				filters={filters}
				onChange={change}
				onClear={() => setParams(withoutFilters(params), { replace: true })}
			/>
			<p className="tm-showing" role="status">
				{t("showing", { shown: view.offerings.length, total })}
			</p>
			<MapLegend />
			<RiskSymbols />
			{view.offerings.length === 0 && <p>{total === 0 ? t("noOfferings") : t("empty")}</p>}
			{layout && (
				<TimingMap
					layout={layout}
					marks={marks}
					today={today}
					unsaved={unsaved}
					label={t("map", { from: date(layout.scale.first), to: date(layout.scale.end - 1) })}
				/>
			)}
			<CalendarList marks={marks} />
		</div>
	);
}
