import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useChangePassword } from "./api.ts";

/** Sets a person's own password: required after a one-time password, and from the menu. */
export function ChangePasswordPage({ required }: { required: boolean }) {
	const { t } = useTranslation("session");
	const change = useChangePassword();
	const [currentPassword, setCurrent] = useState("");
	const [newPassword, setNew] = useState("");
	const [repeated, setRepeated] = useState("");
	const mismatch = repeated !== "" && repeated !== newPassword ? t("mismatch") : undefined;
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
				<Field label={t("newPassword")} hint={t("newPasswordHint")}>
					{(control) => (
						<input
							{...control}
							type="password"
							autoComplete="new-password"
							value={newPassword}
							onChange={(event) => setNew(event.target.value)}
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
				<button type="submit" className="button-primary" disabled={change.isPending}>
					{t("changeSubmit")}
				</button>
			</form>
		</main>
	);
}
