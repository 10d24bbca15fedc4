import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { briefing } from "./briefing.ts";
import { IntakesSection } from "./IntakesSection.tsx";
import { OfferingsBriefing } from "./OfferingsBriefing.tsx";
import { OfferSection } from "./OfferSection.tsx";
import { qualificationLinks } from "./qualification-links.ts";
import { schoolFacts } from "./school-facts.ts";
import { WhatIsSection } from "./WhatIsSection.tsx";
import "./about.css";

/**
 * "About micro-credentials": a briefing for teachers and support staff, on the saved plan. It
 * prints as a staff briefing on A4 (about.css), one intake's courses per page.
 */
export function AboutPage() {
	const { t, i18n } = useTranslation("about");
	const { saved, savedReport, today } = useWorkspace();
	const language = (saved.institution.languages ?? []).includes(i18n.language)
		? i18n.language
		: undefined;
	const year = useMemo(
		() => briefing(saved, savedReport, today, language),
		[saved, savedReport, today, language],
	);
	const links = useMemo(() => qualificationLinks(saved, year, language), [saved, year, language]);
	const facts = useMemo(() => schoolFacts(saved), [saved]);
	return (
		<article className="briefing">
			<header className="briefing-header">
				<PageTitle>{t("title")}</PageTitle>
				<button type="button" className="no-print" onClick={() => window.print()}>
					{t("print")}
				</button>
			</header>
			<p className="lead">
				{t("intro", { school: saved.institution.name, date: formatDate(today, i18n.language) })}
			</p>
			<WhatIsSection institution={saved.institution} facts={facts} />
			<OfferSection links={links} facts={facts} />
			<IntakesSection intakes={year.intakes} />
			<OfferingsBriefing briefing={year} />
		</article>
	);
}
