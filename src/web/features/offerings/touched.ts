import type { FieldErrors } from "./field-errors.ts";

function parentOf(key: string): string {
	const at = key.lastIndexOf(".");
	return at < 0 ? "" : key.slice(0, at);
}

function within(key: string, group: string): boolean {
	return group === "" || key === group || key.startsWith(`${group}.`);
}

/**
 * Whether a field's error is shown yet: once the person touched it, something inside it (a
 * language of a title), the group it is in (a title's language names the title's problem), or
 * a field beside it in the same item (a group's maximum shows the problem with its minimum).
 */
export function isShown(key: string, touched: ReadonlySet<string>): boolean {
	const parent = parentOf(key);
	for (const touchedKey of touched) {
		if (within(touchedKey, key) || within(key, touchedKey)) return true;
		if (parent !== "" && parentOf(touchedKey) === parent) return true;
	}
	return false;
}

/** The errors to show now: those of touched fields, or all once the person tried to save. */
export function shownErrors(
	errors: FieldErrors,
	touched: ReadonlySet<string>,
	all: boolean,
): FieldErrors {
	if (all) return errors;
	return new Map([...errors].filter(([key]) => isShown(key, touched)));
}

/** The id of a field's control, so an error summary can link to it. */
export function controlId(key: string): string {
	return `offering-${key.replace(/[^A-Za-z0-9-]/g, "-")}`;
}
