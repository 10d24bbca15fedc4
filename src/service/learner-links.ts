import type { ServiceContext } from "./context.ts";
import { mailLanguage } from "./mail-content.ts";

/**
 * The absolute addresses of the public pages a learner's mail links to, in the mail's language
 * (the catalogue has a page in each). They match the public routes of server/public/.
 */
export const learnerLinks = {
	/** The offering's page in the catalogue. */
	course: (context: ServiceContext, language: string, institutionId: string, offeringId: string) =>
		`${context.publicUrl}/${mailLanguage(language)}/courses/${encodeURIComponent(institutionId)}/${encodeURIComponent(offeringId)}`,
	/** The page behind an unsubscribe token. */
	unsubscribe: (context: ServiceContext, language: string, token: string) =>
		`${context.publicUrl}/${mailLanguage(language)}/unsubscribe/${token}`,
	/** The page of the learner's own data behind a data link's token. */
	myData: (context: ServiceContext, language: string, token: string) =>
		`${context.publicUrl}/${mailLanguage(language)}/my-data/${token}`,
};
