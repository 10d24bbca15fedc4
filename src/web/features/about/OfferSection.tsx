import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format.ts";
import type { QualificationLink } from "./qualification-links.ts";

/** How micro-credentials fit the school's offer: modular, and linked to broader qualifications. */
export function OfferSection({ links }: { links: readonly QualificationLink[] }) {
	const { t, i18n } = useTranslation("about");
	return (
		<section aria-labelledby="about-offer">
			<h2 id="about-offer">{t("offer.heading")}</h2>
			<p>{t("offer.modular")}</p>
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
								<td>
									{formatNumber(link.credits.value, i18n.language, 1)} {link.credits.unit}
								</td>
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
