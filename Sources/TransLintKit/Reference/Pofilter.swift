import Foundation

/// translate-toolkit's `pofilter -t numbers`, run on the same cases for comparison.
public enum Pofilter {
    public static func find() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/pofilter"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out
    }

    /// Runs pofilter on one PO file of (id, source, translation) units; returns the flagged ids.
    static func flagged(_ units: [(String, String, String)], executable: String) throws -> Set<String> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("translint-pofilter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        for (id, source, target) in units {
            po += "msgctxt \"\(escape(id))\"\nmsgid \"\(escape(source))\"\nmsgstr \"\(escape(target))\"\n\n"
        }
        let input = dir.appendingPathComponent("in.po"), output = dir.appendingPathComponent("out.po")
        try po.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-t", "numbers", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        var ids = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("msgctxt \"") {
            ids.insert(String(line.dropFirst(9).dropLast()))
        }
        return ids
    }

    public static func score(_ cases: [Evaluation.Case], executable: String) throws -> Evaluation.Scores {
        let bad = try flagged(cases.compactMap { c in c.bad.map { (c.id, c.source, $0) } }, executable: executable)
        let good = try flagged(cases.compactMap { c in c.category == "none" ? c.good.map { (c.id, c.source, $0) } : nil }, executable: executable)
        let reference = try flagged(cases.compactMap { c in c.category == "none" ? c.reference.map { (c.id, c.source, $0) } : nil }, executable: executable)
        var scores = Evaluation.Scores()
        for c in cases {
            if c.category != "none", c.bad != nil {
                scores.recall[c.scoreCategory, default: Evaluation.Score()].total += 1
                if bad.contains(c.id) { scores.recall[c.scoreCategory]!.flagged += 1 }
            } else if c.category == "none" {
                if c.good != nil { scores.falseAlarmsGood.total += 1; if good.contains(c.id) { scores.falseAlarmsGood.flagged += 1 } }
                if c.reference != nil { scores.falseAlarmsReference.total += 1; if reference.contains(c.id) { scores.falseAlarmsReference.flagged += 1 } }
            }
        }
        return scores
    }
}
