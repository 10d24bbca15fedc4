import { useTranslation } from "react-i18next";

/** Shown while a view or its data loads. */
export function Loading() {
	const { t } = useTranslation();
	return <p role="status">{t("loading")}</p>;
}
