// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces.
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		/** What any page's `load` may return for the layout to use. */
		interface PageData {
			/** The page's own title; the layout appends the site's ("Notoriété · Baromètre …"). */
			title?: string;
			/** The page's meta description; the site's when absent. */
			description?: string;
			/** The site's public address (SITE_URL), ending with a slash; null when unknown. */
			siteUrl?: string | null;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
