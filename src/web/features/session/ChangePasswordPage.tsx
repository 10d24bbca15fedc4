import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { fieldError } from "../../lib/field-errors.ts";
import { useChangePassword } from "./api.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

/** Sets a person's own password: required after a one-time password, and from the menu. */
export function ChangePasswordPage({ required }: { required: boolean }) {
	const { t } = useTranslation("session");
	const change = useChangePassword();
	const [currentPassword, setCurrent] = useState("");
	const [newPassword, setNew] = useState("");
	const [repeated, setRepeated] = useState("");
	const submit = (event: FormEvent) => {
		event.preventDefault();
		if (newPassword !== repeated) return;
		change.mutate({ currentPassword, newPassword });
	};
	return (
		<main className="sign-in" id="main">
			<h1>{t("changeTitle")}</h1>
			{required && <p>{t("changeRequired")}</p>}
			{change.isSuccess && <p role="status">{t("changed")}</p>}
			<form onSubmit={submit} noValidate>
				<ProblemAlert error={change.error} />
				<Field label={t("currentPassword")}>
					{(control) => (
						<input
							{...control}
							type="password"
							autoComplete="current-password"
							value={currentPassword}
							onChange={(event) => setCurrent(event.target.value)}
						/>
					)}
				</Field>
				<NewPasswordFields
					password={newPassword}
					repeated={repeated}
					onChange={(next) => {
						setNew(next.password);
						setRepeated(next.repeated);
					}}
					error={fieldError(change.error, "newPassword")}
				/>
				<button type="submit" className="button-primary" disabled={change.isPending}>
					{t("changeSubmit")}
				</button>
			</form>
		</main>
	);
}
