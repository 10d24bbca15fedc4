import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { fieldError } from "../../lib/field-errors.ts";
import { invitationQuery, useAcceptInvitation } from "./api.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

/** The page an invitation's link opens: who is invited, and the form to set a password. */
export function InvitationPage() {
	const { t } = useTranslation("session");
	const token = useParams().token ?? "";
	const accept = useAcceptInvitation(token);
	// Once accepted, the invitation is used up: it is not read again as the page leaves.
	const invitation = useQuery({
		...invitationQuery(token),
		enabled: !accept.isPending && !accept.isSuccess,
	});
	const [password, setPassword] = useState("");
	const [repeated, setRepeated] = useState("");
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
						<NewPasswordFields
							password={password}
							repeated={repeated}
							onChange={(next) => {
								setPassword(next.password);
								setRepeated(next.repeated);
							}}
							error={fieldError(accept.error, "password")}
						/>
						<button type="submit" className="button-primary" disabled={accept.isPending}>
							{t("invitationSubmit")}
						</button>
					</form>
				</>
			)}
		</main>
	);
}
