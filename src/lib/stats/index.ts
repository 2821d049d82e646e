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
export {
	compareProportions,
	type Comparison,
	type ProportionComparison,
	type Verdict
} from './verdict';
export { waldInterval } from './waldInterval';
export { weightedProportion } from './weightedProportion';
export { wilsonInterval } from './wilsonInterval';
