import { z } from "zod";
import { person } from "../institution.ts";
import { intake } from "../intake.ts";
import { offering } from "../offering.ts";
import { slug } from "../primitives.ts";
import { qualification } from "../qualification.ts";
import { template } from "../template.ts";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";
import type { Permission } from "./permissions.ts";

/** The plan resources that staff create, read, change and delete one by one. */
export const resourceKindNames = [
	"intakes",
	"qualifications",
	"templates",
	"offerings",
	"people",
] as const;
export type ResourceKindName = (typeof resourceKindNames)[number];

/** Each kind's schema (the plan file's), its noun and who may change it; everyone may read. */
export const resourceKindContracts = {
	intakes: {
		noun: "intake",
		schema: intake,
		create: "intakes:write",
		update: "intakes:write",
		remove: "intakes:write",
	},
	qualifications: {
		noun: "qualification",
		schema: qualification,
		create: "qualifications:write",
		update: "qualifications:write",
		remove: "qualifications:write",
	},
	templates: {
		noun: "template",
		schema: template,
		create: "templates:write",
		update: "templates:write",
		remove: "templates:write",
	},
	offerings: {
		noun: "offering",
		schema: offering,
		create: "offerings:create",
		update: "offerings:update",
		remove: "offerings:delete",
	},
	people: {
		noun: "person",
		schema: person,
		create: "people:write",
		update: "people:write",
		remove: "people:write",
	},
} as const satisfies Record<
	ResourceKindName,
	{ noun: string; schema: z.ZodType; create: Permission; update: Permission; remove: Permission }
>;

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

/** The five routes of one resource kind under `/institutions/{id}/{kind}`. */
function resourceRoutes<Name extends ResourceKindName>(name: Name) {
	const kind = resourceKindContracts[name];
	// The routes of all kinds share one shape; their items are typed by the kind's schema.
	const item = kind.schema as unknown as z.ZodType<
		z.output<(typeof resourceKindContracts)[Name]["schema"]>
	>;
	const tags = [name];
	const collection = `/institutions/:id/${name}`;
	const member = `${collection}/:resourceId`;
	return {
		list: route({
			method: "GET",
			path: collection,
			permission: "plan:read",
			summary: `List the ${name} in plan order`,
			tags,
			params: institutionParams,
			query: pageQuery,
			responses: { 200: pageOf(item) },
		}),
		create: route({
			method: "POST",
			path: collection,
			permission: kind.create,
			summary: `Add a ${kind.noun}`,
			tags,
			params: institutionParams,
			body: item,
			responses: { 201: item },
		}),
		read: route({
			method: "GET",
			path: member,
			permission: "plan:read",
			summary: `Read a ${kind.noun}`,
			tags,
			params: resourceParams,
			responses: { 200: item },
		}),
		update: route({
			method: "PATCH",
			path: member,
			permission: kind.update,
			summary: `Change a ${kind.noun} (If-Match its ETag)`,
			tags,
			params: resourceParams,
			body: mergePatchBody,
			responses: { 200: item },
		}),
		remove: route({
			method: "DELETE",
			path: member,
			permission: kind.remove,
			summary: `Delete a ${kind.noun} (If-Match its ETag)`,
			tags,
			params: resourceParams,
			responses: {},
		}),
	};
}

/** The routes of every resource kind, by kind. */
export const resourceContracts = {
	intakes: resourceRoutes("intakes"),
	qualifications: resourceRoutes("qualifications"),
	templates: resourceRoutes("templates"),
	offerings: resourceRoutes("offerings"),
	people: resourceRoutes("people"),
};
