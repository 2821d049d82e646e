import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { Z_95 } from '../../stats/criticalValue';
import { MIN_TESTABLE_BASE, SMALL_BASE } from '../../stats/smallBase';

/**
 * The constants of src/lib/stats that the methodology's prose quotes, written in a language (a type
 * rather than an interface, so that it passes as the values of a message).
 */
export type MethodFigures = {
	/** The critical value of a 95 % interval, with every digit the code uses. */
	z: string;
	/** The smallest base a difference is tested on. */
	minBase: string;
	/** The base under which a figure is flagged "small base". */
	smallBase: string;
};

/** The fraction digits of a number as JavaScript writes it. */
function fractionDigits(value: number): number {
	return String(value).split('.')[1]?.length ?? 0;
}

/**
 * The figures the methodology page's words carry, so that the prose says what the code does.
 * @example methodFigures('fr') // { z: '1,959963984540054', minBase: '20', smallBase: '30' }
 * @example methodFigures('en').z // '1.959963984540054'
 */
export function methodFigures(lang: Lang): MethodFigures {
	return {
		z: formatNumber(lang, Z_95, fractionDigits(Z_95)),
		minBase: formatNumber(lang, MIN_TESTABLE_BASE),
		smallBase: formatNumber(lang, SMALL_BASE)
	};
}
