/// The `reviewLog` member of a progress document whose log lives in its own file.
///
///     "reviewLog": {"file": "progress.reviews.jsonl", "entries": 1234}
///
/// `entries` is the commit point: the log holds at least that many complete lines, and lines after
/// them are leftovers of a save that did not finish (see `ProgressStore.save`).
struct ReviewLogReference: Hashable, Sendable, Codable {
    /// A bare file name in the folder of the progress file.
    var file: String
    /// How many of the log's lines the document commits.
    var entries: Int

    private enum CodingKeys: String, CodingKey { case file, entries }

    init(file: String, entries: Int) {
        self.file = file
        self.entries = entries
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        entries = try c.decode(Int.self, forKey: .entries)
        if let problem = Self.problem(withName: file) {
            throw DecodingError.dataCorruptedError(forKey: .file, in: c, debugDescription: problem)
        }
        guard entries >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .entries, in: c,
                                                   debugDescription: "should be a count ≥ 0, found \(entries)")
        }
    }

    /// Why `name` cannot name a log beside the progress file, or nil if it can.
    ///
    /// Only a bare name is accepted: a document must not be able to point a save at another folder.
    static func problem(withName name: String) -> String? {
        if name.isEmpty || name == "." { return "the review log's file name is empty" }
        if name.contains("/") || name.contains("..") || name.utf8.contains(0) {
            return "the review log's file name '\(name)' must be a bare name in the progress file's folder"
        }
        return nil
    }

    /// The log name for a new progress file: `progress.json` → `progress.reviews.jsonl`.
    static func defaultName(forDocument documentName: String) -> String {
        let stem = documentName.hasSuffix(".json") ? String(documentName.dropLast(5)) : documentName
        return stem + ".reviews.jsonl"
    }

    /// Where the log named `name` is for the (symlink-resolved) document at `documentPath`: beside
    /// it, with a symlinked log followed to its target, which is what is read, appended and copied.
    static func path(of name: String, besideDocument documentPath: String) -> String {
        ProgressFiles.resolvingSymlinks(ProgressFiles.join(ProgressFiles.directory(of: documentPath), name))
    }

    /// The key under which `ProgressDocument.encodeStored` tells `Progress.encode` to write this
    /// reference (and the schedule without its cards) instead of the inline log.
    static let userInfoKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "mltutor.reviewLogReference") else {
            preconditionFailure("a non-empty raw value always makes a CodingUserInfoKey")
        }
        return key
    }()
}

/// The `reviewLog` member as a document may hold it: the entries inline, or a reference to a file.
enum ReviewLogMember: Decodable {
    case inline([ReviewLogEntry])
    case reference(ReviewLogReference)

    init(from decoder: any Decoder) throws {
        do {
            self = .inline(try [ReviewLogEntry](from: decoder))
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count == decoder.codingPath.count {
            // Not an array at all (a mismatch inside an entry has a longer path): try the reference.
            self = .reference(try ReviewLogReference(from: decoder))
        }
    }
}

/// Only the `reviewLog` reference of a document, read after the document decoded as `Progress`.
///
/// An inline log is not decoded again: asking for an object where an array is fails at once.
struct ReviewLogReferenceProbe: Decodable {
    var reference: ReviewLogReference?

    private struct Member: Decodable {
        var reference: ReviewLogReference?

        init(from decoder: any Decoder) throws {
            // Not an object: an inline array, which holds no reference.
            guard (try? decoder.container(keyedBy: Progress.AnyKey.self)) != nil else { return }
            reference = try ReviewLogReference(from: decoder)
        }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Progress.AnyKey.self)
        reference = try c.decodeIfPresent(Member.self, forKey: Progress.AnyKey(Progress.Member.reviewLog.rawValue))?.reference
    }
}
