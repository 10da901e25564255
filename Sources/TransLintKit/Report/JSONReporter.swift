/// `--format json`: the report of the contract (docs/contracts.md), pretty-printed.
public struct JSONReporter: Reporter {
    var tally = RunningTally()

    public init() {}

    // Written as pieces of one pretty-printed object, so that files stream out one by one:
    // {"tool": …, "files": [ …each file… ], "summary": …}.
    public func head() -> String? {
        let tool = JSONValue.object([("name", .string(Tool.name)), ("version", .string(Tool.version))])
        return "{\n  \"tool\": \(tool.serialized(pretty: true, indent: 1)),\n  \"files\": ["
    }

    /// A file's object, its findings written one at a time (a bilingual file may have
    /// thousands).
    public mutating func file(_ f: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        let separator = tally.summary.files == 0 ? "\n    " : ",\n    "
        tally.add(f)
        var bare = f
        bare.findings = []
        let object = value(bare).serialized(pretty: true, indent: 2)
        let emptyTail = "[]\n    }"
        guard !f.findings.isEmpty, object.hasSuffix(emptyTail) else { return try emit(0, separator + object) }
        try emit(0, separator + object.dropLast(emptyTail.count) + "[")
        // A bilingual file's findings are rendered after its last segment is checked, tens of
        // thousands while the other cores wait (0.1 s of a 20,000-pair run's 1.5 s): a window
        // at a time, its chunks side by side, each chunk one piece of text.
        let findings = f.findings
        func render(_ range: Range<Int>) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 1_024)
            for i in range {
                out.append(contentsOf: (i == 0 ? "\n        " : ",\n        ").utf8)
                finding(findings[i]).write(to: &out, pretty: true, indent: 4)
            }
            return String(decoding: out, as: UTF8.self)
        }
        for window in stride(from: 0, to: findings.count, by: Self.renderWindow) {
            let end = min(window + Self.renderWindow, findings.count)
            let chunks = stride(from: window, to: end, by: Self.renderChunk).map { $0..<min($0 + Self.renderChunk, end) }
            for text in chunks.count > 1 ? parallelMap(chunks, render) : chunks.map(render) { try emit(0, text) }
        }
        try emit(0, "\n      ]\n    }")
    }

    /// Findings rendered at a time (a window bounds the text held: some 4 MB), and to a chunk
    /// of one thread. An article's few findings are one chunk, rendered where they are.
    static let renderWindow = 4_096
    static let renderChunk = 256

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        let summary = JSONValue.object([
            ("files", .int(s.files)), ("findings", .int(s.findings)),
            ("error", .int(s.error)), ("warning", .int(s.warning)), ("info", .int(s.info)),
        ])
        return [.text((s.files == 0 ? "]" : "\n  ]") + ",\n  \"summary\": \(summary.serialized(pretty: true, indent: 1))\n}\n")]
    }

    func value(_ f: FileReport) -> JSONValue {
        .object([
            ("path", .string(f.path)),
            ("source", .optional(f.source)),
            ("reference", .optional(f.reference)),
            ("error", .optional(f.error)),
            ("findings", .array(f.findings.map(finding))),
        ])
    }

    func finding(_ f: Finding) -> JSONValue {
        .object([
            ("rule", .string(f.rule)),
            ("category", .string(f.category.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("message", .string(f.message)),
            ("line", .int(f.location.line)), ("column", .int(f.location.column)),
            ("endLine", .int(f.location.endLine)), ("endColumn", .int(f.location.endColumn)),
            ("excerpt", .string(f.excerpt)),
            // The whole line, so that a merged report can fingerprint and display findings.
            ("lineText", .string(f.lineText)),
        ] + (f.lineTextColumn == 1 ? [] : [("lineTextColumn", JSONValue.int(f.lineTextColumn))]) + [
            ("segment", .optional(f.segment)),
            ("notes", .array(f.notes.map(note))),
        ])
    }

    func note(_ n: Note) -> JSONValue {
        var fields: [(String, JSONValue)] = [("message", .string(n.message))]
        if let path = n.path { fields.append(("file", .string(path))) }
        if let l = n.location {
            fields += [("line", .int(l.line)), ("column", .int(l.column)), ("endLine", .int(l.endLine)), ("endColumn", .int(l.endColumn))]
        }
        if let e = n.excerpt { fields.append(("excerpt", .string(e))) }
        return .object(fields)
    }
}
