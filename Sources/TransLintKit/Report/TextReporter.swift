/// `--format text`: compiler-style lines for people,
/// `path:line:column: severity: message [rule-id]`, then the line with the span underlined.
/// Colour only when asked (the CLI asks on a terminal without NO_COLOR).
public struct TextReporter: Reporter {
    public var color: Bool
    /// Longest stretch of a line shown, in terminal columns.
    public var width = 100
    var tally = RunningTally()

    public init(color: Bool = false) { self.color = color }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    func severityCode(_ s: Severity) -> String {
        switch s {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .info: return "1;34"
        }
    }

    public func head() -> String? { "" }

    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        tally.add(file)
        // A file may have an error and findings too (a bilingual file with a bad line).
        if let error = file.error {
            try emit(0, "\(paint("error", "1;31")): \(error)\n")
        }
        for f in file.findings {
            var out = ""
            let place = "\(file.path):\(f.location.line):\(f.location.column)"
            let segment = f.segment.map { " (segment \($0))" } ?? ""
            out += "\(paint(place, "1")): \(paint(f.severity.rawValue, severityCode(f.severity))): \(f.message)\(segment) [\(f.rule)]\n"
            out += excerpt(f)
            for n in f.notes {
                var where_ = ""
                if let p = n.path {
                    where_ = p
                    if let l = n.location { where_ += ":\(l.line):\(l.column)" }
                    where_ += ": "
                }
                out += "    \(paint("note", "1;36")): \(where_)\(n.message)\(n.excerpt.map { ": \($0)" } ?? "")\n"
            }
            try emit(0, out)
        }
    }

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var summary = "\(plural(s.files, "file")) checked: \(plural(s.error, "error")), \(plural(s.warning, "warning")), \(s.info) info"
        if s.unreadable > 0 { summary += "; \(s.unreadable) could not be read" }
        return [.text(summary + "\n")]
    }

    /// The finding's line, cut to `width` columns around the span, with carets under it.
    func excerpt(_ f: Finding) -> String {
        let scalars = Array(f.lineText.unicodeScalars).map { $0 == "\t" ? " " : $0 }
        let startIndex = max(0, min(scalars.count, f.location.column - f.lineTextColumn))
        let endIndex = f.location.endLine == f.location.line
            ? max(startIndex, min(scalars.count, f.location.endColumn - f.lineTextColumn))
            : scalars.count
        let widths = scalars.map { $0.terminalWidth }
        let spanWidth = max(1, widths[startIndex..<endIndex].reduce(0, +))
        // Window: start a little before the span, keep within `width` columns.
        var lo = startIndex
        var used = 0
        while lo > 0 && used + widths[lo - 1] <= max(10, (width - spanWidth) / 3) {
            lo -= 1
            used += widths[lo]
        }
        var hi = startIndex
        var total = used
        while hi < scalars.count && total + widths[hi] <= width {
            total += widths[hi]
            hi += 1
        }
        hi = max(hi, min(endIndex, scalars.count))
        var line = ""
        line.unicodeScalars.append(contentsOf: scalars[lo..<hi])
        let leading = lo > 0 ? "…" : ""
        let trailing = hi < scalars.count ? "…" : ""
        let padding = String(repeating: " ", count: widths[lo..<startIndex].reduce(0, +) + (lo > 0 ? 1 : 0))
        let carets = "^" + String(repeating: "~", count: max(0, min(spanWidth, width) - 1))
        return "    \(leading)\(line)\(trailing)\n    \(padding)\(paint(carets, "1;32"))\n"
    }
}
