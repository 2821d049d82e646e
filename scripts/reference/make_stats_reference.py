#!/usr/bin/python3
"""Reference values for the statistics core, computed with statsmodels.

Writes src/lib/stats/fixtures/statsmodels-reference.json, which the vitest
specs in src/lib/stats/ read. Not run by CI: the JSON is committed. See
scripts/reference/README.md for how to regenerate it.

Run with Debian's Python (apt-get install python3-statsmodels):

    /usr/bin/python3 scripts/reference/make_stats_reference.py

Conventions, matching the TypeScript functions:
- counts are x = p * n, unrounded, and n may be fractional (n = base / design
  effect). statsmodels does no integer check: it computes count / nobs in
  floating point, so the proportion it works with is p up to one rounding.
- statsmodels clips `normal` (Wald) intervals to [0, 1], as waldInterval does;
  it does not clip Wilson intervals (they are within [0, 1] up to rounding).
- proportions_ztest returns NaN for z (0/0) when both proportions are 0 or
  both are 1; that is written as null, where twoProportionTest returns null.
"""

import json
import math
import pathlib
import sys
import warnings

import mpmath
import numpy
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)

OUTPUT = (
    pathlib.Path(__file__).resolve().parents[2]
    / "src" / "lib" / "stats" / "fixtures" / "statsmodels-reference.json"
)

# Confidence level -> alpha, written as literals: 1 - 0.9 is 0.09999999999999998.
ALPHAS = {0.9: 0.1, 0.95: 0.05, 0.99: 0.01}
CONFIDENCES = list(ALPHAS)

# The barometer's bases (entrepreneurs about 88, the public about 1,000), and
# effective n from design effects, which are fractional.
BASES = [88, 63, 82, 101, 87, 1071, 1002, 1011, 1046, 1056]
EFFECTIVE_BASES = [88 / 1.15, 63 / 1.2, 1071 / 1.3, 1002 / 1.7, 1056 / 2.1]
SAMPLE_SIZES = BASES + EFFECTIVE_BASES

# 1/88 is one respondent of 88; 0.94 and 0.83 are the published example pair.
PROPORTIONS = [0, 0.01, 1 / 88, 0.05, 0.35, 0.5, 0.6, 0.83, 0.94, 0.99, 1]

# Pairs of bases (wave against wave, population against population).
BASE_PAIRS = [
    (88, 88),
    (63, 82),
    (82, 101),
    (101, 87),
    (88, 1071),
    (1071, 1002),
    (1011, 1046),
    (1046, 1056),
    (1071 / 1.3, 1002 / 1.25),
    (88 / 1.15, 87 / 1.1),
]
# Pairs of proportions, including both 0, both 1, and the swapped pairs.
PROPORTION_PAIRS = [
    (0.94, 0.83),
    (0.83, 0.94),
    (0.5, 0.5),
    (0.35, 0.6),
    (0.6, 0.35),
    (0.01, 0.05),
    (0.05, 0.01),
    (0, 0.05),
    (0, 0),
    (1, 1),
    (1, 0.94),
    (0, 1),
]

# z values for the two-sided normal p-value.
Z_VALUES = [0, 0.5, 1, 1.6448536269514722, 1.959963984540054, 2.2871701157315028,
            2.5758293035489004, 3, 4, 5, -1.959963984540054, -3]


def number(value):
    """A plain float for JSON, or None for NaN and infinities."""
    value = float(value)
    return value if math.isfinite(value) else None


def critical_values():
    """z for each level three ways; they differ in the last one or two bits.

    statsmodels uses scipy's norm.isf(alpha / 2); scipy's norm.ppf gives
    exactly the constants in criticalValue.ts; mpmath gives the correctly
    rounded value. (R's qnorm differs again, by 2 to 3 units in the last place.)
    """
    mpmath.mp.dps = 40
    cases = []
    for confidence, alpha in ALPHAS.items():
        # Φ⁻¹(1 − α/2) = √2 · erfinv(1 − α), with α read as the decimal it is written as.
        exact = mpmath.sqrt(2) * mpmath.erfinv(1 - mpmath.mpf(repr(alpha)))
        cases.append({
            "confidence": confidence,
            "scipyIsf": number(stats.norm.isf(alpha / 2)),
            "scipyPpf": number(stats.norm.ppf(1 - alpha / 2)),
            "correctlyRounded": number(exact),
        })
    return cases


