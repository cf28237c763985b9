#!/usr/bin/env python3
"""Writes Tests/Fixtures/statistics/reference.json: distribution values computed with mpmath at 50 digits.

The Swift tests compare the statistics engine against this table. Every input is an exactly
representable double (the table stores repr() of the float), so the reference is the true value of
the function at the very argument the engine receives; the only error measured is the engine's.

Tails are always evaluated as a direct integral from the near end (never as 1 - something), so
values such as 1e-300 are exact to the working precision.

Usage: pip install mpmath; python3 scripts/make_reference_values.py
"""
import json
import math
import os

import mpmath as mp
from scipy import stats  # only for starting guesses of the quantile searches

mp.mp.dps = 50

DBL_MAX = mp.mpf(1.7976931348623157e308)
DBL_TRUE_MIN = mp.mpf(5e-324)


def fmt(v):
    """A decimal string with 20 significant digits, or inf/-inf/0 outside the double range."""
    v = mp.mpf(v)
    if v > DBL_MAX:
        return "inf"
    if v < -DBL_MAX:
        return "-inf"
    if abs(v) < DBL_TRUE_MIN / 2:
        return "0"
    return mp.nstr(v, 20, min_fixed=0, max_fixed=0)


def ibeta(a, b, u, v):
    """I_x(a, b) for x = u/(u + v), as a direct integral from 0.

    mpmath's hypergeometric series can fail to converge when x is very close to 1 with a small
    a; there the value is far from 0 and the complement 1 - I_y(b, a) loses nothing that matters
    at 50 digits, so it is used as the fallback.
    """
    x = u / (u + v)
    try:
        return mp.betainc(a, b, 0, x, regularized=True)
    except mp.libmp.NoConvergence:
        value = 1 - mp.betainc(b, a, 0, v / (u + v), regularized=True)
        assert value > mp.mpf(10) ** -20, "fallback used where cancellation would matter"
        return value


# --- normal -----------------------------------------------------------------------------------
def normal_sf(x):
    return mp.erfc(x / mp.sqrt(2)) / 2


def normal_pdf(x):
    return mp.npdf(x)


# --- Student t --------------------------------------------------------------------------------
def t_upper(nu, t):
    """P(T > t) for t >= 0: ½ I_x(ν/2, ½), x = ν/(ν + t²), an integral from 0."""
    # Where (1 + t²/ν)^(-(ν+1)/2) < e^-3000 the tail is below e^-1000 for every ν >= 0.5: zero in
    # double precision, and a region where mpmath's series does not converge.
    if (nu + 1) / 2 * mp.log1p(t * t / nu) > 3000:
        return mp.mpf(0)
    return ibeta(nu / 2, mp.mpf(1) / 2, nu, t * t) / 2


def t_sf(nu, t):
    return t_upper(nu, t) if t >= 0 else 1 - t_upper(nu, -t)


def t_cdf(nu, t):
    return t_sf(nu, -t)


def t_pdf(nu, t):
    return mp.exp(mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2)
                  - (nu + 1) / 2 * mp.log1p(t * t / nu)) / mp.sqrt(nu * mp.pi)


# --- chi-square -------------------------------------------------------------------------------
def chi2_cdf(k, x):
    try:
        return mp.gammainc(k / 2, 0, x / 2, regularized=True)
    except mp.libmp.NoConvergence:
        # Far above the mean the lower series stalls; the value is then close to 1.
        value = 1 - chi2_sf(k, x)
        assert value > mp.mpf(10) ** -20
        return value


def chi2_sf(k, x):
    return mp.gammainc(k / 2, x / 2, mp.inf, regularized=True)


def chi2_pdf(k, x):
    a = k / 2
    return mp.exp((a - 1) * mp.log(x / 2) - x / 2 - mp.loggamma(a)) / 2


# --- F ----------------------------------------------------------------------------------------
def f_cdf(d1, d2, f):
    return ibeta(d1 / 2, d2 / 2, d1 * f, d2)


def f_sf(d1, d2, f):
    return ibeta(d2 / 2, d1 / 2, d2, d1 * f)


def f_pdf(d1, d2, f):
    a, b = d1 / 2, d2 / 2
    logb = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    return mp.exp(a * mp.log(d1 / d2) + (a - 1) * mp.log(f) - (a + b) * mp.log1p(d1 * f / d2) - logb)


# --- quantiles --------------------------------------------------------------------------------
def invert(tail, target, increasing, guess):
    """Solves tail(x) = target for x > 0 by bisection on log x, to about 40 digits.

    The bracket starts at [guess/2, 2 guess] (guess from scipy, only a starting point) and
    widens until it holds the root, so mpmath is never asked for values far from the answer.
    """
    lt = mp.log(target)

    def g(u):
        v = tail(mp.exp(u))
        if v == 0:
            return -mp.inf if increasing else mp.inf
        d = mp.log(v) - lt
        return d if increasing else -d

    guess = mp.mpf(guess)
    a, b = mp.log(guess) - mp.log(2), mp.log(guess) + mp.log(2)
    width = mp.log(2)
    while g(a) > 0:
        width *= 2
        a -= width
    width = mp.log(2)
    while g(b) < 0:
        width *= 2
        b += width
    for _ in range(400):
        m = (a + b) / 2
        if g(m) < 0:
            a = m
        else:
            b = m
        if b - a < mp.mpf(10) ** -42:
            break
    return mp.exp((a + b) / 2)


