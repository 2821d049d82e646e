import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The optional language segment of `[[lang=lang]]`: only 'en'. French, the default language, has
 * no segment, so `/fr/...` is not a route.
 */
export const match = ((param: string): param is 'en' => param === 'en') satisfies ParamMatcher;