def one_sample(method):
    cases = []
    for confidence in CONFIDENCES:
        for n in SAMPLE_SIZES:
            for proportion in PROPORTIONS:
                low, high = proportion_confint(proportion * n, n, alpha=ALPHAS[confidence], method=method)
                cases.append({
                    "confidence": confidence,
                    "proportion": proportion,
                    "n": n,
                    "low": number(low),
                    "high": number(high),
                })
    return cases


def two_proportion_tests():
    cases = []
    for n1, n2 in BASE_PAIRS:
        for p1, p2 in PROPORTION_PAIRS:
            with warnings.catch_warnings():
                # 0/0 when both proportions are 0 or both are 1.
                warnings.simplefilter("ignore", RuntimeWarning)
                z, p_value = proportions_ztest([p1 * n1, p2 * n2], [n1, n2])
            defined = math.isfinite(z)
            cases.append({
                "p1": p1, "n1": n1, "p2": p2, "n2": n2,
                "z": number(z) if defined else None,
                "pValue": number(p_value) if defined else None,
            })
    return cases


def newcombe_intervals():
    cases = []
    for confidence in CONFIDENCES:
        for n1, n2 in BASE_PAIRS:
            for p1, p2 in PROPORTION_PAIRS:
                low, high = confint_proportions_2indep(
                    p1 * n1, n1, p2 * n2, n2,
                    method="newcomb", compare="diff", alpha=ALPHAS[confidence],
                )
                cases.append({
                    "confidence": confidence,
                    "p1": p1, "n1": n1, "p2": p2, "n2": n2,
                    "low": number(low), "high": number(high),
                })
    return cases


def two_sided_p_values():
    return [{"z": z, "pValue": number(2 * stats.norm.sf(abs(z)))} for z in Z_VALUES]


def check_fractional_counts():
    """statsmodels takes counts as floats: no rounding, no integer check.

    94% of 88 is 82.72 respondents; the test must use 82.72, not 83.
    """
    n = 88
    z_fractional, _ = proportions_ztest([0.94 * n, 0.83 * n], [n, n])
    z_rounded, _ = proportions_ztest([round(0.94 * n), round(0.83 * n)], [n, n])
    pooled = (0.94 * n + 0.83 * n) / (2 * n)
    z_by_hand = (0.94 - 0.83) / math.sqrt(pooled * (1 - pooled) * (2 / n))
    assert abs(z_fractional - z_by_hand) < 1e-12, (z_fractional, z_by_hand)
    assert abs(z_fractional - z_rounded) > 1e-3, (z_fractional, z_rounded)


def main():
    check_fractional_counts()
    reference = {
        "generator": {
            "script": "scripts/reference/make_stats_reference.py",
            "python": sys.version.split()[0],
            "statsmodels": statsmodels.__version__,
            "scipy": scipy.__version__,
            "numpy": numpy.__version__,
            "mpmath": mpmath.__version__,
            "conventions": (
                "count = p * n unrounded; n may be fractional; "
                "normal intervals clipped to [0, 1] by statsmodels; "
                "z and pValue null where proportions_ztest gives NaN (both 0 or both 1)"
            ),
        },
        "criticalValues": critical_values(),
        "twoSidedPValues": two_sided_p_values(),
        "wilson": one_sample("wilson"),
        "wald": one_sample("normal"),
        "twoProportionTest": two_proportion_tests(),
        "newcombe": newcombe_intervals(),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(reference, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    counts = {key: len(value) for key, value in reference.items() if isinstance(value, list)}
    print(f"wrote {OUTPUT} {counts}")


if __name__ == "__main__":
    main()
