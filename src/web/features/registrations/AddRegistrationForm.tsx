import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addedStates } from "../../../model/api/registrations.ts";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { fieldError } from "../../lib/field-errors.ts";
import { appLanguages } from "../../locales/index.ts";
import { useAddRegistration } from "./api.ts";

type AddedState = (typeof addedStates)[number];

/** Records an application made elsewhere (by phone, by e-mail, in SAIS) by hand. */
export function AddRegistrationForm({
	institution,
	offering,
	defaultLanguage,
	onAdded,
}: {
	institution: string;
	offering: string;
	defaultLanguage: string;
	onAdded: (message: string) => void;
}) {
	const { t } = useTranslation("registrations");
	const add = useAddRegistration(institution, offering);
	const [name, setName] = useState("");
	const [email, setEmail] = useState("");
	const [phone, setPhone] = useState("");
	const [state, setState] = useState<AddedState>("applied");
	const [appliedOn, setAppliedOn] = useState("");
	const [language, setLanguage] = useState(defaultLanguage);
	const submit = (event: FormEvent) => {
		event.preventDefault();
		add.mutate(
			{
				name,
				email,
				state,
				language,
				...(phone.trim() && { phone: phone.trim() }),
				...(appliedOn && { appliedOn }),
			},
			{
				onSuccess: (added) => {
					onAdded(t("add.added", { name: added.name, state: t(`state.${added.state}`) }));
					setName("");
					setEmail("");
					setPhone("");
					setAppliedOn("");
				},
			},
		);
	};
	const error = (path: string) => fieldError(add.error, path);
	return (
		<form className="registration-form" onSubmit={submit} noValidate>
			<h2>{t("add.title")}</h2>
			<p>{t("add.hint")}</p>
			<div className="registration-fields">
				<Field label={t("add.name")} error={error("name")}>
					{(control) => (
						<input {...control} value={name} onChange={(event) => setName(event.target.value)} />
					)}
				</Field>
				<Field label={t("add.email")} error={error("email")}>
					{(control) => (
						<input
							{...control}
							type="email"
							value={email}
							onChange={(event) => setEmail(event.target.value)}
						/>
					)}
				</Field>
				<Field label={t("add.phone")} error={error("phone")}>
					{(control) => (
						<input
							{...control}
							type="tel"
							value={phone}
							onChange={(event) => setPhone(event.target.value)}
						/>
					)}
				</Field>
				<Field label={t("add.state")} error={error("state")}>
					{(control) => (
						<select
							{...control}
							value={state}
							onChange={(event) => setState(event.target.value as AddedState)}
						>
							{addedStates.map((option) => (
								<option key={option} value={option}>
									{t(`state.${option}`)}
								</option>
							))}
						</select>
					)}
				</Field>
				<Field label={t("add.appliedOn")} error={error("appliedOn")}>
					{(control) => (
						<input
							{...control}
							type="date"
							value={appliedOn}
							onChange={(event) => setAppliedOn(event.target.value)}
						/>
					)}
				</Field>
				<Field label={t("add.language")} error={error("language")}>
					{(control) => (
						<select
							{...control}
							value={language}
							onChange={(event) => setLanguage(event.target.value)}
						>
							{appLanguages.map((option) => (
								<option key={option} value={option}>
									{new Intl.DisplayNames([option], { type: "language" }).of(option)}
								</option>
							))}
						</select>
					)}
				</Field>
			</div>
			<ProblemAlert error={add.error} />
			<button type="submit" className="button-primary" disabled={add.isPending}>
				{t("add.submit")}
			</button>
		</form>
	);
}
