/// Where the progress file lives, decided without touching the disk or the process environment.
public enum ProgressLocation {
    /// Why a path was chosen, so `mltutor progress` can say where the file is and why.
    public enum Source: Hashable, Sendable {
        case option
        case environment
        case xdgStateHome
        case home
    }

    /// Resolves the progress file path, first match wins:
    /// `--progress FILE`, then `MLTUTOR_PROGRESS`, then `$XDG_STATE_HOME/mltutor/progress.json`,
    /// else `HOME/.local/state/mltutor/progress.json`.
    ///
    /// Empty values count as unset (as the XDG spec says), and a relative `XDG_STATE_HOME` is
    /// ignored (the spec requires it to be absolute). `~/` at the start of the option or the variable
    /// is expanded, since a quoted `"~/x"` reaches us unexpanded by the shell.
    public static func resolve(
        option: String?, environment: [String: String], homeDirectory: String
    ) -> (path: String, source: Source) {
        if let option, !option.isEmpty {
            return (expandTilde(option, home: homeDirectory), .option)
        }
        if let value = environment["MLTUTOR_PROGRESS"], !value.isEmpty {
            return (expandTilde(value, home: homeDirectory), .environment)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return (join(state, "mltutor/progress.json"), .xdgStateHome)
        }
        return (join(homeDirectory, ".local/state/mltutor/progress.json"), .home)
    }

    /// The path alone, for callers that do not care why.
    public static func path(option: String?, environment: [String: String], homeDirectory: String) -> String {
        resolve(option: option, environment: environment, homeDirectory: homeDirectory).path
    }

    static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return path
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
