import Foundation
import Testing
import TransLintKit
import TransLintTestSupport

/// The DEMETR development file beside the repository (shared/eval), read as `translint eval`
/// reads it.
enum DemetrDev {
    static let cases: [Evaluation.Case] = (try? Evaluation.load(Repository.sharedEval)) ?? []
}

/// The numeric values a text states: its quantities without the weak ones (一 as an article,
/// "one of"), and the values of bare four-digit years, since "1400" without grouping may be
/// read as a year on one side and as a count on the other. Full dates and clock times are
/// dates, not numbers, on both sides.
func statedValues(_ text: String, language: String) throws -> Set<String> {
    let document = try Document(text: text, language: language)
    let extraction = Extraction(document)
    let quantities = extraction.numbers.filter { $0.isQuantity && !$0.isWeak }.map { n in
        n.max.map { "\(n.value.plainString)-\($0.plainString)" } ?? n.value.plainString
    }
    let years = extraction.dates.filter { $0.precision == .year }.compactMap { $0.year.map(String.init) }
    return Set(quantities + years)
}

@Suite struct ExtractionEvalTests {
    @Test func extractionRunsOverEveryFieldWithoutACrash() throws {
        try #require(!DemetrDev.cases.isEmpty, "shared/eval/demetr-dev.jsonl not found")
        var mentions = 0
        for c in DemetrDev.cases {
            for (text, lang) in [(c.source, c.lang), (c.reference ?? "", "en"), (c.good ?? "", "en"), (c.bad ?? "", "en")] {
                let document = try Document(text: text, language: lang)
                let e = Extraction(document)
                mentions += e.mentions.count
                for m in e.mentions {
                    #expect(m.range.upperBound <= document.normalized.count)
                }
            }
        }
        #expect(mentions > 5000)
    }

    /// On correct pairs, the numbers read from the source equal those read from the
    /// translation (docs/extraction.md).
    @Test func sourceAndGoodTranslationAgreeOnNumbers() throws {
        let none = DemetrDev.cases.filter { $0.category == "none" && $0.good != nil }
        try #require(!none.isEmpty, "shared/eval/demetr-dev.jsonl not found")
        var agree = 0
        var disagreements: [String] = []
        for c in none {
            let s = try statedValues(c.source, language: c.lang)
            let g = try statedValues(c.good!, language: "en")
            if s == g { agree += 1 } else { disagreements.append("\(c.id) [\(c.lang)] source \(s.sorted()) good \(g.sorted())\n  \(c.source)\n  \(c.good!)") }
        }
        let share = Double(agree) / Double(none.count)
        print("extraction agreement on none pairs: \(agree)/\(none.count) = \(String(format: "%.1f", share * 100))%")
        if ProcessInfo.processInfo.environment["TRANSLINT_VERBOSE"] == "1" {
            print(disagreements.joined(separator: "\n"))
        }
        #expect(share >= 0.97)
    }
}
