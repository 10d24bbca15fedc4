import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../../html/template.ts";
import type { Institution } from "../../model/institution.ts";
import { modes } from "../../model/offering.ts";
import {
	type CatalogueFilters,
	fieldName,
	filterOfferings,
	intakeFilterValue,
	type PublicCatalogue,
	type PublicOffering,
} from "../../service/catalogue.ts";
import { formatCredits, formatDate, formatFee, formatLanguage } from "./format.ts";
import { layout, localized } from "./layout.ts";
import { pageTexts } from "./page-texts.ts";
import { statusBadge } from "./status-badge.ts";

/** The catalogue: filters, then the public offerings grouped by institution and intake. */
export function cataloguePage(
	catalogue: PublicCatalogue,
	filters: CatalogueFilters,
	language: string,
	t: TFunction,
	baseUrl: string,
): string {
	const all = catalogue.institutions.flatMap((entry) => entry.offerings);
	const shown = filterOfferings(all, filters, language);
	// With several schools on one server, headings and choices name the school they belong to.
	const schools = catalogue.institutions.map((entry) => entry.institution);
	const filtered = Object.values(filters).some((value) => value !== undefined && value !== "");
	const body = html`<h1>${t("catalogue.title")}</h1>
<p class="lead">${t("catalogue.intro")}</p>
${filterForm(all, schools, filters, language, t)}
<p class="count" role="status">${t("catalogue.found", { count: shown.length })}</p>
${shown.length === 0 ? html`<p>${t("catalogue.none")}</p>` : groups(shown, schools.length > 1, language, t)}`;
	return layout(
		{
			language,
			title: t("catalogue.title"),
			description: t("catalogue.intro"),
			path: "/",
			noindex: filtered,
		},
		t,
		baseUrl,
		body,
	);
}

function groups(
	offerings: readonly PublicOffering[],
	manySchools: boolean,
	language: string,
	t: TFunction,
): SafeHtml {
	const byIntake = new Map<string, PublicOffering[]>();
	for (const entry of offerings) {
		const key = `${entry.institution.id}/${entry.intake?.id ?? ""}`;
		byIntake.set(key, [...(byIntake.get(key) ?? []), entry]);
	}
	const ordered = [...byIntake.values()].sort((a, b) =>
		(a[0]?.intake?.studiesStart ?? "9999").localeCompare(b[0]?.intake?.studiesStart ?? "9999"),
	);
	return html`${ordered.map((group) => {
		const first = group[0];
		const texts = first && pageTexts(first.institution, language, t);
		const intakeHeading =
			first?.intake && texts
				? texts.message(
						"catalogue.intakeHeading",
						{ intake: first.intake.label ?? first.intake.id },
						{ date: formatDate(first.intake.studiesStart, language) },
					)
				: t("catalogue.noIntake");
		const heading =
			manySchools && first ? html`${first.institution.name} · ${intakeHeading}` : intakeHeading;
		return html`<section class="intake" aria-labelledby="intake-${first?.institution.id}-${first?.intake?.id ?? "none"}">
<h2 id="intake-${first?.institution.id}-${first?.intake?.id ?? "none"}">${heading}</h2>
<ul class="cards">${group.map((entry) => card(entry, language, t))}</ul>
</section>`;
	})}`;
}

function card(entry: PublicOffering, language: string, t: TFunction): SafeHtml {
	const { offering } = entry;
	const texts = pageTexts(entry.institution, language, t);
	const href = localized(language, `/courses/${entry.institution.id}/${offering.id}`);
	return html`<li class="card">
<h3><a href="${href}">${texts.marked(offering.title)}</a></h3>
<p class="school">${entry.institution.name}</p>
${statusBadge(entry, t, language)}
<dl class="facts">
<div><dt>${t("offering.when")}</dt><dd>${t("offering.schedule", { start: formatDate(offering.start, language), end: formatDate(offering.end, language) })}</dd></div>
${offering.mode ? html`<div><dt>${t("catalogue.mode")}</dt><dd>${t(`mode.${offering.mode}`)}</dd></div>` : ""}
${offering.location ? html`<div><dt>${t("offering.where")}</dt><dd>${texts.marked(offering.location)}</dd></div>` : ""}
<div><dt>${t("offering.fee")}</dt><dd>${formatFee(offering.fee, language, t)}</dd></div>
${offering.credits ? html`<div><dt>${t("offering.credits")}</dt><dd>${formatCredits(offering.credits, t)}${offering.level ? html`, EQF ${offering.level.eqf}` : ""}</dd></div>` : ""}
</dl>
</li>`;
}

