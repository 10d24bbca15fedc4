import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function AboutPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.about")}</PageTitle>;
}
