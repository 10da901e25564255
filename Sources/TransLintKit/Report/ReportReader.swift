import Foundation

/// Reads a JSON report (`--format json`) back, for `translint merge` and baselines.
public enum ReportReader {
    public static func read(path: String) throws -> Report {
        let bytes = try FileReading.read(path)
        return try parse(Data(bytes), path: path)
    }

    public static func parse(_ data: Data, path: String) throws -> Report {
        func fail(_ message: String) -> InputError { InputError(path: path, message: message) }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw fail("not JSON: \((error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)")")
        }
        guard let object = root as? [String: Any], let files = object["files"] as? [[String: Any]] else {
            throw fail("not a translint JSON report (no \"files\" array)")
        }
        return Report(files: try files.enumerated().map { i, file in
            guard let filePath = file["path"] as? String else { throw fail("files[\(i)] has no \"path\"") }
            let findings = try (file["findings"] as? [[String: Any]] ?? []).enumerated().map { j, f in
                try finding(f, fail: { fail("files[\(i)].findings[\(j)]: \($0)") })
            }
            return FileReport(path: filePath, source: file["source"] as? String, reference: file["reference"] as? String,
                              error: file["error"] as? String, findings: findings)
        })
    }

    static func finding(_ f: [String: Any], fail: (String) -> InputError) throws -> Finding {
        func string(_ key: String) throws -> String {
            guard let v = f[key] as? String else { throw fail("\"\(key)\" missing or not a string") }
            return v
        }
        func int(_ key: String, in o: [String: Any]) throws -> Int {
            guard let v = o[key] as? Int else { throw fail("\"\(key)\" missing or not a number") }
            return v
        }
        guard let category = Category(rawValue: try string("category")) else { throw fail("unknown category") }
        guard let severity = Severity(rawValue: try string("severity")) else { throw fail("unknown severity") }
        let span = FileSpan(line: try int("line", in: f), column: try int("column", in: f),
                            endLine: try int("endLine", in: f), endColumn: try int("endColumn", in: f))
        let notes = try (f["notes"] as? [[String: Any]] ?? []).map { n -> Note in
            guard let message = n["message"] as? String else { throw fail("a note has no message") }
            var location: FileSpan?
            if let line = n["line"] as? Int, let column = n["column"] as? Int {
                location = FileSpan(line: line, column: column, endLine: n["endLine"] as? Int ?? line, endColumn: n["endColumn"] as? Int ?? column)
            }
            return Note(message: message, path: n["file"] as? String, location: location, excerpt: n["excerpt"] as? String)
        }
        var finding = Finding(rule: try string("rule"), category: category, severity: severity, message: try string("message"),
                              location: span, excerpt: f["excerpt"] as? String ?? "", lineText: f["lineText"] as? String ?? "",
                              originalRange: 0..<0, segment: f["segment"] as? String, notes: notes)
        finding.lineTextColumn = f["lineTextColumn"] as? Int ?? 1
        return finding
    }
}
