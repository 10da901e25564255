import Foundation

/// Accepted findings (`--write-baseline`, `--baseline`): each keyed on the file, the rule and
/// the text of its line, not the line number, so that a finding stays accepted when lines
/// above it are added or removed. Counts keep two identical findings on identical lines apart.
public struct Baseline: Equatable, Sendable {
    public struct Key: Hashable, Comparable, Sendable {
        public var path: String
        public var rule: String
        public var lineText: String

        public static func < (a: Key, b: Key) -> Bool { (a.path, a.rule, a.lineText) < (b.path, b.rule, b.lineText) }
    }

    public var counts: [Key: Int] = [:]

    public init() {}

    public init(_ report: Report) {
        for file in report.files { add(file) }
    }

    /// Accepts a file's current findings.
    public mutating func add(_ file: FileReport) {
        for f in file.findings { counts[Self.key(f, path: file.path), default: 0] += 1 }
    }

    static func key(_ f: Finding, path: String) -> Key {
        Key(path: path, rule: f.rule, lineText: f.lineText.trimmingCharacters(in: .whitespaces))
    }

    /// Sorted, one finding key per entry: stable to diff and to review in a pull request.
    public func serialized() -> String {
        let entries = counts.keys.sorted().map { key -> JSONValue in
            .object([("path", .string(key.path)), ("rule", .string(key.rule)), ("line", .string(key.lineText)), ("count", .int(counts[key] ?? 0))])
        }
        return JSONValue.object([("translintBaseline", .int(1)), ("findings", .array(entries))]).serialized(pretty: true) + "\n"
    }

    public static func load(path: String) throws -> Baseline {
        let bytes = try FileReading.read(path)
        func fail(_ message: String) -> InputError { InputError(path: path, message: "baseline: \(message)") }
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { throw fail("not a JSON object") }
        guard root["translintBaseline"] as? Int == 1, let entries = root["findings"] as? [[String: Any]] else {
            throw fail("not a translint baseline (written by --write-baseline)")
        }
        var baseline = Baseline()
        for (i, e) in entries.enumerated() {
            guard let p = e["path"] as? String, let rule = e["rule"] as? String, let line = e["line"] as? String else {
                throw fail("entry \(i + 1) needs path, rule and line")
            }
            baseline.counts[Key(path: p, rule: rule, lineText: line), default: 0] += max(1, e["count"] as? Int ?? 1)
        }
        return baseline
    }

    /// The report without the findings this baseline accepts.
    public func newFindings(in report: Report) -> Report {
        Report(files: report.files.map(newFindings))
    }

    /// A file's report without the findings this baseline accepts (keys name their file, so
    /// files are filtered one by one).
    public func newFindings(in file: FileReport) -> FileReport {
        var used: [Key: Int] = [:]
        var filtered = file
        filtered.findings.removeAll { f in
            let key = Self.key(f, path: file.path)
            let n = used[key, default: 0]
            guard n < counts[key, default: 0] else { return false }
            used[key] = n + 1
            return true
        }
        return filtered
    }
}
