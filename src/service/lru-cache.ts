/** A small least-recently-used cache: the oldest entry goes when it is full. */
export class LruCache<T> {
	private readonly entries = new Map<string, T>();

	constructor(private readonly capacity: number) {}

	get(key: string): T | undefined {
		const value = this.entries.get(key);
		if (value !== undefined) {
			this.entries.delete(key);
			this.entries.set(key, value);
		}
		return value;
	}

	set(key: string, value: T): void {
		this.entries.delete(key);
		if (this.entries.size >= this.capacity) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
		this.entries.set(key, value);
	}
}
