import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { allows } from "../../../model/api/permissions.ts";
import { textIn } from "../../../model/localized-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { locale } from "../../lib/format.ts";
import { useRegistrationCounts } from "../registrations/api.ts";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import {
	filterRows,
	type ListQuery,
	listQueryParams,
	parseListQuery,
	sortRows,
} from "./list-query.ts";
import { OfferingsFilters } from "./OfferingsFilters.tsx";
import { OfferingsTable } from "./OfferingsTable.tsx";
import { offeringRows } from "./offering-rows.ts";
import "./offerings.css";

/**
 * Every offering of the plan (with the unsaved changes), sortable and filterable, with its
 * registrations per state; the state of the list is in the URL.
 */
export function OfferingsPage() {
	const { t, i18n } = useTranslation("offerings");
	const { report, preview, drafts, institution } = useWorkspace();
	const registrations = useRegistrationCounts(institution.id);
	const me = useMe().data;
	const [params, setParams] = useSearchParams();
	const query = parseListQuery(params);
	const languages = preview.institution.languages ?? [];
	const rows = useMemo(
		() => offeringRows(report, preview, textIn(i18n.language, languages), new Set(drafts.keys())),
		[report, preview, drafts, i18n.language, languages],
	);
	const collator = useMemo(() => new Intl.Collator(locale(i18n.language)), [i18n.language]);
	const shown = sortRows(filterRows(rows, query), query.sort, query.direction, collator);
	const change = (next: ListQuery) => setParams(listQueryParams(next), { replace: true });
	return (
		<section className="offerings">
			<div className="offerings-heading">
				<PageTitle>{t("list.title")}</PageTitle>
				{me && allows(me.role, "offerings:create") && (
					<Link className="button-link button-primary" to="/offerings/new">
						{t("list.new")}
					</Link>
				)}
			</div>
			<OfferingsFilters query={query} rows={rows} onChange={change} />
			<p role="status" className="offerings-count">
				{t("list.shown", { shown: shown.length, count: rows.length })}
			</p>
			{shown.length === 0 ? (
				<p>{t("list.none")}</p>
			) : (
				<OfferingsTable
					rows={shown}
					query={query}
					onSort={change}
					canEdit={me !== undefined && me !== null && allows(me.role, "offerings:update")}
					registrations={registrations}
				/>
			)}
		</section>
	);
}
