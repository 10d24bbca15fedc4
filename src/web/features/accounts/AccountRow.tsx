import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AccountView } from "../../../model/api/accounts.ts";
import type { AccountRole } from "../../../model/api/roles.ts";
import { formatDate } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useChangeAccount, useReinvite, useResetPassword } from "./api.ts";
import { RoleOptions } from "./RoleOptions.tsx";
import { SecretLink } from "./SecretLink.tsx";

/** One account: its state, and its role, person and access to change (never one's own). */
export function AccountRow({ account, own }: { account: AccountView; own: boolean }) {
	const { t, i18n } = useTranslation("accounts");
	const { saved, institution } = useWorkspace();
	const change = useChangeAccount();
	const reinvite = useReinvite();
	const reset = useResetPassword();
	const [role, setRole] = useState<AccountRole>(account.role);
	const people = account.institution === institution.id ? (saved.institution.people ?? []) : [];
	const state = account.disabledAt
		? t("state.disabled", { date: formatDate(account.disabledAt.slice(0, 10), i18n.language) })
		: account.invitationPending
			? t("state.invited", {
					date: formatDate((account.invitationExpiresAt ?? "").slice(0, 10), i18n.language),
				})
			: t("state.active");
	const busy = change.isPending || reinvite.isPending || reset.isPending;
	const error = change.error ?? reinvite.error ?? reset.error;
	return (
		<tr>
			<th scope="row">
				{account.name}
				<br />
				<small>{account.email}</small>
			</th>
			<td>
				{own ? (
					t(`roles.${account.role}`, { ns: "common" })
				) : (
					<span className="inline-controls">
						<select
							aria-label={t("roleOf", { name: account.name })}
							value={role}
							onChange={(event) => setRole(event.target.value as AccountRole)}
						>
							<RoleOptions />
						</select>
						{role !== account.role && (
							<button
								type="button"
								disabled={busy}
								onClick={() =>
									change.mutate({
										accountId: account.id,
										change: {
											role,
											...(role !== "admin" &&
												account.institution === null && { institution: institution.id }),
										},
									})
								}
							>
								{t("changeRole")}
							</button>
						)}
					</span>
				)}
			</td>
			<td>
				{account.role === "admin" ? (
					"—"
				) : (
					<select
						aria-label={t("personOf", { name: account.name })}
						value={account.person ?? ""}
						disabled={busy || people.length === 0}
						onChange={(event) =>
							change.mutate({
								accountId: account.id,
								change: { person: event.target.value || null },
							})
						}
					>
						<option value="">{t("invite.noPerson")}</option>
						{people.map((person) => (
							<option key={person.id} value={person.id}>
								{person.name}
							</option>
						))}
					</select>
				)}
			</td>
			<td>{state}</td>
			<td>
				{!own && (
					<span className="inline-controls">
						<button
							type="button"
							disabled={busy}
							onClick={() =>
								change.mutate({
									accountId: account.id,
									change: { disabled: account.disabledAt === null },
								})
							}
						>
							{account.disabledAt ? t("enable") : t("disable")}
						</button>
						{account.invitationPending && !account.disabledAt ? (
							<button type="button" disabled={busy} onClick={() => reinvite.mutate(account.id)}>
								{t("reinvite")}
							</button>
						) : (
							!account.disabledAt && (
								<button type="button" disabled={busy} onClick={() => reset.mutate(account.id)}>
									{t("resetPassword")}
								</button>
							)
						)}
					</span>
				)}
				{error ? (
					<p className="field-error" role="alert">
						{error instanceof Error ? error.message : String(error)}
					</p>
				) : null}
				{reinvite.data && (
					<SecretLink label={t("invite.link")} value={reinvite.data.invitationUrl} />
				)}
				{reset.data && <SecretLink label={t("oneTimePassword")} value={reset.data.password} />}
			</td>
		</tr>
	);
}
