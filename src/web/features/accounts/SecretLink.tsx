import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A link or password shown once, to copy and pass on. */
export function SecretLink({ label, value }: { label: string; value: string }) {
	const { t } = useTranslation("accounts");
	const [copied, setCopied] = useState(false);
	return (
		<p className="secret-link">
			<label>
				{label}{" "}
				<input
					readOnly
					value={value}
					size={Math.min(value.length, 60)}
					onFocus={(event) => event.target.select()}
				/>
			</label>{" "}
			<button
				type="button"
				onClick={() => {
					void navigator.clipboard?.writeText(value).then(() => setCopied(true));
				}}
			>
				{copied ? t("copied") : t("copy")}
			</button>
		</p>
	);
}
