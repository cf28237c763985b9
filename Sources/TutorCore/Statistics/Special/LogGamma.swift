#if canImport(Glibc)
import Glibc
#endif

/// Log-gamma and the Stirling-series helpers that keep large-argument densities accurate.
///
/// The distribution code never forms `lgamma(a) + lgamma(b) - lgamma(a + b)` for large
/// arguments: that difference cancels to a few units while each term is huge, losing digits.
/// Instead it factors `Γ(z) = √(2π) z^(z−½) e^(−z) e^(stirlingError(z))` and combines the
/// powers through `deviance(_:_:)`, Catherine Loader's `bd0`, which is computed without
/// cancellation.
enum SpecialFunctions {
    /// `log √(2π)`.
    static let logSqrt2Pi = 0.918_938_533_204_672_741_78

    /// Natural log of |Γ(x)| for x > 0, by the Lanczos approximation (g = 607/128, 15 terms).
    ///
    /// The coefficients are the published Godfrey set; they give close to full double precision
    /// in absolute terms, which is what every caller here needs (the value is always an exponent).
    static func logGamma(_ x: Double) -> Double {
        precondition(x > 0, "logGamma is only used for positive arguments")
        if x < 0.5 {
            // Reflection keeps the series in the range where it is accurate:
            // Γ(x) Γ(1 − x) = π / sin(πx).
            return log(Double.pi / sin(Double.pi * x)) - logGamma(1 - x)
        }
        var y = x
        var series = 0.999_999_999_999_997_092
        for c in lanczosCoefficients {
            y += 1
            series += c / y
        }
        let t = x + 5.242_187_5
        return (x + 0.5) * log(t) - t + log(2.506_628_274_631_000_5 * series / x)
    }

    private static let lanczosCoefficients: [Double] = [
        57.156_235_665_862_923_5, -59.597_960_355_475_491_2,
        14.136_097_974_741_747_1, -0.491_913_816_097_620_199,
        0.339_946_499_848_118_887e-4, 0.465_236_289_270_485_756e-4,
        -0.983_744_753_048_795_646e-4, 0.158_088_703_224_912_494e-3,
        -0.210_264_441_724_104_883e-3, 0.217_439_618_115_212_643e-3,
        -0.164_318_106_536_763_890e-3, 0.844_182_239_838_527_433e-4,
        -0.261_908_384_015_814_087e-4, 0.368_991_826_595_316_234e-5,
    ]

    /// The error of Stirling's formula: `log Γ(z) − [(z − ½) log z − z + log √(2π)]`, for z > 0.
    ///
    /// Small for large z (about 1/(12z)), and computed from its asymptotic series there so
    /// that it keeps full relative precision.
    static func stirlingError(_ z: Double) -> Double {
        if z <= 15 {
            return logGamma(z) - (z - 0.5) * log(z) + z - logSqrt2Pi
        }
        let s0 = 1.0 / 12
        let s1 = 1.0 / 360
        let s2 = 1.0 / 1260
        let s3 = 1.0 / 1680
        let s4 = 1.0 / 1188
        let s5 = 691.0 / 360_360
        let s6 = 1.0 / 156
        let r2 = 1 / (z * z)
        let tail = s4 - r2 * (s5 - r2 * s6)
        return (s0 - r2 * (s1 - r2 * (s2 - r2 * (s3 - r2 * tail)))) / z
    }

    /// Loader's deviance term `x log(x / m) + m − x`, for x ≥ 0 and m > 0, without cancellation.
    ///
    /// `logM` may be supplied when `m` itself underflows (a statistic in the far tail).
    static func deviance(_ x: Double, _ m: Double, logM: Double? = nil) -> Double {
        if x == 0 { return m }
        // x/m overflows for a statistic near zero (m = 1e-309), and m itself may have underflowed:
        // then the log of the ratio comes from the separate logs.
        let ratio = x / m
        if !(m.isNormal) || !(ratio.isNormal) {
            return x * (log(x) - (logM ?? log(m))) + m - x
        }
        if abs(x - m) < 0.1 * (x + m) {
            // Series in v = (x − m)/(x + m): x log(x/m) + m − x = (x − m) v + 2x Σ v^(2j+1)/(2j+1) …
            var v = (x - m) / (x + m)
            var sum = (x - m) * v
            if abs(sum) < Double.leastNormalMagnitude { return sum }
            let ej0 = 2 * x * v
            v *= v
            var ej = ej0
            var j = 1
            while j < 1000 {
                ej *= v
                let next = sum + ej / Double(2 * j + 1)
                if next == sum { return next }
                sum = next
                j += 1
            }
            return sum
        }
        return x * log(ratio) + m - x
    }

    /// `log(Γ(a + b) / Γ(a))` for large a without subtracting two huge log-gammas.
    static func logGammaRatio(_ a: Double, _ b: Double) -> Double {
        (a - 0.5) * log1p(b / a) + b * log(a + b) - b + stirlingError(a + b) - stirlingError(a)
    }

    /// `log(exp(a) + exp(b))` without overflow.
    static func logSumExp(_ a: Double, _ b: Double) -> Double {
        let hi = max(a, b)
        let lo = min(a, b)
        if hi == -.infinity { return -.infinity }
        return hi + log1p(exp(lo - hi))
    }
}
