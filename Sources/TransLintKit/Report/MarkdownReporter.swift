/// `--format markdown`: a summary for a pull-request comment or a CI job summary
/// (`>> $GITHUB_STEP_SUMMARY`): the verdict, a table of findings by file and category, and the
/// first findings themselves.
public struct MarkdownReporter: Reporter {
    public var failLevel: Severity
    /// Findings listed one by one before "and N more".
    public var listed = 50

    var tally = RunningTally()
    var failing = 0
    /// Per file with findings, its counts (the table's columns are the run's categories, known
    /// only at the end): small, unlike the findings.
    var rows: [(path: String, tally: Tally)] = []
    /// The first `listed` findings of each severity, in file order.
    var first: [Severity: [(path: String, finding: Finding)]] = [:]

    public init(failLevel: Severity = .error) { self.failLevel = failLevel }

    /// Channel 0: the files that could not be read.
    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        tally.add(file)
        failing += file.findings.filter { $0.severity >= failLevel }.count
        if !file.findings.isEmpty { rows.append((file.path, Tally(file.findings))) }
        for f in file.findings where first[f.severity, default: []].count < listed {
            first[f.severity, default: []].append((file.path, f))
        }
        if let error = file.error { try emit(0, "- `\(Self.code(file.path))`: \(Self.cell(error))\n") }
    }

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        let verdict = s.unreadable > 0 ? "❌ input errors" : (failing > 0 ? "❌ \(failing) at or above \(failLevel.rawValue)" : "✅ nothing at or above \(failLevel.rawValue)")
        var out = "## translint: \(verdict)\n\n"
        out += "\(s.files) \(s.files == 1 ? "file" : "files") checked: **\(s.error)** errors, **\(s.warning)** warnings, \(s.info) info"
        if s.unreadable > 0 { out += "; **\(s.unreadable)** could not be read" }
        out += ".\n\n"
        let all = tally.findings
        let categories = all.categories
        if !categories.isEmpty {
            out += "| file | " + categories.map(\.rawValue).joined(separator: " | ") + " | errors | warnings | info |\n"
            out += "| --- |" + String(repeating: " ---: |", count: categories.count + 3) + "\n"
            for (path, t) in rows {
                let cells = categories.map { String(t.byCategory[$0] ?? 0) }
                    + [Severity.error, .warning, .info].map { String(t.bySeverity[$0] ?? 0) }
                out += "| \(Self.cell(path)) | " + cells.joined(separator: " | ") + " |\n"
            }
            let totals = categories.map { "**\(all.byCategory[$0] ?? 0)**" } + [Severity.error, .warning, .info].map { "**\(all.bySeverity[$0] ?? 0)**" }
            out += "| **total** | " + totals.joined(separator: " | ") + " |\n\n"
        }
        var pieces: [ReportPiece] = [.text(out)]
        if s.unreadable > 0 { pieces += [.text("### Not checked\n\n"), .channel(0), .text("\n")] }
        // Most severe first, file order within a severity.
        let findings = Severity.allCases.reversed().flatMap { first[$0] ?? [] }
        if !findings.isEmpty {
            var list = "### Findings\n\n| | where | rule | message |\n| --- | --- | --- | --- |\n"
            for (path, f) in findings.prefix(listed) {
                let icon = f.severity == .error ? "🔴" : (f.severity == .warning ? "🟠" : "🔵")
                list += "| \(icon) \(f.severity.rawValue) | `\(Self.code(path)):\(f.location.line):\(f.location.column)` | `\(f.rule)` | \(Self.cell(f.message)) |\n"
            }
            if s.findings > listed { list += "\nand \(s.findings - listed) more.\n" }
            pieces.append(.text(list))
        }
        return pieces
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
