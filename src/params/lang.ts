import type { ParamMatcher } from '@sveltejs/kit';
import { langOfPrefix } from '$lib/i18n/lang';

/**
 * The optional language segment of `[[lang=lang]]`: the prefix of a language other than the
 * default one (src/lib/i18n/languages.js). The default language has no segment, so `/fr/...` is
 * not a route.
 */
export const match = ((param: string) => langOfPrefix(param) !== undefined) satisfies ParamMatcher;
