/** What the mail says that tells a registrant an offering's go/no-go decision, in their language. */
import { formatDate } from "../i18n/format.ts";
import { translator } from "../i18n/index.ts";
import { pickText } from "../model/localized-text.ts";
import type { DecisionOutcome, Offering } from "../model/offering.ts";
import type { LearnerMail, LearnerMailFrame } from "./learner-mail.ts";
import { type Link, mailLanguage, type Paragraph } from "./mail-content.ts";

/** An offering a mail names, with its public page when the catalogue shows it. */
export interface NamedCourse {
	offering: Offering;
	url: string | undefined;
}

/** What happened to a registration of a postponed or merged course. */
export type Move = "moved" | "waitlisted" | "alreadyThere" | "notMoved";

export interface FollowThroughMailDetails {
	/** Who writes to whom (learner-mail.ts): the greeting, the contact, the links. */
	frame: LearnerMailFrame;
	/** The institution's languages, for the fallback of the courses' titles. */
	languages: readonly string[];
	outcome: DecisionOutcome;
	course: NamedCourse;
	/** Where a postponed or merged course went, and whether this registration went with it. */
	moved?: { to: NamedCourse; move: Move } | undefined;
	/** For a cancelled course: others that may suit instead. */
	alternatives?: readonly NamedCourse[] | undefined;
}

/**
 * The decision in the registrant's words (`src/i18n/messages`): that the group runs, that it is
 * cancelled (with other courses that may suit), or where it moved and whether their
 * registration moved with it; and the course's page. `queueLearnerMail` frames it.
 */
export function followThroughMail(details: FollowThroughMailDetails): LearnerMail {
	const language = mailLanguage(details.frame.language);
	const t = translator(language);
	const { outcome, moved } = details;
	const title = (offering: Offering) => pickText(offering.title, language, details.languages).text;
	const date = (iso: string) => formatDate(iso, language);
	const course = title(details.course.offering);
	const page = (named: NamedCourse): Paragraph[] =>
		named.url === undefined
			? []
			: [[t("followThrough.coursePage"), { href: named.url, label: title(named.offering) }]];
	const news = t(`followThrough.news.${outcome}`, {
		course,
		start: date(details.course.offering.start),
		...(moved && { target: title(moved.to.offering), targetStart: date(moved.to.offering.start) }),
	});
	const alternatives = details.alternatives ?? [];
	const body: Paragraph[] = [
		[moved ? `${news} ${t(`followThrough.${moved.move}`)}` : news],
		...(moved ? page(moved.to) : outcome === "go" ? page(details.course) : []),
		...(alternatives.length === 0
			? []
			: [
					[
						t("followThrough.alternatives"),
						...alternatives.map((named): string | Link => {
							const line = t("followThrough.alternative", {
								course: title(named.offering),
								start: date(named.offering.start),
							});
							return named.url === undefined
								? line
								: { href: named.url, label: line, labelInText: true };
						}),
					],
				]),
	];
	return {
		frame: details.frame,
		subject: t(`followThrough.subject.${outcome}`, { course }),
		body,
		purpose: t("followThrough.purpose"),
	};
}
