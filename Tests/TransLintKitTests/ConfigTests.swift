import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

@Suite struct ConfigurationTests {
    @Test func settingsAreRead() throws {
        let c = try Configuration.parse("""
            target-lang: en
            date: 2025-11-11
            fail-level: warning
            rule-dirs: [house]
            rules:
              number.mixed-grouping: off
              name.spelling-variant: error
            """, path: "/p/.translint.yaml")
        #expect(c.targetLanguage == "en" && c.articleDate == "2025-11-11" && c.failLevel == .warning)
        #expect(c.ruleDirectories == ["/p/house"])
        var checker = try Checker.standard()
        let before = checker.rules.count
        try c.apply(to: &checker)
        #expect(checker.rules.count == before - 1)
        #expect(!checker.rules.contains { $0.id == "number.mixed-grouping" })
        #expect(checker.levels["name.spelling-variant"] == .error)
    }

    @Test func unknownKeyNamesLineAndColumn() {
        #expect(throws: DataFileError(path: "c.yaml", line: 2, column: 1, message: "unknown key 'colour' in the configuration (known: date, fail-level, rule-dirs, rules, source-lang, target-lang)")) {
            try Configuration.parse("date: 2025-11-11\ncolour: red\n", path: "c.yaml")
        }
    }

    @Test func unknownRuleIdIsAnError() throws {
        let c = try Configuration.parse("rules:\n  no.such-rule: off\n", path: "c.yaml")
        var checker = try Checker.standard()
        do {
            try c.apply(to: &checker)
            Issue.record("expected an error")
        } catch let e as DataFileError {
            #expect(e.line == 2 && e.column == 3)
        }
    }

    @Test func badValuesAreErrors() {
        #expect(throws: DataFileError.self) { try Configuration.parse("date: yesterday\n", path: "c.yaml") }
        #expect(throws: DataFileError.self) { try Configuration.parse("rules:\n  script.residue: loud\n", path: "c.yaml") }
    }

    @Test func foundUpwardFromASubdirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try "date: 2025-11-11\n".write(toFile: root + "/.translint.yaml", atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: root + "/a/b") == URL(fileURLWithPath: root + "/.translint.yaml").standardizedFileURL.path)
    }
}

@Suite struct SuppressionTests {
    func check(_ text: String, name: String = "a.en.md") throws -> [String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        return try Checker.standard().checkFile(dir + "/" + name).findings.map { "\($0.location.line) \($0.rule)" }
    }

    @Test func regionsAndNextLine() throws {
        let text = """
            He met 佩特罗.
            <!-- translint-disable script.residue -->
            He met 马杜罗.
            <!-- translint-enable -->
            He met 赫格塞斯.
            <!-- translint-disable-next-line -->
            He met Путин.
            He met Путин again.
            """
        #expect(try check(text) == ["1 script.residue", "5 script.residue", "8 script.residue"])
    }

    @Test func onlyTheNamedRuleIsSilenced() throws {
        let text = "<!-- translint-disable-next-line format.repeated-word -->\nHe met 佩特罗 the the day.\n"
        #expect(try check(text) == ["2 script.residue"])
    }

    @Test func plainTextHasNoSuppression() throws {
        #expect(try check("<!-- translint-disable -->\nHe met 佩特罗.\n", name: "a.en.txt") == ["2 script.residue"])
    }

    @Test func htmlTagsAreNotText() throws {
        let findings = try check("<p class=\"x\">He met <b>Petro</b> on (November 11).</p>\n<!-- 佩特罗 -->\n", name: "a.en.html")
        // The comment is markup (not residue); the bracket pair is text and balanced.
        #expect(findings == [])
    }
}

@Suite struct RuleDocsTests {
    @Test func docsRulesMdIsGeneratedFromTheRules() throws {
        let expected = RuleDocs.markdown(try RuleLoader.builtin())
        let onDisk = try String(contentsOfFile: Repository.path("docs/rules.md"), encoding: .utf8)
        #expect(onDisk == expected, "docs/rules.md is stale: run `swift run translint rules --format markdown > docs/rules.md`")
    }

    @Test func everyRuleIsListedWithItsLevel() throws {
        let rules = try RuleLoader.builtin()
        #expect(rules.count >= 20)
        let list = RuleDocs.list(rules)
        for r in rules { #expect(list.contains(r.id) ) }
        #expect(list.contains("date.am-pm-24h                         error    An hour from 13 to 23 followed by a.m. or p.m. (\"15 p.m.\"): a 24-hour time from the source was given a 12-hour suffix."))
    }
}
