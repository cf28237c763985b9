#if canImport(Glibc)
import Glibc
#endif

/// Formats doubles for worked solutions with a fixed number of significant digits, without Foundation.
public enum NumberFormatting {
    /// `x` rounded to `digits` significant digits, in plain notation for magnitudes from 1e-4 to
    /// below 1e6 and in scientific notation (`2.991e-07`) otherwise; trailing zeros are dropped.
    public static func format(_ x: Double, significantDigits digits: Int = 6) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-∞" : "∞" }
        if x == 0 { return "0" }
        let digits = min(max(digits, 1), 17)
        let sign = x < 0 ? "-" : ""
        let magnitude = abs(x)
        var exponent = Int(floor(log10(magnitude)))
        // The significand as an integer with exactly `digits` digits, corrected for log10 rounding.
        var scaled = scale(magnitude, by: digits - 1 - exponent).rounded()
        let limit = pow(10, Double(digits))
        if scaled >= limit {
            exponent += 1
            scaled = scale(magnitude, by: digits - 1 - exponent).rounded()
        } else if scaled < limit / 10 {
            exponent -= 1
            scaled = scale(magnitude, by: digits - 1 - exponent).rounded()
        }
        if scaled >= limit {
            exponent += 1
            scaled /= 10
            scaled.round()
        }
        var significand = String(UInt64(scaled))
        while significand.count < digits { significand = "0" + significand }
        if exponent >= -4 && exponent < 6 {
            return sign + plain(significand, exponent: exponent)
        }
        var mantissa = String(significand.prefix(1))
        let rest = trimmingTrailingZeros(String(significand.dropFirst()))
        if !rest.isEmpty { mantissa += "." + rest }
        let exponentText = String(abs(exponent))
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
            + (exponentText.count < 2 ? "0" + exponentText : exponentText)
    }

    /// `x × 10^power`, split so that neither factor overflows for subnormal or huge x.
    private static func scale(_ x: Double, by power: Int) -> Double {
        if abs(power) <= 300 { return x * pow(10, Double(power)) }
        let half = power / 2
        return x * pow(10, Double(half)) * pow(10, Double(power - half))
    }

    /// Places the decimal point in a digit string whose first digit has weight 10^exponent.
    private static func plain(_ significand: String, exponent: Int) -> String {
        let chars = Array(significand)
        if exponent < 0 {
            let fraction = String(repeating: "0", count: -exponent - 1) + significand
            return "0." + trimmingTrailingZeros(fraction)
        }
        if exponent + 1 >= chars.count {
            return significand + String(repeating: "0", count: exponent + 1 - chars.count)
        }
        let whole = String(chars[0...exponent])
        let fraction = trimmingTrailingZeros(String(chars[(exponent + 1)...]))
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    private static func trimmingTrailingZeros(_ text: String) -> String {
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        return String(result)
    }
}
