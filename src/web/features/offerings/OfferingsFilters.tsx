import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { type ListQuery, type SeverityFilter, severityFilters } from "./list-query.ts";
import type { OfferingRow } from "./offering-rows.ts";

/** The distinct values of a column, each once, in the order first seen. */
function choices(
	rows: readonly OfferingRow[],
	pick: (row: OfferingRow) => [string, string] | undefined,
): [string, string][] {
	const seen = new Map<string, string>();
	for (const row of rows) {
		const choice = pick(row);
		if (choice && !seen.has(choice[0])) seen.set(choice[0], choice[1]);
	}
	return [...seen];
}

/** The search and the filters by intake, field and severity above the offerings list. */
export function OfferingsFilters({
	query,
	rows,
	onChange,
}: {
	query: ListQuery;
	rows: readonly OfferingRow[];
	onChange: (query: ListQuery) => void;
}) {
	const { t } = useTranslation("offerings");
	const intakes = choices(
		[...rows].sort((a, b) => (a.intakeStart ?? "").localeCompare(b.intakeStart ?? "")),
		(row) => (row.intake ? [row.intake, row.intakeLabel ?? row.intake] : undefined),
	);
	const fields = choices(rows, (row) =>
		row.field ? [row.field, row.fieldName ?? row.field] : undefined,
	);
	const filtered =
		query.search !== "" ||
		query.intake !== undefined ||
		query.field !== undefined ||
		query.severity !== undefined;
	return (
		<search className="offerings-filters" aria-label={t("list.filters")}>
			<Field label={t("list.search")} hint={t("list.searchHint")}>
				{(control) => (
					<input
						{...control}
						type="search"
						value={query.search}
						onChange={(event) => onChange({ ...query, search: event.target.value })}
					/>
				)}
			</Field>
			<Field label={t("list.intake")}>
				{(control) => (
					<select
						{...control}
						value={query.intake ?? ""}
						onChange={(event) => onChange({ ...query, intake: event.target.value || undefined })}
					>
						<option value="">{t("list.allIntakes")}</option>
						{intakes.map(([id, label]) => (
							<option key={id} value={id}>
								{label}
							</option>
						))}
					</select>
				)}
			</Field>
			<Field label={t("list.field")}>
				{(control) => (
					<select
						{...control}
						value={query.field ?? ""}
						onChange={(event) => onChange({ ...query, field: event.target.value || undefined })}
					>
						<option value="">{t("list.allFields")}</option>
						{fields.map(([id, label]) => (
							<option key={id} value={id}>
								{label}
							</option>
						))}
					</select>
				)}
			</Field>
			<Field label={t("list.severity")}>
				{(control) => (
					<select
						{...control}
						value={query.severity ?? ""}
						onChange={(event) =>
							onChange({
								...query,
								severity: (event.target.value || undefined) as SeverityFilter | undefined,
							})
						}
					>
						<option value="">{t("list.anySeverity")}</option>
						{severityFilters.map((severity) => (
							<option key={severity} value={severity}>
								{t(`severityFilter.${severity}`)}
							</option>
						))}
					</select>
				)}
			</Field>
			{filtered && (
				<button
					type="button"
					onClick={() =>
						onChange({
							...query,
							search: "",
							intake: undefined,
							field: undefined,
							severity: undefined,
						})
					}
				>
					{t("list.clear")}
				</button>
			)}
		</search>
	);
}
