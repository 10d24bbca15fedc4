import type { Me } from "../../model/api/session.ts";
import { WorkspaceProvider } from "../features/workspace/WorkspaceProvider.tsx";
import { Layout } from "./Layout.tsx";

/** The institution's workspace around the app's frame (its own chunk, with the engine). */
export default function WorkspaceFrame({ me }: { me: Me }) {
	return (
		<WorkspaceProvider>
			<Layout me={me} />
		</WorkspaceProvider>
	);
}
