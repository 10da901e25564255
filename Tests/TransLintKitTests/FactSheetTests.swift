import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

@Suite struct FactSheetTests {
    @Test func numbersInEveryForm() throws {
        let sheet = try FactSheet.parse("""
            facts:
              - {number: 14 billion, near: [aid]}
              - {number: 14000000000, near: [aid]}
              - {number: 140亿, near: [aid]}
              - {number: "80%", near: [share]}
            """, path: "f.yaml")
        #expect(sheet.numbers.map(\.value) == [Decimal(14_000_000_000), Decimal(14_000_000_000), Decimal(14_000_000_000), Decimal(80)])
        #expect(sheet.numbers[3].unit == "%")
    }

    @Test func everyKeyOfTheContractIsAccepted() throws {
        let sheet = try FactSheet.load(path: Repository.path("fixtures/facts/seed.facts.yaml"))
        #expect(sheet.date == "2025-11-11" && sheet.sourceLanguage == "zh" && sheet.targetLanguage == "en")
        #expect(sheet.numbers.first { $0.id == "us-aid" }?.unit == "USD")
        #expect(sheet.names.first { $0.id == "petro" }?.source == ["佩特罗"])
        #expect(sheet.dates.first?.day == 11)
        #expect(sheet.terms.first?.forbidden == ["South Command", "Southern Commando"])
        let tolerant = try FactSheet.parse("facts:\n  - {number: 10000, tolerance: 5%, near: [x]}\n", path: "f.yaml")
        #expect(tolerant.numbers[0].tolerance == Decimal(string: "0.05") && tolerant.numbers[0].relative)
    }

    func error(_ yaml: String) -> DataFileError? {
        do { _ = try FactSheet.parse(yaml, path: "f.yaml"); return nil } catch let e as DataFileError { return e } catch { return nil }
    }

    @Test func errorsNameTheirLine() {
        #expect(error("facts:\n  - id: x\n    numbr: 5\n")?.line == 3)
        #expect(error("facts:\n  - id: x\n    number: lots\n    near: [x]\n")?.line == 3)
        #expect(error("facts:\n  - id: x\n    date: 2025-02-30\n    near: [x]\n")?.line == 3)
        #expect(error("date: tomorrow\n")?.line == 1)
        #expect(error("facts:\n  - {number: 5}\n")?.message.contains("near") == true)
    }

    @Test func theSeedWithTheSheetHasOneFactError() throws {
        let sheet = try FactSheet.load(path: Repository.path("fixtures/facts/seed.facts.yaml"))
        var options = CheckOptions()
        options.facts = sheet
        let report = try Checker.standard().checkFile(Repository.seed, options: options)
        let facts = report.findings.filter { $0.rule.hasPrefix("facts.") }
        #expect(facts.count == 1)
        #expect(facts.first?.severity == .error && facts.first?.location.line == 11 && facts.first?.excerpt == "$1.4 billion")
        #expect(facts.first?.message.contains("10x too small") == true)
        // Besides it, only the seed's own anomaly (the byline brackets); no warning.
        #expect(report.findings.filter { !$0.rule.hasPrefix("facts.") }.map(\.rule) == ["script.residue"])
        #expect(!report.findings.contains { $0.severity == .warning })
    }

    @Test func plantedErrorsAreFoundAtTheirLines() throws {
        var options = CheckOptions()
        options.facts = try FactSheet.load(path: Repository.path("fixtures/facts/seed.facts.yaml"))
        let report = try Checker.standard().checkFile(Repository.path("fixtures/facts/seed-planted.en.txt"), options: options)
        let found = report.findings.map { "\($0.location.line) \($0.rule)" }
        let expected = try String(contentsOfFile: Repository.path("fixtures/facts/seed-planted.expected.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(found == expected)
        // Each planted kind is there: a count, a misspelling, a dropped diacritic, a term, a weekday.
        let messages = report.findings.map(\.message).joined(separator: "\n")
        for needle in ["\"9\"", "Dickenson", "diacritics differ", "South Command", "not a Wednesday"] where !messages.contains(needle) {
            if needle == "\"9\"" && messages.contains("9 (9)") { continue }
            Issue.record("missing \(needle)")
        }
    }
}

@Suite struct GlossaryTests {
    @Test func factSheetSourceFormsExplainNamesInSourceChecks() throws {
        let checker = try Checker.standard()
        let source = try Document(text: "世界报报道了此事。", language: "zh")
        let target = try Document(text: "Le Monde reported it.", language: "en")
        var context = CheckContext(language: "en")
        context.source = SourceReference(source)
        let without = checker.check(target, context: context).filter { $0.rule == "source.name-added" }
        #expect(!without.isEmpty)
        context.facts = try FactSheet.parse("facts:\n  - {name: Le Monde, source: 世界报}\n", path: "f.yaml")
        #expect(checker.check(target, context: context).filter { $0.rule == "source.name-added" }.isEmpty)
    }
}
