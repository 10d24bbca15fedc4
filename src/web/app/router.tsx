import { createBrowserRouter, Navigate } from "react-router";
import { Loading } from "../components/Loading.tsx";
import { NotFound } from "../components/NotFound.tsx";
import { StaffRoot } from "./StaffRoot.tsx";

/** A view loaded when it is first opened, so the first page loads only what it needs. */
function view<T>(load: () => Promise<T>, pick: (module: T) => React.ComponentType) {
	return async () => ({ Component: pick(await load()) });
}

/** Every view has its own address under /app, so a link to it can be shared. */
export function createRouter() {
	return createBrowserRouter(
		[
			{
				path: "/invitation/:token",
				lazy: view(
					() => import("../features/session/InvitationPage.tsx"),
					(m) => m.InvitationPage,
				),
				hydrateFallbackElement: <Loading />,
			},
			{
				path: "/",
				element: <StaffRoot />,
				hydrateFallbackElement: <Loading />,
				children: [
					{ index: true, element: <Navigate to="/timing-map" replace /> },
					{
						path: "timing-map",
						lazy: view(
							() => import("../features/timing-map/TimingMapPage.tsx"),
							(m) => m.TimingMapPage,
						),
					},
					{
						path: "offerings",
						lazy: view(
							() => import("../features/offerings/OfferingsPage.tsx"),
							(m) => m.OfferingsPage,
						),
					},
					{
						path: "offerings/new",
						lazy: view(
							() => import("../features/offerings/NewOfferingPage.tsx"),
							(m) => m.NewOfferingPage,
						),
					},
					{
						path: "offerings/:offeringId",
						lazy: view(
							() => import("../features/offering/OfferingPage.tsx"),
							(m) => m.OfferingPage,
						),
					},
					{
						path: "offerings/:offeringId/registrations",
						lazy: view(
							() => import("../features/registrations/RegistrationsPage.tsx"),
							(m) => m.RegistrationsPage,
						),
					},
					{
						path: "offerings/:offeringId/edit",
						lazy: view(
							() => import("../features/offerings/OfferingEditorPage.tsx"),
							(m) => m.OfferingEditorPage,
						),
					},
					{
						path: "tasks",
						lazy: view(
							() => import("../features/tasks/TasksPage.tsx"),
							(m) => m.TasksPage,
						),
					},
					{
						path: "workload",
						lazy: view(
							() => import("../features/workload/WorkloadPage.tsx"),
							(m) => m.WorkloadPage,
						),
					},
					{
						path: "budget",
						lazy: view(
							() => import("../features/budget/BudgetPage.tsx"),
							(m) => m.BudgetPage,
						),
					},
					{
						path: "analysis",
						lazy: view(
							() => import("../features/analysis/AnalysisPage.tsx"),
							(m) => m.AnalysisPage,
						),
					},
					{
						path: "about",
						lazy: view(
							() => import("../features/about/AboutPage.tsx"),
							(m) => m.AboutPage,
						),
					},
					{
						path: "import-export",
						lazy: view(
							() => import("../features/import-export/ImportExportPage.tsx"),
							(m) => m.ImportExportPage,
						),
					},
					{
						path: "accounts",
						lazy: view(
							() => import("../features/accounts/AccountsPage.tsx"),
							(m) => m.AccountsPage,
						),
					},
					{
						path: "learner-data",
						lazy: view(
							() => import("../features/learner-data/LearnerDataPage.tsx"),
							(m) => m.LearnerDataPage,
						),
					},
					{
						path: "jobs",
						lazy: view(
							() => import("../features/jobs/JobsPage.tsx"),
							(m) => m.JobsPage,
						),
					},
					{ path: "*", element: <NotFound /> },
				],
			},
		],
		{ basename: "/app" },
	);
}
