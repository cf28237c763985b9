/// What a generated question asks for.
public enum GeneratorTarget: String, Hashable, Sendable, CaseIterable {
    /// The test statistic (t, z, F or χ²).
    case statistic
    /// The degrees of freedom (for ANOVA, the within-groups df N − k).
    case df
    /// The p-value (two-sided for t and z tests, the upper tail for F and χ²).
    case p
    /// The critical value at α (two-sided for t and z, upper tail for F and χ²).
    case critical
    /// Whether H₀ is rejected at α, as a single-choice question.
    case decision
    /// One entry of a matrix product.
    case entry
    /// A whole matrix product.
    case product
}

/// The knobs a quiz file may set on a generator entry, under `parameters:`.
public struct GeneratorParameters: Hashable, Sendable {
    /// The parameter names a quiz file may use.
    public static let names = ["target", "alpha"]

    /// What to ask; nil means the generator's first (default) target.
    public var target: GeneratorTarget?
    /// The significance level for critical values and decisions.
    public var alpha: Double

    public init(target: GeneratorTarget? = nil, alpha: Double = 0.05) {
        self.target = target
        self.alpha = alpha
    }
}

/// A generator named in a quiz file, such as `ttest.welch` with `target: df`.
public struct GeneratorReference: Hashable, Sendable, CustomStringConvertible {
    /// The generator's name; see `QuestionGenerators.names`.
    public var name: String
    public var parameters: GeneratorParameters

    public init(name: String, parameters: GeneratorParameters = GeneratorParameters()) {
        self.name = name
        self.parameters = parameters
    }

    public var description: String {
        var text = name
        if let target = parameters.target { text += " target=\(target.rawValue)" }
        return text + " alpha=\(Tolerance.format(parameters.alpha))"
    }
}
