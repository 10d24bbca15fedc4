/**
 * Component tests (jsdom) wait up to 5 s for what they find: a busy 2-core machine renders a
 * page well past Testing Library's default of 1 s. Node tests load nothing from here.
 */
if ("document" in globalThis) {
	const { configure } = await import("@testing-library/react");
	configure({ asyncUtilTimeout: 5_000 });
}

export {};
