import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import { type BriefingIntake, daysAfterWindow } from "./briefing.ts";

/** The intakes of the year: their dates, and why courses are published in the decision window. */
export function IntakesSection({ intakes }: { intakes: readonly BriefingIntake[] }) {
	const { t, i18n } = useTranslation("about");
	const date = (day: string) => formatDate(day, i18n.language);
	const range = (from: string, to: string) =>
		t("intakes.range", { from: date(from), to: date(to) });
	return (
		<section aria-labelledby="about-intakes">
			<h2 id="about-intakes">{t("intakes.heading")}</h2>
			<p>{t("intakes.cycle")}</p>
			<p>{t("intakes.why")}</p>
			{intakes.length === 0 && <p>{t("intakes.none")}</p>}
			<div className="intake-cards">
				{intakes.map((intake) => {
					const gap = daysAfterWindow(intake);
					return (
						<section
							key={intake.id}
							className="intake-card"
							aria-labelledby={`intake-${intake.id}`}
						>
							<h3 id={`intake-${intake.id}`}>{intake.label}</h3>
							<dl>
								<dt>{t("intakes.admission")}</dt>
								<dd>{range(intake.admissionOpens, intake.admissionCloses)}</dd>
								<dt>{t("intakes.decisionWindow")}</dt>
								<dd>{range(intake.decisionWindow.from, intake.decisionWindow.to)}</dd>
								<dt>{t("intakes.studiesStart")}</dt>
								<dd>{date(intake.studiesStart)}</dd>
								<dt>{t("intakes.groupsConfirmed")}</dt>
								<dd>
									{intake.fullTimeGroupsConfirmed
										? date(intake.fullTimeGroupsConfirmed)
										: t("intakes.notSet")}
								</dd>
							</dl>
							{gap !== undefined && gap > 0 && <p>{t("intakes.gap", { count: gap })}</p>}
						</section>
					);
				})}
			</div>
		</section>
	);
}
