import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { RouterProvider } from "react-router";
import { createRouter } from "./app/router.tsx";
import { startI18n } from "./lib/i18n.ts";
import "./styles/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
const i18n = await startI18n();
document.documentElement.lang = i18n.language;
const queryClient = new QueryClient({
	defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
createRoot(root).render(
	<StrictMode>
		<I18nextProvider i18n={i18n}>
			<QueryClientProvider client={queryClient}>
				<RouterProvider router={createRouter()} />
			</QueryClientProvider>
		</I18nextProvider>
	</StrictMode>,
);
