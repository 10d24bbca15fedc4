import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useSignIn } from "./api.ts";

/** The sign-in form: e-mail and password. */
export function SignInPage() {
	const { t } = useTranslation("session");
	const signIn = useSignIn();
	const [email, setEmail] = useState("");
	const [password, setPassword] = useState("");
	const submit = (event: FormEvent) => {
		event.preventDefault();
		signIn.mutate({ email, password });
	};
	return (
		<main className="sign-in" id="main">
			<h1>{t("title")}</h1>
			<p>{t("intro")}</p>
			<form onSubmit={submit} noValidate>
				<ProblemAlert error={signIn.error} />
				<Field label={t("email")}>
					{(control) => (
						<input
							{...control}
							type="email"
							autoComplete="username"
							required
							value={email}
							onChange={(event) => setEmail(event.target.value)}
						/>
					)}
				</Field>
				<Field label={t("password")}>
					{(control) => (
						<input
							{...control}
							type="password"
							autoComplete="current-password"
							required
							value={password}
							onChange={(event) => setPassword(event.target.value)}
						/>
					)}
				</Field>
				<button type="submit" className="button-primary" disabled={signIn.isPending}>
					{t("submit")}
				</button>
			</form>
		</main>
	);
}
