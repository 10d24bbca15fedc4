import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["src/**/*.test.ts", "test/**/*.test.ts"],
		exclude: ["test/e2e/**", "node_modules/**"],
		pool: "forks",
		globalSetup: ["test/setup/postgres.ts"],
	},
});
