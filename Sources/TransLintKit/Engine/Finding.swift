/// How serious a finding is. Ordered: info < warning < error.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info, warning, error

    var rank: Int { self == .info ? 0 : (self == .warning ? 1 : 2) }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// What a finding is about (the contract's closed list).
public enum Category: String, Codable, Sendable, CaseIterable {
    case number, date, name, unit, script, format, terminology, other
}

/// A related place: the source sentence, the fact-sheet entry.
public struct Note: Equatable, Hashable, Sendable, Codable {
    public var message: String
    public var path: String?
    public var location: FileSpan?
    public var excerpt: String?

    public init(message: String, path: String? = nil, location: FileSpan? = nil, excerpt: String? = nil) {
        self.message = message
        self.path = path
        self.location = location
        self.excerpt = excerpt
    }
}

/// One problem found in one file. A plain value: reporters render it, nothing else.
public struct Finding: Equatable, Hashable, Sendable, Codable {
    public var rule: String
    public var category: Category
    public var severity: Severity
    public var message: String
    /// Where, in the file as it is on disk.
    public var location: FileSpan
    /// The original text the finding covers.
    public var excerpt: String
    /// The original text of the line the finding starts on (for display and baselines); of a
    /// very long line, a window around the finding that starts at `lineTextColumn`.
    public var lineText: String
    public var lineTextColumn = 1
    /// UTF-16 offsets into the original text (not part of the JSON report).
    public var originalRange: Range<Int>
    /// Segment id for bilingual inputs.
    public var segment: String?
    public var notes: [Note]

    public init(
        rule: String, category: Category, severity: Severity, message: String, location: FileSpan,
        excerpt: String, lineText: String, originalRange: Range<Int>, segment: String? = nil, notes: [Note] = []
    ) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.location = location
        self.excerpt = excerpt
        self.lineText = lineText
        self.originalRange = originalRange
        self.segment = segment
        self.notes = notes
    }
}

/// The result for one input file.
public struct FileReport: Equatable, Sendable {
    public var path: String
    public var source: String?
    public var reference: String?
    /// Why the file could not be checked, else nil.
    public var error: String?
    public var findings: [Finding]

    public init(path: String, source: String? = nil, reference: String? = nil, error: String? = nil, findings: [Finding] = []) {
        self.path = path
        self.source = source
        self.reference = reference
        self.error = error
        self.findings = findings
    }
}

/// A whole run.
public struct Report: Equatable, Sendable {
    public var files: [FileReport]

    public init(files: [FileReport]) { self.files = files }

    public struct Summary: Equatable, Sendable {
        public var files: Int
        public var findings: Int
        public var error: Int
        public var warning: Int
        public var info: Int
        public var unreadable: Int
    }

    public var summary: Summary { tally.summary }

    public var tally: RunningTally {
        var t = RunningTally()
        for file in files { t.add(file) }
        return t
    }

    public func exitCode(failLevel: Severity) -> Int32 { tally.exitCode(failLevel: failLevel) }
}
