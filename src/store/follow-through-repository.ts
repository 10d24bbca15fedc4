import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** The registration states of someone still waiting to hear about the course. */
const liveStates = ["interest", "applied", "waitlisted", "enrolled"] as const;
/** The states whose registrants move with a postponed or merged course; enrolment stays put. */
export const movingStates = ["interest", "applied", "waitlisted"] as const;

/** Someone to tell about a decision: what the mail needs of their registration. */
export interface Registrant {
	id: string;
	state: string;
	name: string;
	email: string;
	language: string;
}

/**
 * The offering's registrants to tell about its decision, oldest first: every registration in a
 * live state that is not unsubscribed. Interest that was never confirmed is left out: its mail
 * promised not to write again without the confirmation.
 */
export async function registrantsToTell(
	db: Db,
	institutionId: string,
	offeringId: string,
): Promise<Registrant[]> {
	return db
		.selectFrom("registrations")
		.select(["id", "state", "name", "email", "language"])
		.where("institution_id", "=", institutionId)
		.where("offering_id", "=", offeringId)
		.where("state", "in", liveStates)
		.where("unsubscribed_at", "is", null)
		.where((eb) => eb.or([eb("state", "<>", "interest"), eb("confirmed_at", "is not", null)]))
		.orderBy("created_at")
		.orderBy("id")
		.execute();
}

/**
 * Moves a registration to another offering of the institution at `at`, bumping its version
 * (and with `waitlistOrder` putting it on the new one's waitlist at that place),
 * unless the same e-mail is already registered there (one registration per offering and e-mail
 * that is neither withdrawn nor unsubscribed). Returns whether it moved.
 */
export async function moveRegistration(
	trx: Transaction<Database>,
	institutionId: string,
	registrationId: string,
	target: { offeringId: string; waitlistOrder?: number | undefined },
	at: string,
): Promise<boolean> {
	const result = await trx
		.updateTable("registrations")
		.set((eb) => ({
			offering_id: target.offeringId,
			version: eb("version", "+", 1),
			updated_at: at,
			...(target.waitlistOrder !== undefined && {
				state: "waitlisted",
				waitlist_order: target.waitlistOrder,
			}),
		}))
		.where("institution_id", "=", institutionId)
		.where("id", "=", registrationId)
		.where("unsubscribed_at", "is", null)
		.where(({ exists, not, selectFrom }) =>
			not(
				exists(
					selectFrom("registrations as there")
						.select("there.id")
						.where("there.institution_id", "=", institutionId)
						.where("there.offering_id", "=", target.offeringId)
						.where("there.unsubscribed_at", "is", null)
						.where("there.state", "<>", "withdrawn")
						.whereRef("there.email", "=", "registrations.email"),
				),
			),
		)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

/** A decision whose registrants were told, and how many mails and moves that took. */
export interface FollowThrough {
	institutionId: string;
	offeringId: string;
	outcome: string;
	into: string | null;
	completedAt: string;
	mails: number;
	moved: number;
}

/** The offering's completed follow-throughs, one per outcome followed through. */
export async function followThroughsOf(
	db: Db,
	institutionId: string,
	offeringIds?: readonly string[],
): Promise<FollowThrough[]> {
	if (offeringIds?.length === 0) return [];
	let query = db
		.selectFrom("decision_follow_throughs")
		.selectAll()
		.where("institution_id", "=", institutionId);
	if (offeringIds) query = query.where("offering_id", "in", offeringIds);
	const rows = await query.execute();
	return rows.map((row) => ({
		institutionId: row.institution_id,
		offeringId: row.offering_id,
		outcome: row.outcome,
		into: row.into_offering,
		completedAt: row.completed_at,
		mails: row.mails,
		moved: row.moved,
	}));
}

/**
 * Records a follow-through as complete, inside the transaction that queued its mails and moved
 * its registrants. Returns false, recording nothing, when another run recorded it first: that
 * run's transaction did the work, so this one must roll back.
 */
export async function completeFollowThrough(
	trx: Transaction<Database>,
	followThrough: FollowThrough,
): Promise<boolean> {
	const result = await trx
		.insertInto("decision_follow_throughs")
		.values({
			institution_id: followThrough.institutionId,
			offering_id: followThrough.offeringId,
			outcome: followThrough.outcome,
			into_offering: followThrough.into,
			completed_at: followThrough.completedAt,
			mails: followThrough.mails,
			moved: followThrough.moved,
		})
		.onConflict((conflict) =>
			conflict.columns(["institution_id", "offering_id", "outcome"]).doNothing(),
		)
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}
