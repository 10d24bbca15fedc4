import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";

/** A new password typed twice, with a note next to the second when the two differ. */
export function NewPasswordFields({
	password,
	repeated,
	onChange,
	error,
}: {
	password: string;
	repeated: string;
	onChange: (next: { password: string; repeated: string }) => void;
	/** The server's problem with the new password. */
	error?: string | undefined;
}) {
	const { t } = useTranslation("session");
	return (
		<>
			<Field label={t("newPassword")} hint={t("newPasswordHint")} error={error}>
				{(control) => (
					<input
						{...control}
						type="password"
						autoComplete="new-password"
						value={password}
						onChange={(event) => onChange({ password: event.target.value, repeated })}
					/>
				)}
			</Field>
			<Field
				label={t("repeatPassword")}
				error={repeated !== "" && repeated !== password ? t("mismatch") : undefined}
			>
				{(control) => (
					<input
						{...control}
						type="password"
						autoComplete="new-password"
						value={repeated}
						onChange={(event) => onChange({ password, repeated: event.target.value })}
					/>
				)}
			</Field>
		</>
	);
}
