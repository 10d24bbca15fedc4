import { QueryClient } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { Route, Routes } from "react-router";
import type { AccountRole } from "../../../model/api/roles.ts";
import type { Me } from "../../../model/api/session.ts";
import type { Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { AppLanguage } from "../../locales/index.ts";
import { renderInApp } from "../../testing/render.tsx";
import { meQuery } from "../session/api.ts";
import { offeringQuery } from "../workspace/api.ts";
import { WorkspaceState } from "../workspace/WorkspaceProvider.tsx";

/**
 * Renders the offerings views over a plan of the test's own, signed in with `role`, at `path`,
 * with the routes of the views the test moves between, in `language` (English unless given). Each saved offering's version and ETag
 * are in the cache, as the workspace would read them before a first edit.
 */
export async function renderOverPlan(
	plan: PlanFile,
	options: {
		path: string;
		routes: Record<string, ReactElement>;
		role?: AccountRole;
		today?: string;
		language?: AppLanguage;
	},
) {
	const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
	const me: Me = {
		id: "1",
		email: "kadri@test.ee",
		name: "Kadri Tamm",
		role: options.role ?? "manager",
		institution: plan.institution.id,
		person: null,
		passwordChangeRequired: false,
	};
	queryClient.setQueryData(meQuery.queryKey, me);
	for (const offering of plan.offerings)
		queryClient.setQueryData(offeringQuery(plan.institution.id, offering.id).queryKey, {
			offering: offering as Offering,
			etag: `"1"`,
		});
	const institution = {
		id: plan.institution.id,
		name: plan.institution.name,
		planVersion: 1,
		offerings: plan.offerings.length,
		timezone: plan.institution.timezone,
		languages: plan.institution.languages ?? [],
		today: options.today ?? "2027-03-01",
	};
	return renderInApp(
		<WorkspaceState institution={institution} saved={plan} holidays={[]}>
			<Routes>
				{Object.entries(options.routes).map(([path, element]) => (
					<Route key={path} path={path} element={element} />
				))}
			</Routes>
		</WorkspaceState>,
		{ path: options.path, queryClient, ...(options.language && { language: options.language }) },
	);
}
