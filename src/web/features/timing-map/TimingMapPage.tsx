import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function TimingMapPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.timingMap")}</PageTitle>;
}
