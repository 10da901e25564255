/// `--format markdown`: a summary for a pull-request comment or a CI job summary
/// (`>> $GITHUB_STEP_SUMMARY`): the verdict, a table of findings by file and category, and the
/// first findings themselves.
public struct MarkdownReporter: Reporter {
    public var failLevel: Severity
    /// Findings listed one by one before "and N more".
    public var listed = 50

    public init(failLevel: Severity = .error) { self.failLevel = failLevel }

    public func render(_ report: Report) -> String {
        let s = report.summary
        let failing = report.files.reduce(0) { $0 + $1.findings.filter { $0.severity >= failLevel }.count }
        let verdict = s.unreadable > 0 ? "❌ input errors" : (failing > 0 ? "❌ \(failing) at or above \(failLevel.rawValue)" : "✅ nothing at or above \(failLevel.rawValue)")
        var out = "## translint: \(verdict)\n\n"
        out += "\(s.files) \(s.files == 1 ? "file" : "files") checked: **\(s.error)** errors, **\(s.warning)** warnings, \(s.info) info"
        if s.unreadable > 0 { out += "; **\(s.unreadable)** could not be read" }
        out += ".\n\n"
        let all = Tally(report.files.flatMap(\.findings))
        let categories = all.categories
        if !categories.isEmpty {
            out += "| file | " + categories.map(\.rawValue).joined(separator: " | ") + " | errors | warnings | info |\n"
            out += "| --- |" + String(repeating: " ---: |", count: categories.count + 3) + "\n"
            for file in report.files where !file.findings.isEmpty {
                let t = Tally(file.findings)
                let cells = categories.map { String(t.byCategory[$0] ?? 0) }
                    + [Severity.error, .warning, .info].map { String(t.bySeverity[$0] ?? 0) }
                out += "| \(Self.cell(file.path)) | " + cells.joined(separator: " | ") + " |\n"
            }
            let totals = categories.map { "**\(all.byCategory[$0] ?? 0)**" } + [Severity.error, .warning, .info].map { "**\(all.bySeverity[$0] ?? 0)**" }
            out += "| **total** | " + totals.joined(separator: " | ") + " |\n\n"
        }
        let unreadable = report.files.filter { $0.error != nil }
        if !unreadable.isEmpty {
            out += "### Not checked\n\n"
            for file in unreadable { out += "- `\(Self.code(file.path))`: \(Self.cell(file.error ?? ""))\n" }
            out += "\n"
        }
        // Most severe first, file order within a severity.
        let findings = Severity.allCases.reversed().flatMap { severity in
            report.files.flatMap { file in file.findings.filter { $0.severity == severity }.map { (file.path, $0) } }
        }
        if !findings.isEmpty {
            out += "### Findings\n\n| | where | rule | message |\n| --- | --- | --- | --- |\n"
            for (path, f) in findings.prefix(listed) {
                let icon = f.severity == .error ? "🔴" : (f.severity == .warning ? "🟠" : "🔵")
                out += "| \(icon) \(f.severity.rawValue) | `\(Self.code(path)):\(f.location.line):\(f.location.column)` | `\(f.rule)` | \(Self.cell(f.message)) |\n"
            }
            if findings.count > listed { out += "\nand \(findings.count - listed) more.\n" }
        }
        return out
    }

    /// Text in a table cell: pipes, backslashes, markup characters and line breaks neutralised.
    static func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~": out += "\\\(c)"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// Text inside a code span: backticks cannot be escaped there, so they become quotes.
    static func code(_ s: String) -> String {
        s.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
