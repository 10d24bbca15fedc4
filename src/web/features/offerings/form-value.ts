/**
 * The editor's value: the offering as plain JSON that may hold what a person is still typing
 * (empty inputs, an empty new list item), read and changed by path, immutably.
 */
export type FieldPath = readonly (string | number)[];
export type FormValue = Record<string, unknown>;

/** A path as one string, the key errors are filed under: `["budget", 1, "amount"]` → `budget.1.amount`. */
export function keyOf(path: FieldPath): string {
	return path.join(".");
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function getIn(value: unknown, path: FieldPath): unknown {
	let current = value;
	for (const segment of path) {
		if (Array.isArray(current) && typeof segment === "number") current = current[segment];
		else if (isObject(current) && typeof segment === "string") current = current[segment];
		else return undefined;
	}
	return current;
}

/**
 * A copy of `value` with `next` at `path`, creating the objects and lists on the way (a number
 * segment makes a list). `undefined` removes an object's key.
 */
export function setIn<T>(value: T, path: FieldPath, next: unknown): T {
	const [segment, ...rest] = path;
	if (segment === undefined) return next as T;
	if (typeof segment === "number") {
		const list = Array.isArray(value) ? [...value] : [];
		list[segment] = setIn(list[segment], rest, next);
		return list as T;
	}
	const object: Record<string, unknown> = isObject(value) ? { ...value } : {};
	const changed = setIn(object[segment], rest, next);
	if (changed === undefined) delete object[segment];
	else object[segment] = changed;
	return object as T;
}

/** The list at `path` with the item at `index` removed. */
export function removeItem<T>(value: T, path: FieldPath, index: number): T {
	const list = getIn(value, path);
	if (!Array.isArray(list)) return value;
	return setIn(
		value,
		path,
		list.filter((_, at) => at !== index),
	);
}

/** The list at `path` with the item at `from` moved to `to` (both within the list). */
export function moveItem<T>(value: T, path: FieldPath, from: number, to: number): T {
	const list = getIn(value, path);
	if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return value;
	const moved = [...list];
	const [item] = moved.splice(from, 1);
	moved.splice(to, 0, item);
	return setIn(value, path, moved);
}

/** The list at `path` with `item` added at its end. */
export function appendItem<T>(value: T, path: FieldPath, item: unknown): T {
	const list = getIn(value, path);
	return setIn(value, path, [...(Array.isArray(list) ? list : []), item]);
}

/**
 * What the editor's value comes to as an offering: an emptied input removes its key (never
 * `""`), and so does an object or a list left with nothing in it. A list's empty items at its
 * end (one just added) are left out; an empty item between others stays a hole, so the schema
 * names it at the index the person sees.
 */
export function pruneEmpty(value: FormValue): FormValue {
	return (prune(value) as FormValue | undefined) ?? {};
}

function prune(value: unknown): unknown {
	if (value === "" || value === undefined || value === null) return undefined;
	if (Array.isArray(value)) {
		const items = value.map(prune);
		while (items.length > 0 && items.at(-1) === undefined) items.pop();
		return items.length > 0 ? items : undefined;
	}
	if (isObject(value)) {
		const entries = Object.entries(value)
			.map(([key, item]) => [key, prune(item)] as const)
			.filter(([, item]) => item !== undefined);
		return entries.length > 0 ? Object.fromEntries(entries) : undefined;
	}
	return value;
}
