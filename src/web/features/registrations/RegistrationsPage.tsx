import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { allows } from "../../../model/api/permissions.ts";
import type { RegistrationView } from "../../../model/api/registrations.ts";
import {
	isRegistrationState,
	type RegistrationState,
	registrationStates,
} from "../../../model/registration-lifecycle.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { AddRegistrationForm } from "./AddRegistrationForm.tsx";
import { registrationsQuery, useChangeState, usePromoteNext } from "./api.ts";
import { countsText, placesTaken } from "./counts-text.ts";
import { RegistrationRow } from "./RegistrationRow.tsx";
import { RegistrationsSheet } from "./RegistrationsSheet.tsx";
import "./registrations.css";

/**
 * One offering's registrations: the counts per state and the places taken, a table filtered
 * by state (the filter is in the address) with the changes the lifecycle allows on each row,
 * "promote next", adding by hand, and the registrations as a sheet.
 */
export function RegistrationsPage() {
	const { t } = useTranslation("registrations");
	const { offeringId = "" } = useParams();
	const workspace = useWorkspace();
	const institution = workspace.institution.id;
	const me = useMe().data;
	const canManage = me !== undefined && me !== null && allows(me.role, "registrations:manage");
	const listing = useQuery(registrationsQuery(institution, offeringId));
	const change = useChangeState(institution, offeringId);
	const promote = usePromoteNext(institution, offeringId);
	const [notice, setNotice] = useState("");
	const [params, setParams] = useSearchParams();
	const chosen = params.get("state") ?? "";
	const filter: RegistrationState | undefined = isRegistrationState(chosen) ? chosen : undefined;
	// An offering that finished and moved into the history is named by its row there.
	const title =
		workspace.report.offerings.find((entry) => entry.id === offeringId)?.title ??
		workspace.saved.history?.find((past) => past.id === offeringId)?.title ??
		offeringId;
	const stateName = (state: RegistrationState) => t(`state.${state}`);
	const changeState = (registration: RegistrationView, state: RegistrationState) => {
		setNotice("");
		change.mutate(
			{ id: registration.id, version: registration.version, state },
			{
				onSuccess: (result) =>
					setNotice(
						[
							t("changed", {
								name: result.registration.name,
								state: stateName(result.registration.state),
							}),
							...result.promoted.map((promoted) => t("promotedToo", { name: promoted.name })),
						].join(" "),
					),
			},
		);
	};
	const promoteNext = () => {
		setNotice("");
		promote.mutate(undefined, {
			onSuccess: (promoted) => setNotice(t("promoted", { name: promoted.name })),
		});
	};
	const body = listing.data;
	const shown = (body?.items ?? []).filter(
		(registration) => filter === undefined || registration.state === filter,
	);
	return (
		<section className="registrations">
			<p>
				<Link to={`/offerings/${encodeURIComponent(offeringId)}`}>{t("backToOffering")}</Link>
			</p>
			<PageTitle>{t("title", { title })}</PageTitle>
			<p>{t("intro")}</p>
			<ProblemAlert error={listing.error} />
			{!body ? (
				!listing.error && <Loading />
			) : (
				<>
					<p className="registration-summary">
						<strong>
							{t("places", { taken: placesTaken(body.counts), max: body.maxParticipants })}
						</strong>{" "}
						{countsText(t, body.counts)}
					</p>
					{canManage ? (
						body.counts.waitlisted > 0 && (
							<p>
								<button
									type="button"
									className="button-primary"
									onClick={promoteNext}
									disabled={promote.isPending}
									aria-describedby="promote-hint"
								>
									{t("promoteNext")}
								</button>{" "}
								<span id="promote-hint" className="registration-note">
									{t("promoteHint")}
								</span>
							</p>
						)
					) : (
						<p>{t("readOnly")}</p>
					)}
					<p role="status" className="registration-notice">
						{notice}
					</p>
					<ProblemAlert error={change.error ?? promote.error} />
					<div className="registration-filter">
						<label htmlFor="registration-filter">{t("filter")}</label>{" "}
						<select
							id="registration-filter"
							value={filter ?? ""}
							onChange={(event) =>
								setParams(event.target.value ? { state: event.target.value } : {}, {
									replace: true,
								})
							}
						>
							<option value="">{t("all")}</option>
							{registrationStates.map((state) => (
								<option key={state} value={state}>
									{`${stateName(state)} (${body.counts[state]})`}
								</option>
							))}
						</select>{" "}
						<span className="registration-note">{t("shown", { count: shown.length })}</span>
					</div>
					{shown.length === 0 ? (
						<p>{t("nothingShown")}</p>
					) : (
						<div className="table-scroll">
							<table className="registrations-table">
								<caption className="visually-hidden">{t("caption", { title })}</caption>
								<thead>
									<tr>
										<th scope="col">{t("column.name")}</th>
										<th scope="col">{t("column.contact")}</th>
										<th scope="col">{t("column.state")}</th>
										<th scope="col">{t("column.applied")}</th>
										<th scope="col">{t("column.source")}</th>
										{canManage && <th scope="col">{t("column.actions")}</th>}
									</tr>
								</thead>
								<tbody>
									{shown.map((registration) => (
										<RegistrationRow
											key={registration.id}
											registration={registration}
											canManage={canManage}
											busy={change.isPending}
											onChange={(state) => changeState(registration, state)}
										/>
									))}
								</tbody>
							</table>
						</div>
					)}
				</>
			)}
			{canManage && (
				<AddRegistrationForm
					institution={institution}
					offering={offeringId}
					defaultLanguage={workspace.saved.institution.languages?.[0] ?? "et"}
					onAdded={setNotice}
				/>
			)}
			<RegistrationsSheet institution={institution} offering={offeringId} canManage={canManage} />
		</section>
	);
}
