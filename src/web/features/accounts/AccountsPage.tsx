import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function AccountsPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.accounts")}</PageTitle>;
}
