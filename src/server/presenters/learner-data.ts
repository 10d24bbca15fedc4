import type {
	ErasureView,
	LearnerDataView,
	LearnerRegistrationView,
} from "../../model/api/learner-data.ts";
import type { LearnerData, LearnerRegistration } from "../../service/learner-data.ts";
import type { Erasure } from "../../service/learner-erasure.ts";

/**
 * Everything kept about a person, as they download it and as the staff export it: each
 * registration with all its columns (the consent as one record), the mails, the retention.
 */
export function presentLearnerData(data: LearnerData): LearnerDataView {
	return {
		institution: { id: data.institution.id, name: data.institution.name },
		email: data.email,
		exportedAt: data.at,
		retention: {
			registrationsMonths: data.retention.registrationsMonths,
			unconfirmedDays: data.retention.unconfirmedDays,
		},
		registrations: data.registrations.map(presentRegistration),
		mails: data.mails.map((mail) => ({
			subject: mail.subject,
			queuedAt: mail.queuedAt,
			sentAt: mail.sentAt,
			failedAt: mail.failedAt,
		})),
	};
}

function presentRegistration(entry: LearnerRegistration): LearnerRegistrationView {
	const { registration, offering } = entry;
	// Every column is kept in the view; the consent's two are one record with its time.
	const { consentText: _text, consentVersion: _version, ...columns } = registration.columns;
	return {
		...columns,
		id: registration.id,
		offeringId: registration.offeringId,
		state: registration.state,
		name: registration.name,
		email: registration.email,
		phone: registration.phone,
		language: registration.language,
		source: registration.source,
		createdAt: registration.createdAt,
		confirmedAt: registration.confirmedAt,
		unsubscribedAt: registration.unsubscribedAt,
		consent: {
			text: registration.consentText,
			version: registration.consentVersion,
			givenAt: registration.createdAt,
		},
		offering: offering && {
			title: offering.title,
			...(offering.end !== undefined && { end: offering.end }),
		},
		keptUntil: entry.keptUntil,
	};
}

/** How much an erasure removed. */
export function presentErasure(erasure: Erasure): ErasureView {
	return { registrations: erasure.registrations, mails: erasure.mails };
}
