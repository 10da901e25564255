import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

/// Golden files: the seed's report in each format. Re-record with TRANSLINT_RECORD=1.
@Suite struct ReporterGoldenTests {
    func seedReport() throws -> Report {
        let checker = try Checker.standard()
        var report = checker.check(paths: [Repository.seed])
        report.files[0].path = relativeToRoot(report.files[0].path)
        return report
    }

    /// A fixed report with every field in use, so each reporter's handling of them is pinned.
    static let fixed: Report = {
        let finding = Finding(
            rule: "number.source-mismatch", category: .number, severity: .error,
            message: "140亿 (14,000,000,000) in the source is rendered as \"$1.4 billion\": 10× too small",
            location: FileSpan(line: 3, column: 81, endLine: 3, endColumn: 93), excerpt: "$1.4 billion",
            lineText: "The Financial Times reported that since 2000, the US has provided Colombia with $1.4 billion in aid.",
            originalRange: 0..<0, segment: "s-1",
            notes: [Note(message: "source", path: "x.zh.txt", location: FileSpan(line: 2, column: 14, endLine: 2, endColumn: 20), excerpt: "约140亿美元")])
        let warning = Finding(
            rule: "name.variant", category: .name, severity: .warning, message: "\"Hegsteh\" vs \"Hegseth\"",
            location: FileSpan(line: 1, column: 1, endLine: 1, endColumn: 8), excerpt: "Hegsteh",
            lineText: "Hegsteh said \"no\"\tto <b>it</b>.", originalRange: 0..<0)
        return Report(files: [
            FileReport(path: "a.en.txt", source: "a.zh.txt", findings: [warning, finding]),
            FileReport(path: "missing.txt", error: "missing.txt: no such file"),
        ])
    }()

    /// Fixed run facts, and files read from the repository root, so that goldens do not
    /// depend on the clock, the machine or the working directory.
    static func settings() throws -> ReportSettings {
        var settings = ReportSettings()
        settings.rules = try Checker.standard().rules
        settings.run = RunInfo(timestamp: "2025-11-11T12:00:00", hostname: "ci", seconds: 1.5)
        settings.readLines = { path in ReportSettings.linesOnDisk(path.hasPrefix("/") ? path : Repository.path(path)) }
        return settings
    }

    /// The corpus fixture (a source/translation pair, a single article with its fact sheet,
    /// a folder of articles, a bilingual file) checked as one run, paths relative to the root.
    static func corpusReport() throws -> Report {
        var options = CorpusOptions()
        options.sourceLanguage = "zh"
        let jobs = Corpus.plan([Repository.path("fixtures/corpus")], options: options)
        return relativized(try Checker.standard().check(jobs: jobs, options: CheckOptions(sourceLanguage: "zh")))
    }

    @Test(arguments: ReportFormat.allCases)
    func seedReportMatchesGolden(format: ReportFormat) throws {
        let rendered = format.reporter(try Self.settings()).render(try seedReport())
        if let diff = Golden.compare(rendered, name: "seed.\(format.rawValue)") { Issue.record("\(diff)") }
    }

    @Test(arguments: ReportFormat.allCases)
    func fixedReportMatchesGolden(format: ReportFormat) throws {
        let rendered = format.reporter(try Self.settings()).render(Self.fixed)
        if let diff = Golden.compare(rendered, name: "fixed.\(format.rawValue)") { Issue.record("\(diff)") }
    }

    @Test(arguments: ReportFormat.allCases)
    func corpusReportMatchesGolden(format: ReportFormat) throws {
        let rendered = format.reporter(try Self.settings()).render(try Self.corpusReport())
        if let diff = Golden.compare(rendered, name: "corpus.\(format.rawValue)") { Issue.record("\(diff)") }
    }

    @Test func jsonReportParsesAndFollowsTheContract() throws {
        let json = JSONReporter().render(Self.fixed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        #expect(findings[1]["column"] as? Int == 81)
        #expect(findings[1]["endColumn"] as? Int == 93)
        #expect(findings[1]["excerpt"] as? String == "$1.4 billion")
        #expect(findings[0]["segment"] is NSNull)
        #expect(files[1]["error"] as? String == "missing.txt: no such file")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "findings": 2, "error": 1, "warning": 1, "info": 0])
    }

    /// A bilingual file's thousands of findings are rendered in chunks side by side: the
    /// report still holds each once, in order, separated as the contract's pretty form is.
    @Test func jsonReportOfManyFindingsKeepsTheirOrder() throws {
        let count = 9_000
        let findings = (0..<count).map { i in
            Finding(rule: "number.source-mismatch", category: .number, severity: .error, message: "m\(i) «ü»",
                    location: FileSpan(line: i + 1, column: 1, endLine: i + 1, endColumn: 2), excerpt: "\(i)",
                    lineText: "line \"\(i)\"", originalRange: 0..<0, segment: "s-\(i)")
        }
        let json = JSONReporter().render(Report(files: [FileReport(path: "pairs.jsonl", findings: findings)]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let parsed = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(parsed.count == count)
        #expect(parsed.enumerated().allSatisfy { i, f in f["line"] as? Int == i + 1 && f["segment"] as? String == "s-\(i)" })
        // One separator between neighbours, none doubled or lost at a chunk's edge.
        #expect(json.components(separatedBy: "\n        },\n        {\n").count - 1 == count - 1)
        #expect(!json.contains(",,") && !json.contains("[,"))
    }

    @Test func textColourOnlyWhenAsked() {
        #expect(!TextReporter(color: false).render(Self.fixed).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(Self.fixed).contains("\u{1B}[1;31merror"))
    }

    @Test func exitCodes() {
        #expect(Self.fixed.exitCode(failLevel: .error) == 2)
        let ok = Report(files: [Self.fixed.files[0]])
        #expect(ok.exitCode(failLevel: .error) == 1)
        var warnOnly = ok
        warnOnly.files[0].findings.removeLast()
        #expect(warnOnly.exitCode(failLevel: .error) == 0)
        #expect(warnOnly.exitCode(failLevel: .warning) == 1)
    }
}

/// A report with every path made relative to the repository root.
func relativized(_ report: Report) -> Report {
    var r = report
    for i in r.files.indices {
        r.files[i].path = relativeToRoot(r.files[i].path)
        r.files[i].source = r.files[i].source.map(relativeToRoot)
        r.files[i].reference = r.files[i].reference.map(relativeToRoot)
        r.files[i].error = r.files[i].error.map { $0.replacingOccurrences(of: Repository.root.path + "/", with: "") }
        for j in r.files[i].findings.indices {
            for k in r.files[i].findings[j].notes.indices {
                r.files[i].findings[j].notes[k].path = r.files[i].findings[j].notes[k].path.map(relativeToRoot)
            }
        }
    }
    return r
}
