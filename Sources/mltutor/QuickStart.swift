/// The everyday start, `mltutor [--plain] [--content DIR] [--progress FILE]`, recognised without
/// ArgumentParser.
///
/// Why: ArgumentParser reflects over the whole command tree (every subcommand's properties) on each
/// parse, which was about a sixth of the time to the first frame. Only that exact shape is taken
/// here: each option at most once, values that do not look like options. Anything else (a
/// subcommand, `--help`, `--version`, a repeat, a typo) returns nil and goes through ArgumentParser,
/// so its errors and help stay exactly as before. `MLTutorTests` checks both parsers agree.
struct QuickStart: Equatable {
    var content: String?
    var progress: String?
    var plain = false

    /// The start `arguments` (without the program name) ask for, or nil if ArgumentParser must decide.
    init?(arguments: [String]) {
        var index = arguments.startIndex
        var seen: Set<String> = []
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            let name: String
            var value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard !seen.contains(name) else { return nil }
            seen.insert(name)
            switch name {
            case "--plain":
                guard value == nil else { return nil }
                plain = true
            case "--content", "--progress":
                if value == nil {
                    guard index < arguments.endIndex else { return nil }
                    value = arguments[index]
                    index += 1
                }
                // A value that looks like an option, or an empty one, is ArgumentParser's to judge.
                guard let text = value, !text.isEmpty, !text.hasPrefix("-") else { return nil }
                if name == "--content" { content = text } else { progress = text }
            default:
                return nil
            }
        }
    }

    /// The same options as ArgumentParser would have produced for these arguments.
    var options: CommonOptions {
        var options = CommonOptions()
        options.content = content
        options.progress = progress
        return options
    }
}
