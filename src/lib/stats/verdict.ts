/**
 * What can be said about a difference between two independent proportions:
 * - 'significant': the test rejects "no difference" and the interval excludes 0;
 * - 'not_significant': the test does not reject and the interval includes 0;
 * - 'borderline': the test and the interval disagree (rare: about 0.25% of
 *   count pairs at 88 vs 88); said as such, neither is picked silently;
 * - 'untestable': a base is unknown or under MIN_TESTABLE_BASE, or both
 *   proportions are 0% or both 100% ("no change, not testable").
 *
 * @example compareProportions({ p1: 0.94, n1: 88, p2: 0.83, n2: 88 }).verdict // 'significant'
 */
export type Verdict = 'significant' | 'not_significant' | 'borderline' | 'untestable';
