// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces.
declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The language-neutral path of the page whose preview image this page shows. */
			socialImageOf?: string;
		}
		/** What any page's `load` may return for the layout to use. */
		interface PageData {
			/** The page's own title; the layout appends the site's ("Notoriété · Baromètre …"). */
			title?: string;
			/** The page's meta description; the site's when absent. */
			description?: string;
			/** The site's public address (site.csv's url or SITE_URL), ending with a slash; null when unknown. */
			siteUrl?: string | null;
			/** site.csv's source line, which an exported chart carries. */
			sourceLine?: string;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
