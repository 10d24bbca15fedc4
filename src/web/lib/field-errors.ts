import { ApiError } from "./api.ts";

/** The message a refused request gives for one field (`errors[].path`), if any. */
export function fieldError(error: unknown, path: string): string | undefined {
	if (!(error instanceof ApiError)) return undefined;
	return error.problem.errors?.find((entry) => entry.path === path)?.message;
}
