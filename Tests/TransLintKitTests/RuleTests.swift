import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

@Suite struct BuiltinRuleExampleTests {
    static let rules: [Rule] = (try? RuleLoader.builtin()) ?? []

    @Test func embeddedPackIsExactlyTheRulesDirectory() throws {
        let directory = Repository.path("rules")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        let embedded = RuleLoader.builtinFiles()
        #expect(embedded.map(\.name) == onDisk, "run scripts/embed-rules.sh")
        for file in embedded {
            let text = try String(contentsOfFile: directory + "/" + file.name, encoding: .utf8)
            #expect(file.yaml == text, "\(file.name) changed: run scripts/embed-rules.sh")
        }
        #expect(try RuleLoader.loadDirectory(directory).map(\.id) == Self.rules.map(\.id))
    }

    /// Every rule's own examples, plain and under the multi-byte, NFD and CRLF variants.
    @Test(arguments: rules.map(\.id))
    func examplesPassUnderAllVariants(id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        #expect(!rule.examples.triggering.isEmpty && !rule.examples.nonTriggering.isEmpty)
        for failure in ExampleRunner.run(rule) {
            Issue.record("\(failure)")
        }
    }
}

@Suite struct RuleLoadingTests {
    let valid = """
        id: test.residue
        name: Test
        description: A test rule.
        kind: script-residue
        category: script
        level: warning
        message: "{text} left"
        examples:
          triggering: ["a ⟦佩⟧ b"]
          non-triggering: ["a b"]
        """

