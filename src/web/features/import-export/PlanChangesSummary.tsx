import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../model/localized-text.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { isUnchanged, type PlanChanges } from "./plan-changes.ts";

/** What replacing the saved plan with a checked file would change, before the person confirms. */
export function PlanChangesSummary({
	name,
	saved,
	incoming,
	changes,
	children,
}: {
	name: string;
	saved: PlanFile;
	incoming: PlanFile;
	changes: PlanChanges;
	/** The buttons that confirm or cancel. */
	children: ReactNode;
}) {
	const { t, i18n } = useTranslation("importExport");
	const titleIn = (plan: PlanFile) => (offering: Offering) =>
		pickText(offering.title, i18n.language, plan.institution.languages ?? []).text;
	const groups = [
		["plan.added", changes.added, titleIn(incoming)],
		["plan.removed", changes.removed, titleIn(saved)],
		["plan.changed", changes.changed, titleIn(incoming)],
	] as const;
	return (
		<section className="plan-changes" aria-labelledby="plan-changes">
			<h3 id="plan-changes">{t("plan.changesHeading")}</h3>
			{isUnchanged(changes) ? (
				<p>{t("plan.unchanged", { name })}</p>
			) : (
				<>
					<p>{t("plan.changesIntro", { name })}</p>
					<ul>
						{groups.map(
							([key, offerings, title]) =>
								offerings.length > 0 && (
									<li key={key}>
										{t(key, { count: offerings.length })}
										<ul>
											{offerings.map((offering) => (
												<li key={offering.id}>
													{title(offering)} <code>{offering.id}</code>
												</li>
											))}
										</ul>
									</li>
								),
						)}
						{changes.otherParts.length > 0 && (
							<li>
								{t("plan.otherParts", {
									parts: new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(
										changes.otherParts.map((part) => t(`plan.parts.${part}`)),
									),
								})}
							</li>
						)}
					</ul>
				</>
			)}
			{children}
		</section>
	);
}
