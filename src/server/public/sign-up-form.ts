import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../../html/template.ts";
import { type Institution, retentionOf } from "../../model/institution.ts";
import type { Problem } from "../../model/problems.ts";

/** What a learner typed, and the channel they came from, carried through a failed submit. */
export interface SignUpValues {
	name?: string | undefined;
	email?: string | undefined;
	phone?: string | undefined;
	utm_source?: string | undefined;
	utm_medium?: string | undefined;
	utm_campaign?: string | undefined;
	ref?: string | undefined;
}

/** Which of the page's forms: "notify me", or the application. */
export type SignUpKind = "interest" | "apply";

export interface SignUpState {
	/** The form the values and problems belong to; the other form shows empty. Default `interest`. */
	kind?: SignUpKind;
	values: SignUpValues;
	problems: readonly Problem[];
}

/** The texts of each form that differ: its heading, introduction, consent and button. */
const formTexts = {
	interest: {
		id: "signup",
		heading: "signUp.heading",
		intro: "signUp.intro",
		consent: "signUp.consent",
		submit: "signUp.submit",
	},
	apply: {
		id: "apply",
		heading: "apply.heading",
		intro: "apply.intro",
		consent: "apply.consent",
		submit: "apply.submit",
	},
} as const;

/**
 * The consent text a form shows, in the page's language, as it is stored with what the learner
 * sent: what the data is for, and how long the institution keeps it (its retention).
 */
export function consentText(kind: SignUpKind, institution: Institution, t: TFunction): string {
	return t(formTexts[kind].consent, {
		institution: institution.name,
		months: retentionOf(institution).registrationsMonths,
	});
}

/**
 * "Notify me" or "Apply": a plain form that works without JavaScript. A hidden honeypot field
 * catches bots; the consent text says what the data is for and how long it is kept.
 */
export function signUpForm(
	action: string,
	institution: Institution,
	t: TFunction,
	state: SignUpState = { values: {}, problems: [] },
	kind: SignUpKind = "interest",
): SafeHtml {
	const own = (state.kind ?? "interest") === kind;
	const values = own ? state.values : channelValues(state.values);
	const problems = own ? state.problems : [];
	const texts = formTexts[kind];
	const id = texts.id;
	const problemFor = (field: string) => problems.find((problem) => problem.path === field);
	const input = (
		name: "name" | "email" | "phone",
		type: string,
		autocomplete: string,
		required: boolean,
	) => {
		const problem = problemFor(name);
		return html`<div class="field${problem ? " invalid" : ""}">
<label for="${id}-${name}">${t(`signUp.${name}`)}</label>
<input id="${id}-${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" value="${values[name] ?? ""}"${required ? html` required` : ""}${
			problem ? html` aria-invalid="true" aria-describedby="${id}-${name}-problem"` : ""
		}>
${problem ? html`<p class="problem" id="${id}-${name}-problem">${problem.message}</p>` : ""}
</div>`;
	};
	const hidden = (["utm_source", "utm_medium", "utm_campaign", "ref"] as const).map((name) =>
		values[name] ? html`<input type="hidden" name="${name}" value="${values[name]}">` : "",
	);
	return html`<section class="sign-up" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${t(texts.heading)}</h2>
<p>${t(texts.intro)}</p>
${problems.length > 0 ? html`<div class="problems" role="alert"><p><strong>${t("signUp.problems")}</strong></p><ul>${problems.map((problem) => html`<li>${problem.message}</li>`)}</ul></div>` : ""}
<form method="post" action="${action}">
${input("name", "text", "name", true)}
${input("email", "email", "email", true)}
${input("phone", "tel", "tel", false)}
<div class="field hp" aria-hidden="true"><label for="${id}-website">${t("signUp.honeypot")}</label><input id="${id}-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div class="field consent${problemFor("consent") ? " invalid" : ""}"><input id="${id}-consent" name="consent" type="checkbox" value="yes" required><label for="${id}-consent">${consentText(kind, institution, t)}</label></div>
${hidden}
<button type="submit">${t(texts.submit)}</button>
</form>
</section>`;
}

/** The channel a learner came from, which both forms carry, without what was typed in the other. */
function channelValues(values: SignUpValues): SignUpValues {
	const { utm_source, utm_medium, utm_campaign, ref } = values;
	return { utm_source, utm_medium, utm_campaign, ref };
}
