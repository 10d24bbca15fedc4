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
	},
	server: {
		proxy: { "/api": "http://localhost:3000" },
	},
});
