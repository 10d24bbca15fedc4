import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function BudgetPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.budget")}</PageTitle>;
}
