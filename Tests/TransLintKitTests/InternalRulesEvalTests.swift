import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

/// False alarms of the internal-consistency rules on correct English sentences
/// (docs/accuracy.md): at most 1% of the `good` and of the `reference` translations of the
/// DEMETR dev file may get a warning or an error.
@Suite struct InternalRulesEvalTests {
    func alarmRate(_ texts: [String], checker: Checker, label: String) throws -> Double {
        var flagged = 0
        var examples: [String] = []
        for text in texts {
            let document = try Document(text: text, language: "en")
            let findings = checker.check(document, context: CheckContext(language: "en")).filter { $0.severity >= .warning }
            if !findings.isEmpty {
                flagged += 1
                examples.append(findings.map { "[\($0.rule)] \($0.message)" }.joined(separator: "; ") + "\n    " + text)
            }
        }
        let rate = Double(flagged) / Double(texts.count)
        print("internal rules, \(label): \(flagged)/\(texts.count) = \(String(format: "%.2f", rate * 100))% with a warning or error")
        if ProcessInfo.processInfo.environment["TRANSLINT_VERBOSE"] == "1" { print(examples.joined(separator: "\n")) }
        return rate
    }

    @Test func fewFalseAlarmsOnCorrectTranslations() throws {
        let none = DemetrDev.cases.filter { $0.category == "none" }
        try #require(!none.isEmpty, "shared/eval/demetr-dev.jsonl not found")
        let checker = try Checker.standard()
        #expect(try alarmRate(none.compactMap(\.good), checker: checker, label: "good") <= 0.01)
        #expect(try alarmRate(none.compactMap(\.reference), checker: checker, label: "reference") <= 0.01)
    }
}
