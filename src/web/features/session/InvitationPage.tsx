import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { fieldError } from "../../lib/field-errors.ts";
import { invitationQuery, useAcceptInvitation } from "./api.ts";

/** The page an invitation's link opens: who is invited, and the form to set a password. */
export function InvitationPage() {
	const { t } = useTranslation("session");
	const token = useParams().token ?? "";
	const invitation = useQuery(invitationQuery(token));
	const accept = useAcceptInvitation(token);
	const [password, setPassword] = useState("");
	const [repeated, setRepeated] = useState("");
	const mismatch = repeated !== "" && repeated !== password ? t("mismatch") : undefined;
	if (accept.isSuccess) return <Navigate to="/timing-map" replace />;
	const submit = (event: FormEvent) => {
		event.preventDefault();
		if (password === repeated) accept.mutate(password);
	};
	return (
		<main className="sign-in" id="main">
			<h1>{t("invitationTitle")}</h1>
			{invitation.isPending && <Loading />}
			<ProblemAlert error={invitation.error} />
			{invitation.data && (
				<>
					<p>
						{t("invitationGreeting", {
							name: invitation.data.name,
							institution: invitation.data.institutionName ?? "Kairos",
							role: t(`roles.${invitation.data.role}`, { ns: "common" }),
						})}
					</p>
					<form onSubmit={submit} noValidate>
						<ProblemAlert error={accept.error} />
						<Field label={t("email")}>
							{(control) => (
								<input
									{...control}
									readOnly
									value={invitation.data.email}
									autoComplete="username"
								/>
							)}
						</Field>
						<Field
							label={t("newPassword")}
							hint={t("newPasswordHint")}
							error={fieldError(accept.error, "password")}
						>
							{(control) => (
								<input
									{...control}
									type="password"
									autoComplete="new-password"
									value={password}
									onChange={(event) => setPassword(event.target.value)}
								/>
							)}
						</Field>
						<Field label={t("repeatPassword")} error={mismatch}>
							{(control) => (
								<input
									{...control}
									type="password"
									autoComplete="new-password"
									value={repeated}
									onChange={(event) => setRepeated(event.target.value)}
								/>
							)}
						</Field>
						<button type="submit" className="button-primary" disabled={accept.isPending}>
							{t("invitationSubmit")}
						</button>
					</form>
				</>
			)}
		</main>
	);
}
