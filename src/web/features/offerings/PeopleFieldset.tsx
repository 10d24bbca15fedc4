import { useTranslation } from "react-i18next";
import { roles } from "../../../model/primitives.ts";
import { useEditorForm } from "./editor-form.tsx";
import { GroupError, SelectInput, TextInput } from "./inputs.tsx";

/** Who owns the course in each role (the people of the plan who have that role), and its contact point. */
export function PeopleFieldset() {
	const { t } = useTranslation("offerings");
	const { t: tc } = useTranslation();
	const form = useEditorForm();
	const people = form.plan.institution.people ?? [];
	return (
		<fieldset>
			<legend>{t("legend.people")}</legend>
			<fieldset>
				<legend>{t("field.owners")}</legend>
				<div className="form-row">
					{roles.map((role) => (
						<SelectInput
							key={role}
							path={["owners", role]}
							label={tc(`roles.${role}`)}
							empty={t("option.noOwner")}
							options={people
								.filter((person) => person.roles.includes(role))
								.map((person) => [person.id, person.name] as const)}
						/>
					))}
				</div>
				<GroupError path={["owners"]} />
			</fieldset>
			<fieldset>
				<legend>{t("field.contact")}</legend>
				<div className="form-row">
					<TextInput path={["contact", "name"]} label={t("field.contactName")} />
					<TextInput path={["contact", "email"]} label={t("field.email")} type="email" />
					<TextInput path={["contact", "phone"]} label={t("field.phone")} type="tel" />
				</div>
				<GroupError path={["contact"]} />
			</fieldset>
		</fieldset>
	);
}
