import { z } from "zod";
import { slug } from "../../../model/primitives.ts";

export const resourceParams = z.object({ id: slug, resourceId: z.string().min(1) });

export const pageQuery = z.object({
	limit: z.coerce.number().int().min(1).max(500).default(50),
	after: z.coerce
		.number()
		.int()
		.min(-1)
		.optional()
		.describe("the `next` cursor of the previous page"),
});

/** A page of a list; `next` is absent on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
	return z.object({ items: z.array(item), next: z.number().optional() });
}

export const mergePatchBody = z
	.record(z.string(), z.unknown())
	.describe("a JSON Merge Patch (RFC 7396): the fields to change; null removes an optional field");
