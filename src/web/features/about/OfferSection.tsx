import { useTranslation } from "react-i18next";
import type { QualificationLink } from "./qualification-links.ts";
import type { SchoolFacts } from "./school-facts.ts";
import { creditsText, modularText } from "./school-texts.ts";

/** How micro-credentials fit the school's offer: modular, and linked to broader qualifications. */
export function OfferSection({
	links,
	facts,
}: {
	links: readonly QualificationLink[];
	facts: SchoolFacts;
}) {
	const { t, i18n } = useTranslation("about");
	return (
		<section aria-labelledby="about-offer">
			<h2 id="about-offer">{t("offer.heading")}</h2>
			<p>{modularText(t, facts, i18n.language)}</p>
			<p>{t("offer.linked")}</p>
			{links.length === 0 ? (
				<p>{t("offer.none")}</p>
			) : (
				<table className="briefing-table">
					<caption>{t("offer.caption")}</caption>
					<thead>
						<tr>
							<th scope="col">{t("offer.qualification")}</th>
							<th scope="col">{t("offer.level")}</th>
							<th scope="col">{t("offer.credits")}</th>
							<th scope="col">{t("offer.courses")}</th>
						</tr>
					</thead>
					<tbody>
						{links.map((link) => (
							<tr key={link.id}>
								<th scope="row">{link.title}</th>
								<td>{t("offer.eqf", { level: link.eqf })}</td>
								<td>{creditsText(t, link.credits, i18n.language)}</td>
								<td>
									<ul className="plain-list">
										{link.courses.map((course) => (
											<li key={`${course.id}:${course.module}`}>
												{course.module
													? t("offer.asModule", { course: course.title, module: course.module })
													: course.title}
											</li>
										))}
									</ul>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}
