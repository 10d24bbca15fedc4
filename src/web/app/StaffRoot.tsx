import { lazy, Suspense } from "react";
import { Loading } from "../components/Loading.tsx";
import { SessionGate } from "./session-gate.tsx";

// The workspace carries the engine and the plan's schemas: it loads once someone is signed in,
// so the sign-in page stays small.
const WorkspaceFrame = lazy(() => import("./WorkspaceFrame.tsx"));

/** Signed in, in an institution's workspace, inside the app's frame. */
export function StaffRoot() {
	return (
		<SessionGate>
			{(me) => (
				<Suspense fallback={<Loading />}>
					<WorkspaceFrame me={me} />
				</Suspense>
			)}
		</SessionGate>
	);
}