function filterForm(
	all: readonly PublicOffering[],
	schools: readonly Institution[],
	filters: CatalogueFilters,
	language: string,
	t: TFunction,
): SafeHtml {
	const distinct = (values: (string | undefined)[]) =>
		[...new Set(values.filter((value): value is string => Boolean(value)))].sort();
	const manySchools = schools.length > 1;
	// By studies start, then by name: the order the groups below follow.
	const intakes = new Map(
		all
			.flatMap(({ institution, intake }) => {
				if (!intake) return [];
				const label =
					intake.label === undefined
						? intake.id
						: pageTexts(institution, language, t).plain(intake.label);
				const text = manySchools ? `${label} · ${institution.name}` : label;
				return [{ value: intakeFilterValue(institution.id, intake.id), text, intake }];
			})
			.sort(
				(a, b) =>
					a.intake.studiesStart.localeCompare(b.intake.studiesStart) ||
					a.text.localeCompare(b.text),
			)
			.map(({ value, text }) => [value, text] as const),
	);
	const levels = distinct(
		all.map((entry) => (entry.offering.level ? String(entry.offering.level.eqf) : undefined)),
	);
	const select = (
		name: string,
		label: string,
		options: readonly (readonly [string, string])[],
		selected: string | undefined,
	) =>
		html`<div class="field"><label for="filter-${name}">${label}</label>
<select id="filter-${name}" name="${name}"><option value="">${t("catalogue.any")}</option>${options.map(
			([value, text]) =>
				html`<option value="${value}"${value === selected ? html` selected` : ""}>${text}</option>`,
		)}</select></div>`;
	return html`<form class="filters" method="get" action="${localized(language, "/")}" role="search" aria-label="${t("catalogue.filters")}">
<h2 class="visually-hidden">${t("catalogue.filters")}</h2>
<div class="field wide"><label for="filter-q">${t("catalogue.search")}</label><input id="filter-q" name="q" type="search" value="${filters.q ?? ""}"></div>
${
	manySchools
		? select(
				"institution",
				t("catalogue.institution"),
				schools.map((school) => [school.id, school.name] as const),
				filters.institution,
			)
		: ""
}
${select("intake", t("catalogue.intake"), [...intakes.entries()], filters.intake)}
${select("field", t("catalogue.field"), fieldOptions(all, language), filters.field)}
${select(
	"level",
	t("catalogue.level"),
	levels.map((level) => [level, `EQF ${level}`] as const),
	filters.level === undefined ? undefined : String(filters.level),
)}
${select(
	"language",
	t("catalogue.languageOfStudy"),
	distinct(all.map((entry) => entry.offering.language)).map(
		(code) => [code, formatLanguage(code, language)] as const,
	),
	filters.language,
)}
${select(
	"mode",
	t("catalogue.mode"),
	modes.map((mode) => [mode, t(`mode.${mode}`)] as const),
	filters.mode,
)}
<div class="field"><label for="filter-feeMin">${t("catalogue.feeMin")}</label><input id="filter-feeMin" name="feeMin" type="number" min="0" step="10" inputmode="numeric" value="${filters.feeMin ?? ""}"></div>
<div class="field"><label for="filter-feeMax">${t("catalogue.feeMax")}</label><input id="filter-feeMax" name="feeMax" type="number" min="0" step="10" inputmode="numeric" value="${filters.feeMax ?? ""}"></div>
<div class="actions"><button type="submit">${t("catalogue.apply")}</button> <a href="${localized(language, "/")}">${t("catalogue.clear")}</a></div>
</form>`;
}

/** The fields of the courses shown, by id, each with its name in the page's language, by name. */
function fieldOptions(
	all: readonly PublicOffering[],
	language: string,
): (readonly [string, string])[] {
	const names = new Map<string, string>();
	for (const { institution, offering } of all) {
		if (offering.field !== undefined && !names.has(offering.field))
			names.set(offering.field, fieldName(institution, offering.field, language));
	}
	return [...names.entries()].sort((a, b) => a[1].localeCompare(b[1], language));
}
