import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { allows } from "../../../model/api/permissions.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { AccountRow } from "./AccountRow.tsx";
import { accountsQuery } from "./api.ts";
import { InviteForm } from "./InviteForm.tsx";
import "./accounts.css";

/** The administrator's accounts: invite staff, change roles and people, disable access. */
export function AccountsPage() {
	const { t } = useTranslation("accounts");
	const me = useMe().data;
	const { institution } = useWorkspace();
	const allowed = me !== null && me !== undefined && allows(me.role, "accounts:manage");
	const accounts = useQuery({ ...accountsQuery, enabled: allowed });
	if (!allowed)
		return (
			<section className="accounts">
				<PageTitle>{t("title")}</PageTitle>
				<p>{t("onlyAdministrators")}</p>
			</section>
		);
	const shown = (accounts.data ?? []).filter(
		(account) => account.institution === institution.id || account.institution === null,
	);
	return (
		<section className="accounts">
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro")}</p>
			<InviteForm />
			<h2>{t("listTitle", { institution: institution.name })}</h2>
			<ProblemAlert error={accounts.error} />
			{accounts.isPending ? (
				<Loading />
			) : (
				<table className="accounts-table">
					<thead>
						<tr>
							<th scope="col">{t("name")}</th>
							<th scope="col">{t("role")}</th>
							<th scope="col">{t("person")}</th>
							<th scope="col">{t("stateTitle")}</th>
							<th scope="col">{t("access")}</th>
						</tr>
					</thead>
					<tbody>
						{shown.map((account) => (
							<AccountRow key={account.id} account={account} own={account.id === me?.id} />
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}
