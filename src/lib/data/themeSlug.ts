/**
 * The path segment of a theme's page: its id with `_` replaced by `-`.
 *
 * @example
 * themeSlug('tech_for_good') // 'tech-for-good'
 */
export function themeSlug(theme: string): string {
	return theme.replaceAll('_', '-');
}

/**
 * The first segments of the site's fixed pages, which no theme page may take: the folders of
 * src/routes and src/routes/[[lang=lang]], and the English prefix (checked by fixedRoutes.spec.ts).
 */
export const fixedRoutes: readonly string[] = [
	'404',
	'data',
	'embed',
	'en',
	'explorer',
	'methodology',
	'og',
	'questions'
];
