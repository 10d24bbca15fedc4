/**
 * A registration's lifecycle: the states a learner's registration for an offering goes through
 * and which changes are allowed. The one place these rules live, so the service refuses exactly
 * what the staff app does not offer.
 */

/** Every state of a registration, in the order a registration usually passes through them. */
export const registrationStates = [
	"interest",
	"applied",
	"waitlisted",
	"enrolled",
	"withdrawn",
] as const;
export type RegistrationState = (typeof registrationStates)[number];

/** Where each state may go next; `withdrawn` is final. */
export const allowedTransitions: Readonly<Record<RegistrationState, readonly RegistrationState[]>> =
	{
		interest: ["applied", "waitlisted", "withdrawn"],
		applied: ["enrolled", "withdrawn"],
		waitlisted: ["applied", "withdrawn"],
		enrolled: ["withdrawn"],
		withdrawn: [],
	};

/** Whether a text is one of the registration states. */
export function isRegistrationState(state: string): state is RegistrationState {
	return (registrationStates as readonly string[]).includes(state);
}

/** Whether a registration may go from `from` to `to` (staying put is no change, so not allowed). */
export function mayChangeState(from: RegistrationState, to: RegistrationState): boolean {
	return allowedTransitions[from].includes(to);
}

/** Why a change is refused, naming both states: `cannot go from withdrawn to enrolled`. */
export function refusedChange(from: RegistrationState, to: RegistrationState): string {
	return `cannot go from ${from} to ${to}`;
}

/**
 * Whether a registration in this state takes one of the group's places: applied and enrolled
 * do, and only they count toward the group's fill (the forecast, the go/no-go decision).
 */
export function takesPlace(state: RegistrationState): boolean {
	return state === "applied" || state === "enrolled";
}

/**
 * What an application becomes: `applied` while places are free, `waitlisted` once the places
 * taken reach the group's maximum.
 */
export function applicationState(
	placesTaken: number,
	maxParticipants: number,
): "applied" | "waitlisted" {
	return placesTaken >= maxParticipants ? "waitlisted" : "applied";
}

/**
 * The state a requested change really gives: asking to apply (`applied`) from `interest` when
 * the group is full joins the waitlist, as a learner's application would. Every other request
 * is taken as asked; whether it is allowed is `mayChangeState`'s to say.
 */
export function resolvedState(
	from: RegistrationState,
	requested: RegistrationState,
	placesTaken: number,
	maxParticipants: number,
): RegistrationState {
	if (from === "interest" && requested === "applied")
		return applicationState(placesTaken, maxParticipants);
	return requested;
}

/** How many places are free (never below zero), from the places taken and the group's maximum. */
export function freePlaces(placesTaken: number, maxParticipants: number): number {
	return Math.max(0, maxParticipants - placesTaken);
}
