import Foundation
import TutorCore

/// Reads the data files of `mltutor stats`: a path, or `-` for standard input.
enum StatsInput {
    /// A file that could not be read, reported as `path: cannot read …`.
    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot read \(reason)" }
    }

    /// The text of `path`; `-` reads standard input to its end.
    static func text(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Unreadable(path: path, reason: "the file: no such file")
            }
            guard !isDirectory.boolValue else { throw Unreadable(path: path, reason: "it: it is a folder") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw Unreadable(path: path, reason: "the file: permission denied or I/O error")
            }
            data = contents
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Unreadable(path: path, reason: "the file: it is not UTF-8 text")
        }
        return text
    }

    /// Refuses two data arguments that both ask for standard input, which can be read only once.
    static func checkSingleStandardInput(_ paths: [String]) throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw LabInputError(path: "-", line: 1, message: "standard input can be read only once; give at most one '-'")
        }
    }

    /// All numbers of a file as one list.
    static func list(_ path: String) throws -> NumberList {
        try NumberListParser.parseList(try text(path), path: path)
    }

    /// A table or matrix: one row per line.
    static func table(_ path: String) throws -> [[Double]] {
        try NumberListParser.parseTable(try text(path), path: path)
    }

    /// A comma- or space-separated list given as an option value, such as `--observed 10,20,30`.
    static func optionList(_ value: String, option: String) throws -> [Double] {
        try NumberListParser.parseList(value, path: option).values
    }
}
