import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { allows } from "../../model/api/permissions.ts";
import type { Me } from "../../model/api/session.ts";
import { useSignOut } from "../features/session/api.ts";
import { institutionsQuery } from "../features/workspace/api.ts";
import { SaveBar } from "../features/workspace/SaveBar.tsx";
import { chooseInstitution, useWorkspace } from "../features/workspace/WorkspaceProvider.tsx";
import { chooseLanguage } from "../lib/i18n.ts";
import { type AppLanguage, appLanguages } from "../locales/index.ts";

const views = [
	["timing-map", "nav.timingMap"],
	["offerings", "nav.offerings"],
	["tasks", "nav.tasks"],
	["workload", "nav.workload"],
	["budget", "nav.budget"],
	["analysis", "nav.analysis"],
	["about", "nav.about"],
	["import-export", "nav.importExport"],
] as const;

/** The frame of every staff view: the header, the main navigation and the unsaved changes. */
export function Layout({ me }: { me: Me }) {
	const { t, i18n } = useTranslation();
	const signOut = useSignOut();
	const workspace = useWorkspace();
	const queryClient = useQueryClient();
	const institutions = queryClient.getQueryData(institutionsQuery.queryKey) ?? [];
	return (
		<div className="app">
			<a className="skip-link" href="#main">
				{t("skipToContent")}
			</a>
			<header className="app-header">
				<span className="app-name">{t("appName")}</span>
				{institutions.length > 1 ? (
					<label>
						{t("institution")}{" "}
						<select
							value={workspace.institution.id}
							onChange={(event) => {
								chooseInstitution(event.target.value);
								window.location.reload();
							}}
						>
							{institutions.map((institution) => (
								<option key={institution.id} value={institution.id}>
									{institution.name}
								</option>
							))}
						</select>
					</label>
				) : (
					<span className="institution-name">{workspace.institution.name}</span>
				)}
				<label>
					{t("language")}{" "}
					<select
						value={i18n.language}
						onChange={(event) => void chooseLanguage(i18n, event.target.value as AppLanguage)}
					>
						{appLanguages.map((language) => (
							<option key={language} value={language}>
								{new Intl.DisplayNames([language], { type: "language" }).of(language)}
							</option>
						))}
					</select>
				</label>
				<span className="signed-in">
					{t("signedInAs", { name: me.name, role: t(`roles.${me.role}`) })}
				</span>
				<button type="button" onClick={() => signOut.mutate()}>
					{t("signOut")}
				</button>
			</header>
			<nav className="app-nav" aria-label={t("nav.label")}>
				<ul>
					{views.map(([path, label]) => (
						<li key={path}>
							<NavLink to={`/${path}`}>{t(label)}</NavLink>
						</li>
					))}
					{allows(me.role, "learner-data:manage") && (
						<li>
							<NavLink to="/learner-data">{t("nav.learnerData")}</NavLink>
						</li>
					)}
					{allows(me.role, "accounts:manage") && (
						<li>
							<NavLink to="/accounts">{t("nav.accounts")}</NavLink>
						</li>
					)}
					{allows(me.role, "jobs:manage") && (
						<li>
							<NavLink to="/jobs">{t("nav.jobs")}</NavLink>
						</li>
					)}
				</ul>
			</nav>
			<SaveBar />
			<main id="main" className="app-main" tabIndex={-1}>
				<Outlet />
			</main>
		</div>
	);
}
