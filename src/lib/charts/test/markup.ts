/** Helpers for the specs that read server-rendered markup. */

/** The markup without Svelte's hydration comments and scoped-style classes, for readable patterns. */
export function clean(body: string): string {
	return body.replace(/<!--[\s\S]*?-->/g, '').replace(/ svelte-[a-z0-9]+/g, '');
}

/** How many times a pattern occurs in a text. */
export function count(text: string, pattern: RegExp): number {
	return text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}