    func loadError(_ yaml: String) -> DataFileError? {
        do {
            _ = try RuleLoader.load(yaml: yaml, path: "rules/t.yaml")
            return nil
        } catch let e as DataFileError {
            return e
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func validRuleLoads() throws {
        let rule = try RuleLoader.load(yaml: valid, path: "rules/t.yaml")
        #expect(rule.level == .warning)
        #expect(ExampleRunner.run(rule).isEmpty)
    }

    /// A hole pattern of a rule file that opens with an optional group finds the hole
    /// without it ("Won the", not only "Also won the").
    @Test func droppedNamePatternOpeningWithAnOptionalGroup() throws {
        let yaml = #"""
        id: house.dropped
        name: Verb with no subject
        description: A sentence that opens with its verb.
        kind: dropped-name
        category: name
        level: warning
        message: "missing subject (\"{match}\")"
        options:
          gaps:
            - "\\b(?:Also\\s+)?(?:Lost|Won)\\s+the\\b"
        examples:
          triggering:
            - text: "Last year ⟦Won the⟧ cup."
              source: "Letztes Jahr gewann Müller den Pokal."
              source-language: de
            - text: "In May ⟦Also Lost the⟧ final."
              source: "Müller verlor das Finale."
              source-language: de
          non-triggering:
            - text: "Müller won the cup."
              source: "Müller gewann den Pokal."
              source-language: de
        """#
        let rule = try RuleLoader.load(yaml: yaml, path: "rules/house.yaml")
        #expect(ExampleRunner.run(rule).isEmpty, "\(ExampleRunner.run(rule))")
    }

    @Test func unknownKeyNamesLineAndColumn() throws {
        let e = try #require(loadError(valid.replacingOccurrences(of: "level: warning", with: "level: warning\nseverity: error")))
        #expect(e.line == 7 && e.column == 1)
        #expect(e.description.hasPrefix("rules/t.yaml:7:1: unknown key 'severity'"))
    }

    @Test func unknownKindIsAnError() throws {
        let e = try #require(loadError(valid.replacingOccurrences(of: "kind: script-residue", with: "kind: no-such-kind")))
        #expect(e.line == 4 && e.column == 7)
        #expect(e.message.contains("unknown kind"))
    }

    @Test func unknownOptionIsAnError() throws {
        let e = try #require(loadError(valid + "\noptions:\n  colour: red\n"))
        #expect(e.line == 12 && e.column == 3)
    }

    @Test func badUnicodeSetOptionIsAnError() throws {
        let e = try #require(loadError(valid + "\noptions:\n  also-foreign: \"[\\\\p{Nope}\"\n"))
        #expect(e.line == 12)
    }

    @Test func ruleWithoutExamplesIsAnError() throws {
        let yaml = valid.components(separatedBy: "\nexamples:")[0]
        let e = try #require(loadError(yaml))
        #expect(e.message.contains("examples"))
    }

    @Test func triggeringExampleMustMarkItsSpan() throws {
        let e = try #require(loadError(valid.replacingOccurrences(of: "a ⟦佩⟧ b", with: "a 佩 b")))
        #expect(e.message.contains("⟦"))
    }

    @Test func messagePlaceholderMustExist() throws {
        let e = try #require(loadError(valid.replacingOccurrences(of: "{text} left", with: "{value} left")))
        #expect(e.line == 7 && e.message.contains("{value}"))
    }

    @Test func badLevelAndCategory() throws {
        #expect(loadError(valid.replacingOccurrences(of: "level: warning", with: "level: fatal"))?.line == 6)
        #expect(loadError(valid.replacingOccurrences(of: "category: script", with: "category: grammar"))?.line == 5)
    }

    @Test func invalidYAMLNamesItsPlace() throws {
        let e = try #require(loadError("id: [unclosed\nname: x\n"))
        #expect(e.line != nil)
    }

    @Test func aliasBombIsRejected() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(i): &a\(i) [\(refs)]\n"
        }
        let e = try #require(loadError(yaml))
        #expect(e.message.contains("more than"))
    }
}

@Suite struct ScriptResidueTests {
    func findings(_ text: String, language: String = "en") throws -> [Finding] {
        let checker = try Checker.standard()
        let doc = try Document(text: text, language: language)
        return checker.check(doc, context: CheckContext(language: language)).filter { $0.rule == "script.residue" }
    }

    @Test func seedBylineBracketsAreOneFindingOnLineOne() throws {
        let checker = try Checker.standard()
        let report = checker.checkFile(Repository.seed)
        #expect(report.error == nil)
        let residue = report.findings.filter { $0.rule == "script.residue" }
        #expect(residue.count == 1)
        #expect(residue.first?.location.line == 1)
        #expect(residue.first?.location.column == 1)
        #expect(residue.first?.excerpt == "【Text by Observer Net, Wang Yi】")
        #expect(residue.first?.severity == .error)
        #expect(residue.first?.message.contains("CJK") == true)
    }

    @Test func cleanEnglishHasNoFinding() throws {
        #expect(try findings("President Petro announced on November 11 that “the cooperation” — about 80% — ends.").isEmpty)
    }

    @Test func separateResidueRunsAreSeparateFindings() throws {
        let f = try findings("Petro (佩特罗) met Maduro (马杜罗).")
        #expect(f.map(\.excerpt) == ["佩特罗", "马杜罗"])
        #expect(f.map(\.location.column) == [8, 25])
    }

    @Test func chineseTextIsNotResidueInAChineseDocument() throws {
        #expect(try findings("哥伦比亚总统佩特罗11月11日宣布。", language: "zh").isEmpty)
    }

    @Test func latinBrandNamesAreNotResidueInRussian() throws {
        #expect(try findings("Он написал в X и в CNN.", language: "ru").isEmpty)
    }
}

@Suite struct ConsistencyFixtureTests {
    @Test func eachPlantedAnomalyIsFlaggedAtItsLine() throws {
        let checker = try Checker.standard()
        let report = checker.checkFile(Repository.path("fixtures/consistency/anomalies.en.txt"))
        let found = report.findings.map { "\($0.location.line) \($0.rule)" }
        let expected = try String(contentsOfFile: Repository.path("fixtures/consistency/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(found == expected)
        // Every rule of the default pack that needs no reference is exercised.
        let rules = Set(try RuleLoader.builtin().map(\.id).filter { !$0.hasPrefix("source.") && !$0.hasPrefix("facts.") })
        #expect(Set(report.findings.map(\.rule)) == rules)
    }

    @Test func theCorrectedArticleGetsNoWarningOrError() throws {
        let checker = try Checker.standard()
        let report = checker.checkFile(Repository.path("fixtures/consistency/clean.en.txt"))
        #expect(report.error == nil)
        #expect(report.findings.filter { $0.severity >= .warning }.map { "\($0.location.line) \($0.rule): \($0.message)" } == [])
    }

    @Test func theSeedHasOnlyItsRealAnomaly() throws {
        let checker = try Checker.standard()
        let report = checker.checkFile(Repository.seed, options: CheckOptions(articleDate: "2025-11-11"))
        #expect(report.findings.map(\.rule) == ["script.residue"])
    }
}
