/** The statistics core: pure functions over proportions, bases and weights. */
export { assertCriticalValue } from './assertCriticalValue';
export { assertProportion } from './assertProportion';
export { assertSampleSize } from './assertSampleSize';
export { assertWeights } from './assertWeights';
export { criticalValue, Z_90, Z_95, Z_99, type Confidence } from './criticalValue';
export { designEffect, effectiveN } from './designEffect';
export type { Interval } from './interval';
export { kishEffectiveN } from './kishEffectiveN';
export { newcombeInterval } from './newcombeInterval';
export { significanceLevel } from './significanceLevel';
export { MIN_TESTABLE_BASE, SMALL_BASE } from './smallBase';
export { twoProportionTest, type TwoProportionTest } from './twoProportionTest';
export { twoSidedPValue } from './twoSidedPValue';
export type { Verdict } from './verdict';
export {
	compareProportions,
	type ProportionComparison,
	type ProportionPair
} from './compareProportions';
export { waldInterval } from './waldInterval';
export { weightedProportion } from './weightedProportion';
export { wilsonInterval } from './wilsonInterval';
