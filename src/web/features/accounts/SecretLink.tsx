import { useTranslation } from "react-i18next";
import { CopyField } from "../../components/CopyField.tsx";

/** A link or password shown once, to copy and pass on. */
export function SecretLink({ label, value }: { label: string; value: string }) {
	const { t } = useTranslation("accounts");
	return (
		<div className="secret-link">
			<CopyField
				label={label}
				value={value}
				texts={{ copy: t("copy"), copied: t("copied"), copyYourself: t("copyYourself") }}
			/>
		</div>
	);
}
