/// `--format html`: one self-contained page (no script, no font, nothing fetched) for people:
/// a summary with charts of findings by category and by file, then each file with its findings
/// listed, the source sentence beside the translated one where there is a source, and the text
/// with every finding highlighted in place. Everything taken from the input is escaped.
public struct HTMLReporter: Reporter {
    public var rules: [Rule]
    public var readLines: @Sendable (String) -> [String]?
    /// Files longer than this show only the lines around their findings.
    public var fullTextLines = 2_000

    var tally = RunningTally()
    /// The files with the most findings, for the chart (at most `chartedFiles`).
    var busiest: [(path: String, number: Int, tally: Tally)] = []
    var filesWithFindings = 0
    let chartedFiles = 30

    public init(rules: [Rule] = [], readLines: @escaping @Sendable (String) -> [String]? = ReportSettings.linesOnDisk) {
        self.rules = rules
        self.readLines = readLines
    }

    /// Channel 0: the files' sections. The summary and charts come first, so they wait for
    /// the end.
    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        tally.add(file)
        let number = tally.summary.files
        if !file.findings.isEmpty {
            filesWithFindings += 1
            // Most findings first, file order among equals.
            let entry = (path: file.path, number: number, tally: Tally(file.findings))
            let at = busiest.firstIndex { $0.tally.count < entry.tally.count } ?? busiest.count
            if at < chartedFiles {
                busiest.insert(entry, at: at)
                if busiest.count > chartedFiles { busiest.removeLast() }
            }
        }
        try emit(0, fileSection(file, number: number))
    }

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        let head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>translint report</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>translint report</h1>
            <p class="totals">\(s.files) \(s.files == 1 ? "file" : "files") checked: <span class="error">\(s.error) errors</span>, \
            <span class="warning">\(s.warning) warnings</span>, <span class="info">\(s.info) info</span>\(s.unreadable > 0 ? ", <span class=\"error\">\(s.unreadable) not checked</span>" : "")</p>
            </header>

            """
        return [.text(head + summarySection()), .channel(0), .text("<footer>translint \(Tool.version)</footer>\n</body>\n</html>\n")]
    }

    // MARK: Summary

    func summarySection() -> String {
        let all = tally.findings
        var out = "<section class=\"summary\">\n"
        guard !all.categories.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
        out += "<h2>Findings by category</h2>\n"
        out += Self.chart(all.categories.map { c in (c.rawValue, nil, all.severitiesByCategory[c] ?? [:]) })
        out += "<h2>Findings by file</h2>\n"
        out += Self.chart(busiest.map { ($0.path, "#file-\($0.number)", $0.tally.bySeverity) })
        if filesWithFindings > chartedFiles { out += "<p class=\"more\">and \(filesWithFindings - chartedFiles) more files with findings.</p>\n" }
        out += "<p class=\"legend\"><span class=\"swatch error\"></span>error <span class=\"swatch warning\"></span>warning <span class=\"swatch info\"></span>info</p>\n"
        return out + "</section>\n"
    }

    /// Horizontal bars, one per row, stacked by severity, as inline SVG.
    static func chart(_ rows: [(label: String, link: String?, counts: [Severity: Int])]) -> String {
        let maximum = max(1, rows.map { $0.counts.values.reduce(0, +) }.max() ?? 1)
        let rowHeight = 22, labelWidth = 320, barWidth = 480
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(rows.count * rowHeight + 4)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (i, row) in rows.enumerated() {
            let y = i * rowHeight + 2
            let label = row.label.count > 48 ? "…" + String(row.label.suffix(47)) : row.label
            let text = "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(label))</text>"
            svg += row.link.map { "<a href=\"\(escape($0))\">\(text)</a>" } ?? text
            var x = labelWidth
            for severity in [Severity.error, .warning, .info] {
                let n = row.counts[severity] ?? 0
                guard n > 0 else { continue }
                let w = max(2, n * barWidth / maximum)
                svg += "<rect class=\"\(severity.rawValue)\" x=\"\(x)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowHeight - 6)\"><title>\(n) \(severity.rawValue)</title></rect>"
                x += w
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 15)\">\(row.counts.values.reduce(0, +))</text>\n"
        }
        return svg + "</svg>\n"
    }

    // MARK: Files

    func fileSection(_ file: FileReport, number: Int) -> String {
        var out = "<section class=\"file\" id=\"file-\(number)\">\n<h2>\(Self.escape(file.path))</h2>\n"
        var meta: [String] = []
        if let source = file.source { meta.append("source: <code>\(Self.escape(source))</code>") }
        if let reference = file.reference { meta.append("fact sheet: <code>\(Self.escape(reference))</code>") }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        if let error = file.error { out += "<p class=\"failed\">Not checked: \(Self.escape(error))</p>\n" }
        guard !file.findings.isEmpty else {
            return out + (file.error == nil ? "<p>No findings.</p>\n" : "") + "</section>\n"
        }
        out += "<ol class=\"findings\">\n"
        for (i, f) in file.findings.enumerated() {
            let segment = f.segment.map { " · segment \(Self.escape($0))" } ?? ""
            out += "<li class=\"\(f.severity.rawValue)\" id=\"f\(number)-\(i + 1)\"><a href=\"#l\(number)-\(f.location.line)\">\(f.location.line):\(f.location.column)</a> "
            out += "<span class=\"sev\">\(f.severity.rawValue)</span> \(Self.escape(f.message)) <code>\(Self.escape(f.rule))</code>\(segment)"
            for note in f.notes where note.location == nil || note.message != "source" {
                out += "<div class=\"note\">\(Self.escape(note.message))\(note.excerpt.map { ": " + Self.escape($0) } ?? "")</div>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n"
        out += besideSource(file)
        out += text(file, number: number)
        return out + "</section>\n"
    }

    /// Each finding that has a source span: its line of the translation beside that line of
    /// the source, both with the spans marked.
    func besideSource(_ file: FileReport) -> String {
        var rows: [String] = []
        var seen = Set<String>()
        var sources: [String: [String]?] = [:]
        for f in file.findings {
            guard let note = f.notes.first(where: { $0.message == "source" && $0.location != nil && $0.path != nil }),
                  let path = note.path, let span = note.location else { continue }
            if sources[path] == nil { sources[path] = .some(readLines(path)) }
            guard let lines = sources[path] ?? nil, span.line >= 1, span.line <= lines.count else { continue }
            var window = f.location
            window.column -= f.lineTextColumn - 1
            if window.endLine == window.line { window.endColumn -= f.lineTextColumn - 1 }
            let translated = Self.marked(f.lineText, spans: [(Self.columns(window, on: window.line, length: f.lineText.unicodeScalars.count), f.severity, f.message)])
            let sourceLine = lines[span.line - 1]
            let original = Self.marked(sourceLine, spans: [(Self.columns(span, on: span.line, length: sourceLine.unicodeScalars.count), f.severity, f.message)])
            let row = "<tr><td class=\"where\">\(f.location.line)</td><td>\(translated)</td><td class=\"where\">\(span.line)</td><td>\(original)</td></tr>\n"
            if seen.insert(row).inserted { rows.append(row) }
        }
        guard !rows.isEmpty else { return "" }
        return "<h3>Beside the source</h3>\n<table class=\"beside\">\n<tr><th></th><th>translation</th><th></th><th>source</th></tr>\n" + rows.joined() + "</table>\n"
    }

    /// The file's text, each line numbered, findings highlighted where they are.
    func text(_ file: FileReport, number: Int) -> String {
        guard let lines = readLines(file.path) else { return "<p class=\"failed\">The text could not be read for display.</p>\n" }
        var spansByLine: [Int: [(Range<Int>, Severity, String)]] = [:]
        for f in file.findings {
            for line in f.location.line...max(f.location.line, f.location.endLine) where line >= 1 && line <= lines.count {
                let columns = Self.columns(f.location, on: line, length: lines[line - 1].unicodeScalars.count)
                spansByLine[line, default: []].append((columns, f.severity, "\(f.rule): \(f.message)"))
            }
        }
        var shown = Array(1...max(1, lines.count))
        if lines.count > fullTextLines {
            let near = Set(spansByLine.keys.flatMap { ($0 - 2)...($0 + 2) })
            shown = shown.filter { near.contains($0) }
        }
        var out = "<h3>Text</h3>\n<pre class=\"text\">"
        var previous = 0
        for line in shown where line <= lines.count {
            if line != previous + 1 { out += "<span class=\"gap\">…</span>\n" }
            previous = line
            out += "<span class=\"ln\" id=\"l\(number)-\(line)\">\(line)</span>\(Self.marked(lines[line - 1], spans: spansByLine[line] ?? []))\n"
        }
        return out + "</pre>\n"
    }

    /// The code-point columns (0-based, end exclusive) a span covers on one of its lines. An
    /// empty span is widened to one character so that it shows.
    static func columns(_ span: FileSpan, on line: Int, length: Int) -> Range<Int> {
        let start = line == span.line ? max(0, span.column - 1) : 0
        let end = line == span.endLine ? max(0, span.endColumn - 1) : length
        let lo = min(start, length)
        var hi = min(max(end, lo), length)
        if hi == lo && lo < length { hi = lo + 1 }
        return lo..<hi
    }

    /// A line with `<mark>` around the spans; where spans overlap the most severe colours it
    /// and the title lists every finding there.
    static func marked(_ line: String, spans: [(columns: Range<Int>, severity: Severity, title: String)]) -> String {
        let scalars = Array(line.unicodeScalars)
        guard !spans.isEmpty else { return escape(line) }
        var covering = [[Int]](repeating: [], count: scalars.count)
        for (i, span) in spans.enumerated() {
            for c in span.columns where c < scalars.count { covering[c].append(i) }
        }
        var out = ""
        var c = 0
        while c < scalars.count {
            let group = covering[c]
            var end = c + 1
            while end < scalars.count && covering[end] == group { end += 1 }
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[c..<end])
            if group.isEmpty {
                out += escape(piece)
            } else {
                let severity = group.map { spans[$0].severity }.max() ?? .info
                let title = group.map { spans[$0].title }.joined(separator: "\n")
                out += "<mark class=\"\(severity.rawValue)\" title=\"\(escape(title))\">\(escape(piece))</mark>"
            }
            c = end
        }
        return out
    }

    /// HTML text and attribute values take the same escapes as XML.
    static func escape(_ s: String) -> String { XML.escape(s) }

    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:0 1.2em 2em;color:#1d2430;background:#fff}
        h1{margin:.6em 0 .2em}h2{margin-top:1.6em;border-bottom:1px solid #d8dde6;padding-bottom:.2em;word-break:break-all}h3{margin-bottom:.3em}
        .totals .error,.failed{color:#b3261e}.totals .warning{color:#9a5b00}.totals .info{color:#1f5fa8}
        svg.chart{display:block;max-width:100%;height:auto;font-size:12px}svg.chart text{fill:#1d2430}svg.chart a text{fill:#1f5fa8}
        rect.error,.swatch.error{fill:#d93025;background:#d93025}rect.warning,.swatch.warning{fill:#f29900;background:#f29900}rect.info,.swatch.info{fill:#4a86d8;background:#4a86d8}
        .swatch{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}
        ol.findings{padding-left:1.4em}ol.findings li{margin:.25em 0}ol.findings a{font-family:ui-monospace,monospace;margin-right:.4em}
        .sev{font-size:.8em;text-transform:uppercase;font-weight:600;padding:0 .35em;border-radius:3px;color:#fff}
        li.error .sev{background:#d93025}li.warning .sev{background:#c77c00}li.info .sev{background:#4a86d8}
        .note{color:#4b5563;font-size:.92em;margin-left:2.4em}.meta{color:#4b5563}
        mark{border-radius:2px;padding:0 1px}mark.error{background:#fbd3d0;outline:1px solid #d93025}mark.warning{background:#fde7b0;outline:1px solid #f29900}mark.info{background:#d6e6fb;outline:1px solid #4a86d8}
        table.beside{border-collapse:collapse;width:100%;table-layout:fixed}table.beside td,table.beside th{border:1px solid #d8dde6;padding:.35em .5em;vertical-align:top;text-align:left}
        table.beside td.where,table.beside th:nth-child(1),table.beside th:nth-child(3){width:3em;color:#6b7280;font-family:ui-monospace,monospace;text-align:right}
        pre.text{white-space:pre-wrap;word-wrap:break-word;background:#f7f8fa;border:1px solid #e3e6eb;padding:.6em;font:13px/1.5 ui-monospace,"DejaVu Sans Mono",monospace}
        .ln{display:inline-block;width:3.2em;color:#9aa3af;user-select:none;text-align:right;margin-right:.8em}.gap{color:#9aa3af}
        footer{margin-top:3em;color:#9aa3af;font-size:.85em}
        """
}
