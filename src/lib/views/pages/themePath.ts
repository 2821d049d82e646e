/** The page that tells a theme's story; other themes are read on their questions' own pages. */
const themePages: Record<string, string> = {
	awareness: '/awareness',
	obstacles: '/obstacles',
	barriers_to_creation: '/obstacles',
	tech_for_good: '/tech-for-good'
};

/**
 * The language-neutral path where a question is best read.
 *
 * @example
 * themePath('awareness', 'awareness_terms')      // '/awareness'
 * themePath('impact_measurement', 'impact_measurement_started') // '/questions/impact_measurement_started'
 */
export function themePath(theme: string, questionId: string): string {
	return themePages[theme] ?? `/questions/${questionId}`;
}
