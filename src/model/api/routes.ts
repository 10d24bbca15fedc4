import { listAccountsRoute, resetPasswordRoute, updateAccountRoute } from "./accounts.ts";
import type { RouteContract } from "./contract.ts";
import {
	getPlanRoute,
	getReportRoute,
	listAuditRoute,
	listHolidaysRoute,
	listInstitutionsRoute,
	replacePlanRoute,
} from "./institutions.ts";
import {
	deleteOfferingRoute,
	getOfferingRoute,
	updateMilestoneRoute,
	updateOfferingRoute,
} from "./offerings.ts";
import { resourceContracts } from "./resources.ts";
import { changePasswordRoute, meRoute, signInRoute, signOutRoute } from "./session.ts";
import { exportOfferingsXlsxRoute, importOfferingsRoute } from "./sheets.ts";
import { createTokenRoute, listTokensRoute, revokeTokenRoute } from "./tokens.ts";

/** Every route of `/api/v1`: what the server registers and the contract tests check. */
export const apiRoutes: readonly RouteContract[] = [
	signInRoute,
	signOutRoute,
	meRoute,
	changePasswordRoute,
	createTokenRoute,
	listTokensRoute,
	revokeTokenRoute,
	listAccountsRoute,
	updateAccountRoute,
	resetPasswordRoute,
	listInstitutionsRoute,
	getPlanRoute,
	replacePlanRoute,
	getReportRoute,
	listHolidaysRoute,
	listAuditRoute,
	...Object.values(resourceContracts).flatMap((routes) => Object.values(routes)),
	getOfferingRoute,
	updateOfferingRoute,
	deleteOfferingRoute,
	updateMilestoneRoute,
	importOfferingsRoute,
	exportOfferingsXlsxRoute,
];
