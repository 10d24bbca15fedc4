import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function WorkloadPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.workload")}</PageTitle>;
}