def usable_guess(value, fallback):
    """scipy's answer when it is a finite positive number, else a fallback starting point."""
    value = float(value)
    return value if math.isfinite(value) and value > 0 else fallback


def quantile_positive(cdf, sf, p, guess):
    """The x > 0 with cdf(x) = p, solving whichever tail is smaller."""
    if p <= mp.mpf(1) / 2:
        return invert(cdf, p, True, guess)
    return invert(sf, 1 - p, False, guess)


def main():
    cases = []

    def add(dist, params, fn, x, value):
        cases.append({"dist": dist, "params": [repr(float(p)) for p in params], "fn": fn,
                      "x": repr(float(x)), "expected": fmt(value)})

    probs = [1e-300, 1e-100, 1e-10, 0.001, 0.05, 0.5, 0.975, 1 - 1e-10]
    upper_probs = [1e-300, 1e-100, 1e-10, 0.025]

    # Normal.
    for s in [0, 0.1, 1, 3, 10, 37, 40]:
        for x in sorted({s, -s}):
            X = mp.mpf(x)
            add("normal", [], "cdf", x, normal_sf(-X))
            add("normal", [], "sf", x, normal_sf(X))
            add("normal", [], "pdf", x, normal_pdf(X))
    for p in probs:
        P = mp.mpf(p)
        # Bisection on the symmetric tails of the standard normal.
        if P == mp.mpf(1) / 2:
            q = mp.mpf(0)
        elif P < mp.mpf(1) / 2:
            q = -invert(normal_sf, P, False, -stats.norm.ppf(p))
        else:
            q = invert(normal_sf, 1 - P, False, stats.norm.ppf(p))
        add("normal", [], "quantile", p, q)
    for q in upper_probs:
        add("normal", [], "isf", q, invert(normal_sf, mp.mpf(q), False, stats.norm.isf(q)))

    # Student t.
    for nu in [0.5, 1, 2.5, 10, 1e3, 1e7]:
        NU = mp.mpf(nu)
        for s in [0, 0.1, 1, 3, 10, 40, 1e10, 1e200]:
            for x in sorted({s, -s}):
                X = mp.mpf(x)
                add("t", [nu], "cdf", x, t_cdf(NU, X))
                add("t", [nu], "sf", x, t_sf(NU, X))
                if abs(x) <= 1e10:
                    add("t", [nu], "pdf", x, t_pdf(NU, X))
        for p in probs:
            P = mp.mpf(p)
            if P == mp.mpf(1) / 2:
                q = mp.mpf(0)
            else:
                small = min(P, 1 - P)
                guess = usable_guess(stats.t.isf(float(small), nu), 1e300)
                mag = invert(lambda t: t_upper(NU, t), small, False, guess)
                q = -mag if P < mp.mpf(1) / 2 else mag
            add("t", [nu], "quantile", p, q)
        for q in upper_probs:
            guess = usable_guess(stats.t.isf(q, nu), 1e300)
            add("t", [nu], "isf", q, invert(lambda t: t_upper(NU, t), mp.mpf(q), False, guess))

    # Chi-square.
    for k in [0.5, 1, 3, 100, 1e5]:
        K = mp.mpf(k)
        xs = {1e-10, 0.1, 1, 3, 10, 40, 100, 1000, 1400}
        if k >= 100:
            xs |= {0.9 * k, k, 1.1 * k, k + 40 * math.sqrt(2 * k)}
        for x in sorted(xs):
            X = mp.mpf(x)
            add("chi2", [k], "cdf", x, chi2_cdf(K, X))
            add("chi2", [k], "sf", x, chi2_sf(K, X))
            add("chi2", [k], "pdf", x, chi2_pdf(K, X))
        for p in probs:
            add("chi2", [k], "quantile", p,
                quantile_positive(lambda x: chi2_cdf(K, x), lambda x: chi2_sf(K, x), mp.mpf(p),
                                  usable_guess(stats.chi2.ppf(p, k), 1e-300)))
        for q in upper_probs:
            add("chi2", [k], "isf", q,
                invert(lambda x: chi2_sf(K, x), mp.mpf(q), False, usable_guess(stats.chi2.isf(q, k), k)))

    # F.
    for d1, d2 in [(1, 1), (2, 5), (5, 2), (0.5, 3), (10, 100), (100, 10), (3, 1e5)]:
        D1, D2 = mp.mpf(d1), mp.mpf(d2)
        for x in [1e-5, 0.1, 0.5, 1, 2, 10, 100, 1e10, 1e100]:
            X = mp.mpf(x)
            add("f", [d1, d2], "cdf", x, f_cdf(D1, D2, X))
            add("f", [d1, d2], "sf", x, f_sf(D1, D2, X))
            add("f", [d1, d2], "pdf", x, f_pdf(D1, D2, X))
        for p in probs:
            add("f", [d1, d2], "quantile", p,
                quantile_positive(lambda x: f_cdf(D1, D2, x), lambda x: f_sf(D1, D2, x), mp.mpf(p),
                                  usable_guess(stats.f.ppf(p, d1, d2), 1e-300)))
        for q in upper_probs:
            add("f", [d1, d2], "isf", q,
                invert(lambda x: f_sf(D1, D2, x), mp.mpf(q), False,
                       usable_guess(stats.f.isf(q, d1, d2), 1e300)))

    # Sweeps: a denser grid through the centre and shoulders, where the engine switches between
    # power series, continued fraction and the large-parameter expansion, plus more quantiles.
    sweep = [0.05 * i for i in range(1, 20)] + [1.2, 1.4, 1.5, 1.6, 1.7, 1.8, 2.2, 2.6, 4, 5, 6, 7, 15, 25]
    more_probs = [1e-5, 0.01, 0.1, 0.3, 0.7, 0.9, 0.99]
    for nu in [0.5, 1.5, 3, 30, 250, 1e4, 1e5, 1e6, 1e7]:
        NU = mp.mpf(nu)
        for x in sweep:
            add("t", [nu], "sf", x, t_sf(NU, mp.mpf(x)))
            add("t", [nu], "cdf", x, t_cdf(NU, mp.mpf(x)))
        for p in more_probs:
            P = mp.mpf(p)
            small = min(P, 1 - P)
            mag = invert(lambda t: t_upper(NU, t), small, False, usable_guess(stats.t.isf(float(small), nu), 1e300))
            add("t", [nu], "quantile", p, -mag if P < mp.mpf(1) / 2 else mag)
    for k in [0.7, 2, 7, 50, 300, 2e3, 3e4, 1e6]:
        K = mp.mpf(k)
        for r in [0.01, 0.1, 0.3, 0.6, 0.8, 0.9, 0.95, 0.99, 1, 1.01, 1.05, 1.1, 1.2, 1.5, 2, 3]:
            x = r * k
            add("chi2", [k], "cdf", x, chi2_cdf(K, mp.mpf(x)))
            add("chi2", [k], "sf", x, chi2_sf(K, mp.mpf(x)))
        for p in more_probs:
            add("chi2", [k], "quantile", p,
                quantile_positive(lambda x: chi2_cdf(K, x), lambda x: chi2_sf(K, x), mp.mpf(p),
                                  usable_guess(stats.chi2.ppf(p, k), 1e-300)))
    for d1, d2 in [(1, 30), (4, 12), (12, 4), (30, 1), (1, 1e6), (1e6, 1), (2, 2e3), (2e3, 2), (50, 50), (300, 1e4),
                   (1000, 50), (250, 390), (3e5, 94), (5e4, 399), (39, 8e4)]:
        D1, D2 = mp.mpf(d1), mp.mpf(d2)
        for x in [0.01, 0.05, 0.2, 0.4, 0.7, 0.9, 1.1, 1.3, 1.6, 2.5, 4, 8, 30, 1e3]:
            try:
                cdf, sf = f_cdf(D1, D2, mp.mpf(x)), f_sf(D1, D2, mp.mpf(x))
            except (ValueError, mp.libmp.NoConvergence):
                # mpmath gives up on values like e^-100000 (far below double range); left out.
                print(f"skipped F({d1}, {d2}) at {x}: mpmath did not converge")
                continue
            add("f", [d1, d2], "cdf", x, cdf)
            add("f", [d1, d2], "sf", x, sf)
        for p in more_probs:
            add("f", [d1, d2], "quantile", p,
                quantile_positive(lambda x: f_cdf(D1, D2, x), lambda x: f_sf(D1, D2, x), mp.mpf(p),
                                  usable_guess(stats.f.ppf(p, d1, d2), 1e-300)))

    doc = {
        "description": "Distribution values for the statistics engine, computed by "
                       "scripts/make_reference_values.py with mpmath at 50 significant digits. "
                       "fn is cdf, sf (upper tail), pdf, quantile (x = p) or isf (inverse upper tail, x = q). "
                       "Inputs are exact doubles; expected is the true value rounded to 20 digits, "
                       "'inf' or '0' when it lies outside the double range. The Swift test "
                       "(DistributionReferenceTests) requires relative error <= 1e-12; true values "
                       "below the smallest normal double (2.2e-308) are compared absolutely, at "
                       "1e-12 of that threshold, because subnormals cannot hold 12 digits.",
        "cases": cases,
    }
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Tests", "Fixtures", "statistics", "reference.json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
