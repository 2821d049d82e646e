import type { ParamMatcher } from '@sveltejs/kit';
import slugs from 'virtual:barometer/theme-slugs';

/**
 * The `[theme=theme]` segment: the slug of a theme page of the build's data folder (a theme with
 * at least one chart in charts.csv), and nothing else, so fixed pages keep their routes.
 */
export const match = ((param: string) => slugs.includes(param)) satisfies ParamMatcher;
