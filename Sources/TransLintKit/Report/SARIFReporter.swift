import Foundation

/// `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, Azure DevOps). Rules
/// with their descriptions in `tool.driver.rules`; columns in Unicode code points, as the
/// JSON report counts them; a fingerprint from the rule, file and line text (not the line
/// number), so a finding keeps its identity when lines above it move; source spans as related
/// locations; files that could not be read as tool notifications.
public struct SARIFReporter: Reporter {
    public var rules: [Rule]
    let ruleIndex: [String: Int]
    var resultCount = 0
    var notifications: [JSONValue] = []

    public init(rules: [Rule]) {
        self.rules = rules
        ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    // Written as pieces of one pretty-printed log so that results stream out file by file:
    // the run's `results` come before its `invocations`, which carry the notifications
    // gathered on the way.
    public func head() -> String? {
        let tool = JSONValue.object([("driver", .object([
            ("name", .string(Tool.name)),
            ("version", .string(Tool.version)),
            ("semanticVersion", .string(Tool.version)),
            ("rules", .array(rules.map(descriptor))),
        ]))])
        return """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": \(tool.serialized(pretty: true, indent: 3)),
                  "columnKind": "unicodeCodePoints",
                  "results": [
            """
    }

    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        if let error = file.error {
            notifications.append(.object([
                ("level", .string("error")),
                ("message", .object([("text", .string(error))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact(file.path))]))])])),
            ]))
        }
        var seen: [String: Int] = [:]
        for f in file.findings {
            // Identical findings on identical lines are told apart by their order.
            let identity = [f.rule, file.path, f.lineText.trimmingCharacters(in: .whitespaces), f.excerpt].joined(separator: "\u{1F}")
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            let value = result(f, path: file.path, ruleIndex: ruleIndex[f.rule], fingerprint: StableHash.hex(identity + "\u{1F}\(occurrence)"))
            try emit(0, (resultCount == 0 ? "\n        " : ",\n        ") + value.serialized(pretty: true, indent: 4))
            resultCount += 1
        }
    }

    public mutating func finish() -> [ReportPiece] {
        let invocations = JSONValue.array([.object([
            ("executionSuccessful", .bool(notifications.isEmpty)),
            ("toolExecutionNotifications", .array(notifications)),
        ])])
        let closeResults = resultCount == 0 ? "]" : "\n      ]"
        return [.text(closeResults + ",\n      \"invocations\": \(invocations.serialized(pretty: true, indent: 3))\n    }\n  ]\n}\n")]
    }

    func descriptor(_ rule: Rule) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.name))])),
            ("fullDescription", .object([("text", .string(rule.description))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.level)))])),
            ("properties", .object([("category", .string(rule.category.rawValue)), ("kind", .string(rule.kindName))])),
        ])
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    func result(_ f: Finding, path: String, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(f.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields += [
            ("level", .string(Self.level(f.severity))),
            ("message", .object([("text", .string(f.message))])),
            ("locations", .array([.object([("physicalLocation", physical(path: path, span: f.location, snippet: f.excerpt))])])),
            ("partialFingerprints", .object([("translintLineHash/v1", .string(fingerprint))])),
        ]
        let related = f.notes.enumerated().map { i, note -> JSONValue in
            var location: [(String, JSONValue)] = [("id", .int(i + 1))]
            if let p = note.path, let span = note.location {
                location.append(("physicalLocation", physical(path: p, span: span, snippet: note.excerpt)))
            }
            location.append(("message", .object([("text", .string(note.excerpt.map { "\(note.message): \($0)" } ?? note.message))])))
            return .object(location)
        }
        if !related.isEmpty { fields.append(("relatedLocations", .array(related))) }
        var properties: [(String, JSONValue)] = [("category", .string(f.category.rawValue))]
        if let segment = f.segment { properties.append(("segment", .string(segment))) }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    func physical(path: String, span: FileSpan, snippet: String?) -> JSONValue {
        var region: [(String, JSONValue)] = [
            ("startLine", .int(span.line)), ("startColumn", .int(span.column)),
            ("endLine", .int(span.endLine)), ("endColumn", .int(max(span.endColumn, span.line == span.endLine ? span.column : 1))),
        ]
        if let snippet, !snippet.isEmpty { region.append(("snippet", .object([("text", .string(snippet))]))) }
        return .object([("artifactLocation", artifact(path)), ("region", .object(region))])
    }

    /// A relative URI reference for a path: unreserved characters and "/" kept, the rest
    /// percent-encoded as UTF-8.
    func artifact(_ path: String) -> JSONValue {
        var uri = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                uri.append(c)
            } else {
                uri += String(format: "%%%02X", byte)
            }
        }
        return .object([("uri", .string(path.hasPrefix("/") ? "file://" + uri : uri))])
    }
}
