import { useTranslation } from "react-i18next";
import type { RegistrationView } from "../../../model/api/registrations.ts";
import {
	allowedTransitions,
	type RegistrationState,
} from "../../../model/registration-lifecycle.ts";
import { formatDate } from "../../lib/format.ts";

/** A state a registration can be moved to: every one but where it starts. */
type Destination = Exclude<RegistrationState, "interest">;

/** The word on a button that moves a registration to `to`; moving off the waitlist says so. */
export function actionKey(
	from: RegistrationState,
	to: RegistrationState,
): "action.promote" | `action.${Destination}` {
	if (from === "waitlisted" && to === "applied") return "action.promote";
	// No change leads back to `interest` (allowedTransitions).
	return `action.${to as Destination}`;
}

/**
 * One registration: who, how to reach them, where they stand (with their place in line), when
 * they applied and where they came from, and a button for each change the lifecycle allows.
 */
export function RegistrationRow({
	registration,
	canManage,
	busy,
	onChange,
}: {
	registration: RegistrationView;
	canManage: boolean;
	busy: boolean;
	onChange: (state: RegistrationState) => void;
}) {
	const { t, i18n } = useTranslation("registrations");
	const date = (iso: string | undefined) =>
		iso === undefined ? "" : formatDate(iso.slice(0, 10), i18n.language);
	const next = allowedTransitions[registration.state];
	return (
		<tr>
			<th scope="row">{registration.name}</th>
			<td>
				<a href={`mailto:${registration.email}`}>{registration.email}</a>
				{registration.phone && <div>{registration.phone}</div>}
				{!registration.confirmed && <div className="registration-note">{t("unconfirmed")}</div>}
			</td>
			<td>
				<span className={`badge registration-state registration-${registration.state}`}>
					{t(`state.${registration.state}`)}
				</span>
				{registration.waitlistPosition !== undefined && (
					<div className="registration-note">
						{t("position", { position: registration.waitlistPosition })}
					</div>
				)}
			</td>
			<td className="nowrap">{date(registration.appliedAt)}</td>
			<td>{registration.source}</td>
			{canManage && (
				<td>
					<div className="registration-actions">
						{next.map((to) => {
							const action: string = t(actionKey(registration.state, to));
							return (
								<button
									key={to}
									type="button"
									disabled={busy}
									aria-label={t("actionLabel", { action, name: registration.name })}
									onClick={() => onChange(to)}
								>
									{action}
								</button>
							);
						})}
					</div>
				</td>
			)}
		</tr>
	);
}
