import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
		exclude: ["node_modules/**"],
		pool: "forks",
		// Some tests run the built command or a real server as processes; a busy 2-core machine needs time.
		testTimeout: 30_000,
		hookTimeout: 30_000,
		globalSetup: ["test/setup/postgres.ts"],
		setupFiles: ["test/setup/testing-library.ts"],
	},
});
