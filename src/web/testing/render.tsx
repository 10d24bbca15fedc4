import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { startI18n } from "../lib/i18n.ts";
import type { AppLanguage } from "../locales/index.ts";

/**
 * Renders a component as the app does: its texts in `language`, a query client of its own and a
 * router at `path`. A test that needs data in the cache (the signed-in account, an offering's
 * ETag) passes a `queryClient` it filled. Component tests run in jsdom (`// @vitest-environment jsdom`).
 */
export async function renderInApp(
	ui: ReactElement,
	options: { language?: AppLanguage; path?: string; queryClient?: QueryClient } = {},
) {
	const i18n = await startI18n(options.language ?? "en");
	const queryClient =
		options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
	return render(
		<I18nextProvider i18n={i18n}>
			<QueryClientProvider client={queryClient}>
				<MemoryRouter initialEntries={[options.path ?? "/"]}>{ui}</MemoryRouter>
			</QueryClientProvider>
		</I18nextProvider>,
	);
}
