import type { ReactNode } from "react";
import type { Me } from "../../model/api/session.ts";
import { Loading } from "../components/Loading.tsx";
import { ProblemAlert } from "../components/ProblemAlert.tsx";
import { useMe } from "../features/session/api.ts";
import { ChangePasswordPage } from "../features/session/ChangePasswordPage.tsx";
import { SignInPage } from "../features/session/SignInPage.tsx";

/**
 * Shows the sign-in form until someone is signed in, and the password form while a one-time
 * password is still to be replaced; then the staff views.
 */
export function SessionGate({ children }: { children: (me: Me) => ReactNode }) {
	const me = useMe();
	if (me.error) return <ProblemAlert error={me.error} />;
	if (me.data === undefined) return <Loading />;
	if (me.data === null) return <SignInPage />;
	if (me.data.passwordChangeRequired) return <ChangePasswordPage required />;
	return children(me.data);
}
