/// The version shown by `mltutor --version`.
enum MLTutorVersion {
    static let current = "0.1.0"
}
