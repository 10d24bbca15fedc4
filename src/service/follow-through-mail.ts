/** The mail that tells a registrant an offering's go/no-go decision, in their language. */
import { formatDate } from "../i18n/format.ts";
import { translator } from "../i18n/index.ts";
import type { Institution } from "../model/institution.ts";
import { pickText } from "../model/localized-text.ts";
import type { DecisionOutcome, Offering } from "../model/offering.ts";
import {
	greetingName,
	type Link,
	type MailContent,
	mailContent,
	mailLanguage,
	type Paragraph,
} from "./mail-content.ts";

/** An offering a mail names, with its public page when the catalogue shows it. */
export interface NamedCourse {
	offering: Offering;
	url: string | undefined;
}

/** What happened to a registration of a postponed or merged course. */
export type Move = "moved" | "alreadyThere" | "notMoved";

export interface FollowThroughMailDetails {
	/** The registration's language (the page's when they signed up): `et` gives Estonian, else English. */
	language: string;
	/** The name the registrant gave. */
	name: string;
	institution: Institution;
	outcome: DecisionOutcome;
	course: NamedCourse;
	/** Where a postponed or merged course went, and whether this registration went with it. */
	moved?: { to: NamedCourse; move: Move } | undefined;
	/** For a cancelled course: others that may suit instead. */
	alternatives?: readonly NamedCourse[] | undefined;
}

/**
 * The decision in the registrant's words: that the group runs, that it is cancelled (with other
 * courses that may suit), or where it moved and whether their registration moved with it; the
 * course's page, whom to ask, and the school.
 */
export function followThroughMail(details: FollowThroughMailDetails): MailContent {
	const language = mailLanguage(details.language);
	const t = translator(language);
	const { institution, outcome, moved } = details;
	const title = (offering: Offering) =>
		pickText(offering.title, language, institution.languages ?? []).text;
	const date = (iso: string) => formatDate(iso, language);
	const course = title(details.course.offering);
	const page = (named: NamedCourse): Paragraph[] =>
		named.url === undefined
			? []
			: [[t("followThrough.coursePage"), { href: named.url, label: title(named.offering) }]];
	const name = greetingName(details.name);
	const contact = (moved?.to ?? details.course).offering.contact ?? details.course.offering.contact;
	const paragraphs: Paragraph[] = [
		[
			name === undefined
				? t("followThrough.greetingNoName")
				: t("followThrough.greeting", { name }),
		],
		[
			[
				t(`followThrough.news.${outcome}`, {
					course,
					start: date(details.course.offering.start),
					...(moved && {
						target: title(moved.to.offering),
						targetStart: date(moved.to.offering.start),
					}),
				}),
				...(moved ? [t(`followThrough.${moved.move}`)] : []),
			].join(" "),
		],
		...(moved ? page(moved.to) : outcome === "go" ? page(details.course) : []),
		...alternativesParagraph(details.alternatives ?? [], title, date, t),
		...(contact
			? [[t("followThrough.questions", { name: contact.name, email: contact.email })]]
			: []),
		[institution.name],
	];
	return mailContent(language, t(`followThrough.subject.${outcome}`, { course }), paragraphs);
}

function alternativesParagraph(
	alternatives: readonly NamedCourse[],
	title: (offering: Offering) => string,
	date: (iso: string) => string,
	t: ReturnType<typeof translator>,
): Paragraph[] {
	if (alternatives.length === 0) return [];
	return [
		[
			t("followThrough.alternatives"),
			...alternatives.map((named): string | Link => {
				const line = t("followThrough.alternative", {
					course: title(named.offering),
					start: date(named.offering.start),
				});
				return named.url === undefined ? line : { href: named.url, label: line, labelInText: true };
			}),
		],
	];
}
