import { useTranslation } from "react-i18next";
import type { PlanFile } from "../../../model/plan-file.ts";

const elements = [
	"learner",
	"title",
	"awardingBody",
	"country",
	"date",
	"outcomes",
	"workload",
	"level",
	"assessment",
	"participation",
	"quality",
] as const;

/** What a micro-credential is (the EU definition in plain words) and the elements it states. */
export function WhatIsSection({ institution }: { institution: PlanFile["institution"] }) {
	const { t, i18n } = useTranslation("about");
	const country =
		new Intl.DisplayNames([i18n.language], { type: "region" }).of(institution.country) ??
		institution.country;
	const values = { school: institution.name, country };
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
					{elements.map((element) => (
						<tr key={element}>
							<th scope="row">{t(`what.elements.${element}.name`)}</th>
							<td>{t(`what.elements.${element}.meaning`)}</td>
							<td>{t(`what.elements.${element}.kairos`, values)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p>{t("what.optional")}</p>
		</section>
	);
}
