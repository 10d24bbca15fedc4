import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The staff app: src/web, built into dist/web and served by the server at /app. */
export default defineConfig({
	root: "src/web",
	base: "/app/",
	plugins: [react()],
	build: {
		outDir: "../../dist/web",
		emptyOutDir: true,
		target: "es2022",
		// Source maps stay out of the package; the bundle budget counts what a browser loads.
		sourcemap: false,
		reportCompressedSize: false,
		// echarts (about 520 KB) is one chunk that only the workload view loads; the initial
		// bundle's budget is measured by `npm run bench:web`.
		chunkSizeWarningLimit: 600,
	},
	server: {
		proxy: { "/api": "http://localhost:3000" },
	},
});
