import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import type { Briefing, BriefingOffering } from "./briefing.ts";
import { creditsText } from "./school-texts.ts";

/** This year's courses, one table per intake: key dates, owners by name and the contact. */
export function OfferingsBriefing({ briefing }: { briefing: Briefing }) {
	const { t } = useTranslation("about");
	const groups = [
		...briefing.intakes.map((intake) => ({
			id: intake.id,
			heading: t("offerings.caption", { intake: intake.label }),
			offerings: intake.offerings,
		})),
		...(briefing.withoutIntake.length > 0
			? [
					{
						id: "without-intake",
						heading: t("offerings.withoutIntake"),
						offerings: briefing.withoutIntake,
					},
				]
			: []),
	];
	return (
		<section className="offerings-section" aria-labelledby="about-offerings">
			<h2 id="about-offerings">{t("offerings.heading")}</h2>
			<p>{t("offerings.intro")}</p>
			{groups.map((group) => (
				// On a tablet the table scrolls sideways: the group takes the focus, so keys scroll it.
				<section
					key={group.id}
					className="intake-offerings"
					aria-labelledby={`offerings-${group.id}`}
					// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
					tabIndex={0}
				>
					<h3 id={`offerings-${group.id}`}>{group.heading}</h3>
					{group.offerings.length === 0 ? (
						<p>{t("offerings.none")}</p>
					) : (
						<OfferingsTable labelledBy={`offerings-${group.id}`} offerings={group.offerings} />
					)}
				</section>
			))}
		</section>
	);
}

function OfferingsTable({
	labelledBy,
	offerings,
}: {
	/** The id of the heading that names the table. */
	labelledBy: string;
	offerings: readonly BriefingOffering[];
}) {
	const { t, i18n } = useTranslation("about");
	const { t: common } = useTranslation();
	const date = (day: string | undefined) =>
		day === undefined ? t("offerings.noDate") : formatDate(day, i18n.language);
	return (
		<table className="briefing-table offerings-briefing" aria-labelledby={labelledBy}>
			<thead>
				<tr>
					<th scope="col">{t("offerings.course")}</th>
					<th scope="col">{t("offerings.published")}</th>
					<th scope="col">{t("offerings.registrationCloses")}</th>
					<th scope="col">{t("offerings.goNoGo")}</th>
					<th scope="col">{t("offerings.starts")}</th>
					<th scope="col">{t("offerings.owners")}</th>
					<th scope="col">{t("offerings.contact")}</th>
				</tr>
			</thead>
			<tbody>
				{offerings.map((offering) => (
					<tr key={offering.id}>
						<th scope="row">
							<span className="course-title">{offering.title}</span>
							<span className="course-facts">
								{[
									offering.credits && creditsText(t, offering.credits, i18n.language),
									offering.eqf !== undefined && t("offerings.eqf", { level: offering.eqf }),
									offering.mode && t(`offerings.modes.${offering.mode}`),
								]
									.filter(Boolean)
									.join(" · ")}
							</span>
							{offering.countsTowards.map((link) => (
								<span key={`${link.id}:${link.module}`} className="course-facts">
									{link.module
										? t("offerings.countsTowardsModule", {
												qualification: link.qualification,
												module: link.module,
											})
										: t("offerings.countsTowards", { qualification: link.qualification })}
								</span>
							))}
						</th>
						<td>{date(offering.publication)}</td>
						<td>{date(offering.registrationCloses)}</td>
						<td>
							{date(offering.goNoGo)}
							{offering.decision && (
								<span className="course-facts">{t(`offerings.decision.${offering.decision}`)}</span>
							)}
						</td>
						<td>{date(offering.start)}</td>
						<td>
							{offering.owners.length === 0 ? (
								t("offerings.noOwners")
							) : (
								<ul className="plain-list">
									{offering.owners.map((owner) => (
										<li key={owner.role}>
											{common(`roles.${owner.role}`)}: {owner.name}
										</li>
									))}
								</ul>
							)}
						</td>
						<td>
							{offering.contact ? (
								<ul className="plain-list">
									<li>{offering.contact.name}</li>
									<li>
										<a href={`mailto:${offering.contact.email}`}>{offering.contact.email}</a>
									</li>
									{offering.contact.phone && <li>{offering.contact.phone}</li>}
								</ul>
							) : (
								t("offerings.noContact")
							)}
						</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}
