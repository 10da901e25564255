/// `--format json`: the report of the contract (docs/contracts.md), pretty-printed.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        value(report).serialized(pretty: true) + "\n"
    }

    public func value(_ report: Report) -> JSONValue {
        let summary = report.summary
        return .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("files", .array(report.files.map(file))),
            ("summary", .object([
                ("files", .int(summary.files)), ("findings", .int(summary.findings)),
                ("error", .int(summary.error)), ("warning", .int(summary.warning)), ("info", .int(summary.info)),
            ])),
        ])
    }

    func file(_ f: FileReport) -> JSONValue {
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
