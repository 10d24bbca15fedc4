import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { StateCounts } from "../../../model/api/registrations.ts";
import { useRouteLinks } from "../../components/route-links.ts";
import { formatDate, formatGroup, formatNumber, formatPercent } from "../../lib/format.ts";
import { countsText } from "../registrations/counts-text.ts";
import { type ListQuery, type SortKey, sortBy, sortKeys } from "./list-query.ts";
import type { OfferingRow } from "./offering-rows.ts";

const numeric: ReadonlySet<SortKey> = new Set([
	"leadTime",
	"coverage",
	"breakEven",
	"communicationShare",
	"fill",
]);

type Texts = TFunction<"offerings">;

/** The worst finding as text and a badge, so colour is never the only sign. */
function risk(t: Texts, row: OfferingRow) {
	if (row.severity === null) return <span className="badge badge-ok">{t("risk.none")}</span>;
	return (
		<span className={`badge badge-${row.severity}`}>
			<span aria-hidden="true">{row.severity === "error" ? "✖ " : "⚠ "}</span>
			{t(`risk.${row.severity}`, { count: row.findings })}
		</span>
	);
}

/** The registrations against the group size, and what the fill forecast expects of them. */
function fill(t: Texts, language: string, row: OfferingRow) {
	if (row.registrations === null) return t("noValue");
	const group = { count: row.registrations, group: formatGroup(row.min, row.max, language) };
	const { forecast } = row;
	if (!forecast) return t("fill", group);
	return (
		<>
			{t("fill", group)}{" "}
			<span className="fill-expected">
				{t("fillExpected", {
					expected: formatNumber(forecast.expectedFinal, language),
					chance: formatPercent(forecast.probabilityMinReached, language),
				})}
			</span>
		</>
	);
}

/**
 * The offerings as a table whose column headers sort it (`aria-sort` on the sorted one), with
 * each offering's registrations per state, linked to them.
 */
export function OfferingsTable({
	rows,
	query,
	onSort,
	canEdit,
	registrations,
}: {
	rows: readonly OfferingRow[];
	query: ListQuery;
	onSort: (query: ListQuery) => void;
	canEdit: boolean;
	/** Each offering's registrations per state, by offering id. */
	registrations: ReadonlyMap<string, StateCounts>;
}) {
	const { t, i18n } = useTranslation("offerings");
	const { t: tr } = useTranslation("registrations");
	const links = useRouteLinks<HTMLDivElement>();
	const path = (row: OfferingRow, view = "") => `/offerings/${encodeURIComponent(row.id)}${view}`;
	const language = i18n.language;
	const none = t("noValue");
	const cells: Record<SortKey, (row: OfferingRow) => React.ReactNode> = {
		title: (row) => (
			<>
				<a href={links.href(path(row))} data-to={path(row)}>
					{row.title}
				</a>
				{row.unsaved && <span className="badge badge-warning unsaved">{t("list.unsaved")}</span>}
			</>
		),
		intake: (row) => row.intakeLabel ?? none,
		field: (row) => row.fieldName ?? none,
		start: (row) => formatDate(row.start, language),
		risk: (row) => risk(t, row),
		leadTime: (row) => t("days", { count: row.leadTimeDays }),
		coverage: (row) => formatPercent(row.coverage, language),
		breakEven: (row) =>
			t("breakEven", {
				breakEven:
					row.breakEven === null
						? t("never")
						: row.breakEven === 0
							? t("anyGroup")
							: formatNumber(row.breakEven, language),
				min: formatNumber(row.min, language),
			}),
		communicationShare: (row) => formatPercent(row.communicationShare, language),
		fill: (row) => fill(t, language, row),
	};
	return (
		<div className="table-scroll" ref={links.ref}>
			<table className="offerings-table">
				<caption>
					{t("list.caption", {
						column: t(`column.${query.sort}`),
						direction: t(`list.${query.direction}`),
					})}
				</caption>
				<thead>
					<tr>
						{sortKeys.map((key) => {
							const sorted = query.sort === key;
							return (
								<th
									key={key}
									scope="col"
									aria-sort={sorted ? query.direction : undefined}
									className={numeric.has(key) ? "numeric" : undefined}
								>
									<button type="button" className="sort" onClick={() => onSort(sortBy(query, key))}>
										{t(`column.${key}`)}
										<span aria-hidden="true" className="sort-mark">
											{sorted ? (query.direction === "ascending" ? " ▲" : " ▼") : " ↕"}
										</span>
									</button>
								</th>
							);
						})}
						<th scope="col">{tr("link")}</th>
						{canEdit && (
							<th scope="col">
								<span className="visually-hidden">{t("list.edit")}</span>
							</th>
						)}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.id}>
							{sortKeys.map((key) =>
								key === "title" ? (
									<th key={key} scope="row">
										{cells[key](row)}
									</th>
								) : (
									<td
										key={key}
										className={
											numeric.has(key)
												? "numeric"
												: key === "start" || key === "risk"
													? "nowrap"
													: undefined
										}
									>
										{cells[key](row)}
									</td>
								),
							)}
							<td>
								<a
									href={links.href(path(row, "/registrations"))}
									data-to={path(row, "/registrations")}
								>
									{countsText(tr, registrations.get(row.id))}
								</a>
							</td>
							{canEdit && (
								<td>
									<a
										href={links.href(path(row, "/edit"))}
										data-to={path(row, "/edit")}
										aria-label={t("list.editLabel", { title: row.title })}
									>
										{t("list.edit")}
									</a>
								</td>
							)}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
