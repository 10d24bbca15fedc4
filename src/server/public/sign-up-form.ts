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

export interface SignUpState {
	values: SignUpValues;
	problems: readonly Problem[];
}

/**
 * The consent the form asks for, in the page's language: what the data is for, and how long the
 * institution keeps it (its retention). The sign-up stores this text as the person saw it.
 */
export function signUpConsent(institution: Institution, t: TFunction): string {
	return t("signUp.consent", {
		institution: institution.name,
		months: retentionOf(institution).registrationsMonths,
	});
}

/**
 * "Notify me": a plain form that works without JavaScript. A hidden honeypot field catches
 * bots; the consent text says what the data is for and how long it is kept.
 */
export function signUpForm(
	action: string,
	institution: Institution,
	t: TFunction,
	state: SignUpState = { values: {}, problems: [] },
): SafeHtml {
	const { values, problems } = state;
	const problemFor = (field: string) => problems.find((problem) => problem.path === field);
	const input = (
		name: "name" | "email" | "phone",
		type: string,
		autocomplete: string,
		required: boolean,
	) => {
		const problem = problemFor(name);
		return html`<div class="field${problem ? " invalid" : ""}">
<label for="signup-${name}">${t(`signUp.${name}`)}</label>
<input id="signup-${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" value="${values[name] ?? ""}"${required ? html` required` : ""}${
			problem ? html` aria-invalid="true" aria-describedby="signup-${name}-problem"` : ""
		}>
${problem ? html`<p class="problem" id="signup-${name}-problem">${problem.message}</p>` : ""}
</div>`;
	};
	const hidden = (["utm_source", "utm_medium", "utm_campaign", "ref"] as const).map((name) =>
		values[name] ? html`<input type="hidden" name="${name}" value="${values[name]}">` : "",
	);
	return html`<section class="sign-up" aria-labelledby="sign-up-heading">
<h2 id="sign-up-heading">${t("signUp.heading")}</h2>
<p>${t("signUp.intro")}</p>
${problems.length > 0 ? html`<div class="problems" role="alert"><p><strong>${t("signUp.problems")}</strong></p><ul>${problems.map((problem) => html`<li>${problem.message}</li>`)}</ul></div>` : ""}
<form method="post" action="${action}">
${input("name", "text", "name", true)}
${input("email", "email", "email", true)}
${input("phone", "tel", "tel", false)}
<div class="field hp" aria-hidden="true"><label for="signup-website">${t("signUp.honeypot")}</label><input id="signup-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div class="field consent${problemFor("consent") ? " invalid" : ""}"><input id="signup-consent" name="consent" type="checkbox" value="yes" required><label for="signup-consent">${signUpConsent(institution, t)}</label></div>
${hidden}
<button type="submit">${t("signUp.submit")}</button>
</form>
</section>`;
}
