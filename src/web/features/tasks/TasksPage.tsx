import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function TasksPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.tasks")}</PageTitle>;
}
