import { useTranslation } from "react-i18next";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { SchoolFacts } from "./school-facts.ts";
import { elementRows } from "./school-texts.ts";

/** What a micro-credential is (the EU definition in plain words) and the elements it states. */
export function WhatIsSection({
	institution,
	facts,
}: {
	institution: PlanFile["institution"];
	facts: SchoolFacts;
}) {
	const { t, i18n } = useTranslation("about");
	const country =
		new Intl.DisplayNames([i18n.language], { type: "region" }).of(institution.country) ??
		institution.country;
	const rows = elementRows(t, facts, i18n.language, { school: institution.name, country });
	return (
		<section aria-labelledby="about-what">
			<h2 id="about-what">{t("what.heading")}</h2>
			<p>{t("what.definition")}</p>
			<p>{t("what.source")}</p>
			<table className="briefing-table">
				<caption>{t("what.caption")}</caption>
				<thead>
					<tr>
						<th scope="col">{t("what.element")}</th>
						<th scope="col">{t("what.meaning")}</th>
						<th scope="col">{t("what.inKairos")}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.element}>
							<th scope="row">{row.name}</th>
							<td>{row.meaning}</td>
							<td>{row.kairos}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p>{t("what.optional")}</p>
		</section>
	);
}
