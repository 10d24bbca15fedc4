import { useTranslation } from "react-i18next";
import { blockerAnchors } from "../../../model/anchors.ts";
import type { RecordedDecision } from "../../../model/offering.ts";
import { Field } from "../../components/Field.tsx";
import { useEditorForm } from "./editor-form.tsx";
import { type FieldPath, getIn, keyOf } from "./form-value.ts";
import { GroupError, NumberInput, SelectInput, TextInput } from "./inputs.tsx";
import { ListInput } from "./ListInput.tsx";
import { controlId } from "./touched.ts";

const anchorSet: ReadonlySet<string> = new Set(blockerAnchors);
const dateChoice = "date";

/** One blocker: an intake anchor, or a date of its own (its problems show at the date). */
function BlockerInput({ path }: { path: FieldPath }) {
	const { t } = useTranslation("offerings");
	const form = useEditorForm();
	const value = getIn(form.value, path);
	const isAnchor = typeof value === "string" && anchorSet.has(value);
	return (
		<div className="form-row">
			<Field label={t("field.blockerKind")} id={`${controlId(keyOf(path))}-kind`}>
				{(control) => (
					<select
						{...control}
						value={isAnchor ? value : dateChoice}
						disabled={form.readOnly}
						onChange={(event) =>
							form.set(path, event.target.value === dateChoice ? "" : event.target.value)
						}
					>
						{blockerAnchors.map((anchor) => (
							<option key={anchor} value={anchor}>
								{t(`option.anchor.${anchor}`)}
							</option>
						))}
						<option value={dateChoice}>{t("option.aDate")}</option>
					</select>
				)}
			</Field>
			{isAnchor ? (
				<GroupError path={path} />
			) : (
				<TextInput path={path} label={t("field.blockerDate")} type="date" />
			)}
		</div>
	);
}

const released = { "": undefined, true: true, false: false } as const;

/**
 * When the course is published, where learners apply when not in the catalogue, what holds it
 * back, its marketing plan template, and the go/no-go decision.
 */
export function PublicationFieldset() {
	const { t } = useTranslation("offerings");
	const form = useEditorForm();
	const templates = form.plan.templates ?? [];
	return (
		<fieldset>
			<legend>{t("legend.publication")}</legend>
			<TextInput
				path={["publication"]}
				label={t("field.publication")}
				hint={t("hint.publication")}
				type="date"
			/>
			<SelectInput
				path={["released"]}
				label={t("field.released")}
				empty={t("option.releasedByMilestone")}
				options={[
					["true", t("option.released")],
					["false", t("option.heldBack")],
				]}
				parse={(raw) => released[raw as keyof typeof released]}
			/>
			<TextInput
				path={["applicationUrl"]}
				label={t("field.applicationUrl")}
				hint={t("hint.applicationUrl")}
				type="url"
			/>
			<ListInput
				path={["blockedUntil"]}
				legend={t("field.blockedUntil")}
				hint={t("hint.blockers")}
				itemLabel={(number) => t("field.blocker", { number })}
				addLabel={t("items.addBlocker")}
				newItem={() => "intake.fullTimeGroupsConfirmed"}
			>
				{(path) => <BlockerInput path={path} />}
			</ListInput>
			<div className="form-row">
				<SelectInput
					path={["template"]}
					label={t("field.template")}
					empty={t("option.defaultTemplate")}
					options={templates.map((template) => [template.id, template.id] as const)}
				/>
				<DecisionInput />
			</div>
		</fieldset>
	);
}

/**
 * The go/no-go decision: go or no-go chosen here, or a decision recorded on the course's page
 * (with who, when, why, and where it moved), which is shown and kept as it is.
 */
function DecisionInput() {
	const { t } = useTranslation("offerings");
	const form = useEditorForm();
	const value = getIn(form.value, ["decision"]);
	if (typeof value === "object" && value !== null) {
		const recorded = value as RecordedDecision;
		return (
			<Field
				label={t("field.decision")}
				hint={t("hint.recordedDecision")}
				id={controlId(keyOf(["decision"]))}
			>
				{(control) => (
					<input {...control} readOnly value={t(`option.outcome.${recorded.outcome}`)} />
				)}
			</Field>
		);
	}
	return (
		<SelectInput
			path={["decision"]}
			label={t("field.decision")}
			empty={t("option.notDecided")}
			options={[
				["go", t("option.go")],
				["no-go", t("option.noGo")],
			]}
		/>
	);
}

/** The registration counts so far: cumulative, one per date. */
export function RegistrationsFieldset() {
	const { t } = useTranslation("offerings");
	return (
		<ListInput
			path={["registrations"]}
			legend={t("legend.registrations")}
			hint={t("hint.registrations")}
			itemLabel={(number) => t("field.registration", { number })}
			addLabel={t("items.addRegistration")}
			newItem={() => ({ date: "", count: "" })}
		>
			{(path) => (
				<div className="form-row">
					<TextInput path={[...path, "date"]} label={t("field.date")} type="date" />
					<NumberInput path={[...path, "count"]} label={t("field.count")} step="1" />
				</div>
			)}
		</ListInput>
	);
}
