import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AccountRole } from "../../../model/api/roles.ts";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { fieldError } from "../../lib/field-errors.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useInvite } from "./api.ts";
import { RoleOptions } from "./RoleOptions.tsx";
import { SecretLink } from "./SecretLink.tsx";

/**
 * Invites a member of staff by e-mail with a role, in the institution being worked on, and
 * optionally as one of its plan's people, so that their tasks are theirs.
 */
export function InviteForm() {
	const { t } = useTranslation("accounts");
	const { institution, saved } = useWorkspace();
	const invite = useInvite();
	const [email, setEmail] = useState("");
	const [name, setName] = useState("");
	const [role, setRole] = useState<AccountRole>("pedagogy");
	const [person, setPerson] = useState("");
	const people = saved.institution.people ?? [];
	const choosePerson = (id: string) => {
		setPerson(id);
		const chosen = people.find((candidate) => candidate.id === id);
		if (chosen) {
			setEmail(chosen.email);
			setName(chosen.name);
		}
	};
	const submit = (event: FormEvent) => {
		event.preventDefault();
		invite.mutate({
			email,
			role,
			...(name.trim() && { name: name.trim() }),
			...(role !== "admin" && { institution: institution.id }),
			...(person && role !== "admin" && { person }),
		});
	};
	const error = (path: string) => fieldError(invite.error, path);
	return (
		<form className="invite-form" onSubmit={submit} noValidate>
			<h2>{t("invite.title", { institution: institution.name })}</h2>
			<Field label={t("invite.person")} hint={t("invite.personHint")} error={error("person")}>
				{(control) => (
					<select
						{...control}
						value={person}
						onChange={(event) => choosePerson(event.target.value)}
					>
						<option value="">{t("invite.noPerson")}</option>
						{people.map((candidate) => (
							<option key={candidate.id} value={candidate.id}>
								{candidate.name}
							</option>
						))}
					</select>
				)}
			</Field>
			<Field label={t("email")} error={error("email")}>
				{(control) => (
					<input
						{...control}
						type="email"
						value={email}
						onChange={(event) => setEmail(event.target.value)}
					/>
				)}
			</Field>
			<Field label={t("name")} error={error("name")}>
				{(control) => (
					<input {...control} value={name} onChange={(event) => setName(event.target.value)} />
				)}
			</Field>
			<Field label={t("role")} error={error("role")}>
				{(control) => (
					<select
						{...control}
						value={role}
						onChange={(event) => setRole(event.target.value as AccountRole)}
					>
						<RoleOptions />
					</select>
				)}
			</Field>
			<ProblemAlert error={invite.error} />
			<button type="submit" className="button-primary" disabled={invite.isPending}>
				{t("invite.submit")}
			</button>
			{invite.data && (
				<div role="status">
					<p>{t("invite.sent", { email: invite.data.email })}</p>
					<SecretLink label={t("invite.link")} value={invite.data.invitationUrl} />
				</div>
			)}
		</form>
	);
}
