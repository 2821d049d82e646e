/**
 * Small-base thresholds (README.md, "Small bases"). They apply to the n
 * the caller passes: the effective n when a design effect applies, which is
 * the cautious reading. A subgroup has its own base, never the whole sample's.
 */

/**
 * Under this base an estimate is shown but no verdict is given: a comparison
 * involving it is 'untestable'.
 *
 * @example MIN_TESTABLE_BASE // 20
 */
export const MIN_TESTABLE_BASE = 20;

/**
 * Under this base an estimate is flagged as resting on a small base.
 *
 * @example SMALL_BASE // 30
 */
export const SMALL_BASE = 30;
