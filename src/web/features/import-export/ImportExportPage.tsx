import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function ImportExportPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.importExport")}</PageTitle>;
}
