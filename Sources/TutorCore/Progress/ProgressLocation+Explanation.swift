extension ProgressLocation.Source {
    /// Why this path was chosen, in words for `mltutor progress`.
    public var explanation: String {
        switch self {
        case .option: "given with --progress"
        case .environment: "set by MLTUTOR_PROGRESS"
        case .xdgStateHome: "the default under $XDG_STATE_HOME"
        case .home: "the default; XDG_STATE_HOME is unset, so under ~/.local/state"
        }
    }
}
