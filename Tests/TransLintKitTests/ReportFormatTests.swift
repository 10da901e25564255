import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

/// What the CI formats promise beyond their goldens: validity against the published schemas,
/// escaping of whatever the input contains, stable identities.
@Suite struct ReportFormatTests {
    static func write(_ text: String, _ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "translint-formats-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func reports() throws -> [Report] {
        [try ReporterGoldenTests.corpusReport(), ReporterGoldenTests.fixed, hostile]
    }

    /// Input that tries to break out of every format: markup, quotes, control characters,
    /// workflow-command and table delimiters.
    static let hostile: Report = {
        let f = Finding(rule: "script.residue", category: .script, severity: .warning,
                        message: "<script>alert(1)</script> & \"q\" ::error:: | a,b\r\nnext\u{1}",
                        location: FileSpan(line: 1, column: 2, endLine: 1, endColumn: 5), excerpt: "<b>",
                        lineText: "x<b>y</b> ]]> --> \u{7}", originalRange: 0..<0, segment: "s<1>")
        return Report(files: [FileReport(path: "dir/a b,c:d.en.txt", findings: [f])])
    }()

    @Test func sarifValidatesAgainstTheSchema() throws {
        let schema = Repository.sharedSchemas + "/sarif-schema-2.1.0.json"
        for report in try Self.reports() {
            let path = try Self.write(SARIFReporter(rules: try Checker.standard().rules).render(report), "r.sarif")
            let script = "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1]))); print('valid')"
            guard let result = runTool("python3", ["-c", script, schema, path]) else {
                Issue.record("python3 is needed to validate SARIF"); return
            }
            if result.output.contains("No module named") {
                Issue.record("pip install jsonschema (bash .ci/run installs it): \(result.output)"); return
            }
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func junitValidatesAgainstTheXSD() throws {
        let xsd = Repository.sharedSchemas + "/junit.xsd"
        for report in try Self.reports() {
            let xml = JUnitReporter(failLevel: .warning, run: RunInfo(timestamp: "2025-11-11T12:00:00", hostname: "ci", seconds: 0.25)).render(report)
            let path = try Self.write(xml, "r.xml")
            guard let result = runTool("xmllint", ["--noout", "--schema", xsd, path]) else {
                Issue.record("xmllint is needed to validate JUnit (apt-get install libxml2-utils; bash .ci/run installs it)"); return
            }
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func junitHasATestCasePerFileAndFailsAtTheFailLevel() throws {
        let report = try ReporterGoldenTests.corpusReport()
        let xml = JUnitReporter(failLevel: .error).render(report)
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == report.files.count)
        let failing = report.files.filter { $0.findings.contains { $0.severity == .error } }.count
        #expect(xml.components(separatedBy: "<failure ").count - 1 == failing)
        #expect(xml.contains("failures=\"\(failing)\""))
        // Each error finding is one line of its file's failure.
        let errors = report.files.flatMap(\.findings).filter { $0.severity == .error }.count
        #expect(xml.components(separatedBy: ": error: ").count - 1 == errors)
    }

    @Test func htmlEscapesEverythingFromTheInput() throws {
        let html = HTMLReporter(readLines: { _ in ["x<b>y</b> ]]> --> \u{7}"] }).render(Self.hostile)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>y"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<mark class=\"warning\""))
        // Self-contained: nothing fetched.
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
    }

    @Test func jsonEscapesControlsQuotesAndLineSeparators() throws {
        let text = "a\"b\\c\r\n\t\u{1}\u{2028}é\u{2029}漢"
        let written = JSONValue.object([("k\"", .string(text))]).serialized(pretty: true)
        #expect(written == "{\n  \"k\\\"\": \"a\\\"b\\\\c\\r\\n\\t\\u0001\\u2028é\\u2029漢\"\n}")
        let back = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: String]
        #expect(back?["k\""] == text)
    }

    @Test func githubCommandsCannotBeInjected() {
        let out = GitHubReporter().render(Self.hostile)
        let command = out.split(separator: "\n").first.map(String.init) ?? ""
        #expect(command.hasPrefix("::warning file=dir/a b%2Cc%3Ad.en.txt,line=1,endLine=1,col=2,endColumn=5,title=translint script.residue::"))
        #expect(command.contains("%0D%0Anext"))
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test func markdownCellsCannotBreakTheTable() {
        let md = MarkdownReporter().render(Self.hostile)
        let row = md.split(separator: "\n").first { $0.contains("script.residue") }.map(String.init) ?? ""
        // Five unescaped cell borders: four cells.
        let borders = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(borders == 5)
    }

    @Test func sarifFingerprintsFollowTheLineTextNotItsNumber() throws {
        func fingerprint(line: Int) throws -> String {
            var f = ReporterGoldenTests.fixed
            f.files[0].findings[1].location.line = line
            f.files[0].findings[1].location.endLine = line
            let sarif = SARIFReporter(rules: []).render(f)
            let marker = "\"translintLineHash/v1\": \""
            let parts = sarif.components(separatedBy: marker)
            return String(parts[2].prefix(16))
        }
        #expect(try fingerprint(line: 3) == fingerprint(line: 40))
        let sarif = SARIFReporter(rules: []).render(ReporterGoldenTests.fixed)
        #expect(sarif.contains("\"relatedLocations\""))
        #expect(sarif.contains("\"columnKind\": \"unicodeCodePoints\""))
    }

    @Test func mergedReportRoundTripsThroughJSON() throws {
        let report = try ReporterGoldenTests.corpusReport()
        let json = JSONReporter().render(report)
        let back = try ReportReader.parse(Data(json.utf8), path: "r.json")
        #expect(JSONReporter().render(back) == json)
        let settings = try ReporterGoldenTests.settings()
        for format in ReportFormat.allCases {
            #expect(format.reporter(settings).render(back) == format.reporter(settings).render(report), "\(format)")
        }
    }
}
