import { useTranslation } from "react-i18next";
import { accountRoles } from "../../../model/api/roles.ts";

/** The roles as the options of a select, each by its name in the reader's language. */
export function RoleOptions() {
	const { t } = useTranslation();
	return accountRoles.map((role) => (
		<option key={role} value={role}>
			{t(`roles.${role}`)}
		</option>
	));
}
