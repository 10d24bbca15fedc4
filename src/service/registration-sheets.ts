import { localDate, localDayStart } from "../engine/days.ts";
import type { RegistrationsImportResult } from "../model/api/registrations.ts";
import type { Problem } from "../model/problems.ts";
import {
	mayChangeState,
	refusedChange,
	resolvedState,
	takesPlace,
} from "../model/registration-lifecycle.ts";
import {
	cellPath,
	type RegistrationSheetRow,
	readRegistrationsSheet,
	registrationsToXlsx,
} from "../sheets/index.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import { lockOfferingRegistrations } from "../store/locks.ts";
import { findLiveRegistration } from "../store/registration-repository.ts";
import {
	changeRegistrationState,
	countPlacesTaken,
	nextWaitlistOrder,
	type OfferingKey,
} from "../store/registration-state-repository.ts";
import type { Actor } from "./actor.ts";
import { nowIso, type ServiceContext, todayFor } from "./context.ts";
import { mailQueued } from "./mail-queue.ts";
import { existingOffering } from "./registration-notices.ts";
import { auditStateChange, fillFreePlaces } from "./registration-places.ts";
import { offeringRegistrations } from "./registrations.ts";
import { type SheetFile, sheetProblems, sheetTableOf } from "./sheets.ts";
import { insertByStaff } from "./staff-registrations.ts";

/** An offering's registrations as an XLSX workbook (`registrationsToXlsx`). */
export async function registrationsWorkbook(
	context: ServiceContext,
	key: OfferingKey,
): Promise<Uint8Array> {
	const { registrations } = await offeringRegistrations(context, key);
	const [institution] = await listInstitutions(context.store.db, [key.institutionId]);
	// The days as the school lives them, as its counts are (recorded-registrations.ts).
	const day = (at: string) => localDate(new Date(at), institution?.timezone ?? "UTC");
	return registrationsToXlsx(
		registrations.map((registration) => ({
			name: registration.name,
			email: registration.email,
			phone: registration.phone,
			state: registration.state,
			date: day(registration.appliedAt ?? registration.createdAt),
			waitlistPosition: registration.waitlistPosition,
			confirmed: registration.confirmedAt !== null,
			source: registration.source,
			registered: day(registration.createdAt),
		})),
	);
}

/**
 * Imports applications made elsewhere (SAIS, a school's own form) from a sheet (CSV in UTF-8 or
 * UTF-16, or XLSX; its worksheet "registrations", else the first). Rows are taken in the order
 * of their dates: a new e-mail adds a registration as staff would by hand (`applied` joins the
 * waitlist once the group is full); a known one moves to the row's state if the lifecycle allows
 * it. Every row is checked first, then applied in one transaction that holds the offering's
 * registrations lock: any problem, each named by its row and column, changes nothing. Nobody is
 * mailed, but for whom a withdrawal in the sheet frees a place.
 */
export async function importRegistrationsSheet(
	context: ServiceContext,
	key: OfferingKey,
	file: SheetFile,
	actor: Actor,
): Promise<RegistrationsImportResult> {
	const sheet = readRegistrationsSheet(await sheetTableOf(file, "registrations"));
	if (!sheet.ok) throw sheetProblems(sheet.problems);
	const at = nowIso(context);
	const result = await context.store.db.transaction().execute(async (trx) => {
		await lockOfferingRegistrations(trx, key);
		const about = await existingOffering(trx, key);
		const today = todayFor(context, about.timezone);
		const problems: Problem[] = [];
		const counts = { added: 0, updated: 0, unchanged: 0 };
		let freed = false;
		// A row's date is the school's: its registration counts from the start of that day there.
		const stateAt = (row: RegistrationSheetRow) =>
			localDayStart(row.date ?? today, about.timezone).toISOString();
		for (const row of inDateOrder(sheet.rows)) {
			const state = row.state ?? "applied";
			const existing = await findLiveRegistration(
				trx,
				key.institutionId,
				key.offeringId,
				row.email,
			);
			if (!existing) {
				await insertByStaff(trx, about, {
					name: row.name,
					email: row.email,
					phone: row.phone ?? null,
					state,
					appliedAt: stateAt(row),
					source: "import",
					actor,
					at,
				});
				counts.added += 1;
				continue;
			}
			if (existing.state === state) {
				counts.unchanged += 1;
				continue;
			}
			if (!mayChangeState(existing.state, state)) {
				problems.push({
					path: cellPath(row.row, "state", sheet.positions.get("state")),
					message: `${row.email}: ${refusedChange(existing.state, state)}`,
				});
				continue;
			}
			const to = resolvedState(
				existing.state,
				state,
				await countPlacesTaken(trx, key),
				about.offering.participants.max,
			);
			const changed = await changeRegistrationState(trx, key, existing.id, {
				from: existing.state,
				to,
				appliedAt: existing.appliedAt ?? stateAt(row),
				waitlistOrder: to === "waitlisted" ? await nextWaitlistOrder(trx, key) : undefined,
				at,
			});
			if (!changed) continue;
			await auditStateChange(trx, actor.label, changed, existing.state, at);
			freed ||= to === "withdrawn" && takesPlace(existing.state);
			counts.updated += 1;
		}
		if (problems.length > 0) throw sheetProblems(problems);
		const promoted = freed ? await fillFreePlaces(trx, context, about, actor.label, at) : [];
		return { counts, mailed: promoted.length > 0 };
	});
	if (result.mailed) mailQueued(context);
	return result.counts;
}

/** The rows by the date each person applied; rows without a date (today) last, in sheet order. */
function inDateOrder(rows: readonly RegistrationSheetRow[]): RegistrationSheetRow[] {
	return [...rows].sort(
		(a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.row - b.row,
	);
}
