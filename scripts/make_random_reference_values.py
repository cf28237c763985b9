#!/usr/bin/env python3
"""Writes a randomised reference table for the statistics engine (not committed; for stress runs).

Parameters are drawn log-uniformly over the ranges the engine supports (degrees of freedom 0.5 to
1e7 for t, 0.5 to 1e6 for chi-square and F), statistics around the centre and in the tails, and
probabilities down to 1e-300. Values come from the mpmath functions of make_reference_values.py.
Cases mpmath cannot evaluate are reported on stderr and left out. The file is rewritten after
every draw, so an interrupted run still leaves a usable table.

Usage: python3 scripts/make_random_reference_values.py SEED COUNT OUT.json
Then:  MLTUTOR_EXTRA_REFERENCE=OUT.json swift test --filter DistributionReferenceTests
"""
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_reference_values as ref  # noqa: E402
import mpmath as mp  # noqa: E402
from scipy import stats  # noqa: E402  (starting guesses only)


def log_uniform(lo, hi):
    return math.exp(random.uniform(math.log(lo), math.log(hi)))


def probability():
    r = random.random()
    if r < 0.3:
        return log_uniform(1e-300, 1e-5)
    if r < 0.9:
        return random.uniform(0.001, 0.999)
    return 1 - log_uniform(1e-12, 1e-3)


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    random.seed(seed)
    mp.mp.dps = 40
    cases = []

    def add(dist, params, fn, x, value):
        cases.append({"dist": dist, "params": [repr(float(p)) for p in params], "fn": fn,
                      "x": repr(float(x)), "expected": ref.fmt(value)})

    for i in range(count):
        nu = log_uniform(0.5, 1e7)
        NU = mp.mpf(nu)
        t = random.choice([random.uniform(-6, 6), log_uniform(1e-3, 1e4), -log_uniform(1e-3, 1e4)])
        try:
            add("t", [nu], "sf", t, ref.t_sf(NU, mp.mpf(t)))
            add("t", [nu], "pdf", t, ref.t_pdf(NU, mp.mpf(t)))
            p = mp.mpf(probability())
            small = min(p, 1 - p)
            guess = ref.usable_guess(stats.t.isf(float(small), nu), 1e300)
            mag = ref.invert(lambda s: ref.t_upper(NU, s), small, False, guess)
            add("t", [nu], "quantile", p, -mag if p < 0.5 else mag)
        except (ValueError, AssertionError, mp.libmp.NoConvergence) as e:
            print(f"skipped t({nu}) at {t}: {e}", file=sys.stderr)

        k = log_uniform(0.5, 1e6)
        K = mp.mpf(k)
        x = random.choice([k * math.exp(random.gauss(0, 3 / math.sqrt(k) + 0.01)), log_uniform(1e-5, 1e4)])
        try:
            add("chi2", [k], "cdf", x, ref.chi2_cdf(K, mp.mpf(x)))
            add("chi2", [k], "sf", x, ref.chi2_sf(K, mp.mpf(x)))
            add("chi2", [k], "pdf", x, ref.chi2_pdf(K, mp.mpf(x)))
            p = probability()
            add("chi2", [k], "quantile", p,
                ref.quantile_positive(lambda y: ref.chi2_cdf(K, y), lambda y: ref.chi2_sf(K, y), mp.mpf(p),
                                      ref.usable_guess(stats.chi2.ppf(p, k), 1e-300)))
        except (ValueError, AssertionError, mp.libmp.NoConvergence) as e:
            print(f"skipped chi2({k}) at {x}: {e}", file=sys.stderr)

        d1, d2 = log_uniform(0.5, 1e6), log_uniform(0.5, 1e6)
        D1, D2 = mp.mpf(d1), mp.mpf(d2)
        f = log_uniform(1e-3, 1e3)
        try:
            add("f", [d1, d2], "cdf", f, ref.f_cdf(D1, D2, mp.mpf(f)))
            add("f", [d1, d2], "sf", f, ref.f_sf(D1, D2, mp.mpf(f)))
            add("f", [d1, d2], "pdf", f, ref.f_pdf(D1, D2, mp.mpf(f)))
            p = probability()
            add("f", [d1, d2], "quantile", p,
                ref.quantile_positive(lambda y: ref.f_cdf(D1, D2, y), lambda y: ref.f_sf(D1, D2, y),
                                      mp.mpf(p), ref.usable_guess(stats.f.ppf(p, d1, d2), 1e-300)))
        except (ValueError, AssertionError, mp.libmp.NoConvergence) as e:
            print(f"skipped F({d1}, {d2}) at {f}: {e}", file=sys.stderr)

        with open(out, "w") as handle:
            json.dump({"description": f"randomised table, seed {seed}", "cases": cases}, handle)
        print(f"draw {i + 1}: {len(cases)} cases", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
