import type { RegistrationCounts, RegistrationView } from "../../model/api/registrations.ts";
import type {
	ListedRegistration,
	OfferingRegistrationCounts,
} from "../../service/registrations.ts";

/** A registration as staff see it: no token hashes, no client address, no consent text. */
export function presentRegistration(registration: ListedRegistration): RegistrationView {
	return {
		id: registration.id,
		offering: registration.offeringId,
		state: registration.state,
		name: registration.name,
		email: registration.email,
		...(registration.phone !== null && { phone: registration.phone }),
		language: registration.language,
		source: registration.source,
		confirmed: registration.confirmedAt !== null,
		createdAt: registration.createdAt,
		...(registration.appliedAt !== null && { appliedAt: registration.appliedAt }),
		...(registration.waitlistedAt !== null && { waitlistedAt: registration.waitlistedAt }),
		...(registration.enrolledAt !== null && { enrolledAt: registration.enrolledAt }),
		...(registration.withdrawnAt !== null && { withdrawnAt: registration.withdrawnAt }),
		updatedAt: registration.updatedAt,
		...(registration.waitlistPosition !== undefined && {
			waitlistPosition: registration.waitlistPosition,
		}),
		version: registration.version,
	};
}

/** Each offering's counts per state. */
export function presentRegistrationCounts(
	counts: readonly OfferingRegistrationCounts[],
): RegistrationCounts {
	return {
		items: counts.map((entry) => ({
			offering: entry.offeringId,
			counts: entry.counts,
			fill: entry.fill,
		})),
	};
}
