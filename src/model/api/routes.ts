import {
	inviteAccountRoute,
	listAccountsRoute,
	reinviteAccountRoute,
	resetPasswordRoute,
	updateAccountRoute,
} from "./accounts.ts";
import { getAnalysisPlotRoute, getAnalysisRoute, getYearlyReportRoute } from "./analysis.ts";
import { budgetWorkbookRoute } from "./budget.ts";
import { getCalendarRoute, resetCalendarRoute } from "./calendar.ts";
import type { RouteContract } from "./contract.ts";
import { getDecisionRoute, recordDecisionRoute } from "./decisions.ts";
import { getDigestRoute, updateDigestRoute } from "./digests.ts";
import {
	getPlanRoute,
	getReportRoute,
	listAuditRoute,
	listHolidaysRoute,
	listInstitutionsRoute,
	replacePlanRoute,
} from "./institutions.ts";
import { acceptInvitationRoute, getInvitationRoute } from "./invitations.ts";
import { listJobsRoute, runJobRoute } from "./jobs.ts";
import { eraseLearnerDataRoute, exportLearnerDataRoute } from "./learner-data.ts";
import {
	deleteOfferingRoute,
	getOfferingRoute,
	updateMilestoneRoute,
	updateOfferingRoute,
} from "./offerings.ts";
import {
	addRegistrationRoute,
	changeRegistrationRoute,
	exportRegistrationsXlsxRoute,
	importRegistrationsRoute,
	listRegistrationsRoute,
	promoteNextRoute,
	registrationCountsRoute,
} from "./registrations.ts";
import { resourceContracts } from "./resources.ts";
import { changePasswordRoute, meRoute, signInRoute, signOutRoute } from "./session.ts";
import {
	exportHistoryXlsxRoute,
	exportOfferingsXlsxRoute,
	importHistoryRoute,
	importOfferingsRoute,
} from "./sheets.ts";
import { createTokenRoute, listTokensRoute, revokeTokenRoute } from "./tokens.ts";

/** Every route of `/api/v1`: what the server registers and the contract tests check. */
export const apiRoutes: readonly RouteContract[] = [
	signInRoute,
	signOutRoute,
	meRoute,
	changePasswordRoute,
	getCalendarRoute,
	resetCalendarRoute,
	getDigestRoute,
	updateDigestRoute,
	getInvitationRoute,
	acceptInvitationRoute,
	createTokenRoute,
	listTokensRoute,
	revokeTokenRoute,
	listAccountsRoute,
	inviteAccountRoute,
	updateAccountRoute,
	reinviteAccountRoute,
	resetPasswordRoute,
	listInstitutionsRoute,
	getPlanRoute,
	replacePlanRoute,
	getReportRoute,
	listHolidaysRoute,
	listAuditRoute,
	budgetWorkbookRoute,
	getAnalysisRoute,
	getAnalysisPlotRoute,
	getYearlyReportRoute,
	...Object.values(resourceContracts).flatMap((routes) => Object.values(routes)),
	getOfferingRoute,
	updateOfferingRoute,
	deleteOfferingRoute,
	updateMilestoneRoute,
	getDecisionRoute,
	recordDecisionRoute,
	importOfferingsRoute,
	exportOfferingsXlsxRoute,
	importHistoryRoute,
	exportHistoryXlsxRoute,
	exportLearnerDataRoute,
	eraseLearnerDataRoute,
	listJobsRoute,
	runJobRoute,
	listRegistrationsRoute,
	addRegistrationRoute,
	changeRegistrationRoute,
	promoteNextRoute,
	exportRegistrationsXlsxRoute,
	importRegistrationsRoute,
	registrationCountsRoute,
];
