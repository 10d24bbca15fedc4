import { type FormValue, pruneEmpty } from "./form-value.ts";

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The offering the editor's value stands for, as the workspace keeps it and the API receives
 * it: emptied inputs pruned (`pruneEmpty`), and a subsidy in the fee's currency, which is the
 * only one it may have (the editor asks for its amount alone).
 */
export function editedOffering(form: FormValue): FormValue {
	const offering = pruneEmpty(form);
	const { subsidy, fee } = offering;
	if (isObject(subsidy) && isObject(fee) && typeof fee.currency === "string")
		return { ...offering, subsidy: { ...subsidy, currency: fee.currency } };
	return offering;
}
