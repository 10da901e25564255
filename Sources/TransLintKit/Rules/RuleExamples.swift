/// A rule's own examples: texts it must flag (with the flagged spans marked `⟦…⟧`) and texts
/// it must leave alone. The test suite runs them all, also under variants of the text.
public struct RuleExamples: Sendable {
    public struct Example: Sendable {
        /// The text with its `⟦…⟧` marks.
        public var marked: String
        /// Target language of the example, when not the default.
        public var language: String?
        /// Article date of the example ("2025-11-11"), for rules that need one.
        public var date: String?
        /// The source text the example translates, and its language, for rules that compare.
        public var source: String?
        public var sourceLanguage: String?
        /// The fact sheet the example is checked against, for fact-sheet rules, read when the
        /// example runs: reading it builds number lexicons that a plain check never needs.
        var factsNode: YAMLNode?
        public var facts: FactSheet? { factsNode.flatMap { try? FactSheet.parse($0) } }
        /// Where in the rule file the example is.
        public var line: Int?
    }

    public var triggering: [Example]
    public var nonTriggering: [Example]

    public static let openMark: Character = "⟦"
    public static let closeMark: Character = "⟧"

    /// The text without marks, and the marked spans as UTF-16 offsets into that text.
    public static func unmark(_ marked: String) -> (text: String, spans: [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = 0
        for ch in marked {
            if ch == openMark {
                open = offset
            } else if ch == closeMark, let o = open {
                spans.append(o..<offset)
                open = nil
            } else {
                text.append(ch)
                offset += ch.utf16.count
            }
        }
        return (text, spans)
    }
}

/// Runs a rule's examples. A variant rewrites the example text (prefix, NFD, CRLF) and the
/// expected spans with it; the finding must cover the same original text each time.
public enum ExampleRunner {
    public enum Variant: String, CaseIterable, Sendable {
        case plain, multiByteprefix = "multi-byte prefix", nfd = "NFD", crlf = "CRLF"
    }

    public struct Failure: Sendable, CustomStringConvertible {
        public let rule: String
        public let example: String
        public let variant: Variant
        public let problem: String
        public var description: String { "\(rule) [\(variant.rawValue)] \(problem): \(example)" }
    }

    /// A prefix with a surrogate pair and a precomposed letter, on its own line so that it
    /// forms its own sentence.
    static let prefix = "😀 Café.\n"

    static func apply(_ variant: Variant, to marked: String) -> String {
        switch variant {
        case .plain: return marked
        case .multiByteprefix: return prefix + marked
        case .nfd: return (try? ICUNormalization.nfd(marked)) ?? marked
        case .crlf: return marked.replacingLineFeeds()
        }
    }

    public static func run(_ rule: Rule) -> [Failure] {
        var failures: [Failure] = []
        func check(_ example: RuleExamples.Example, expectTrigger: Bool) {
            for variant in Variant.allCases {
                let (text, spans) = RuleExamples.unmark(apply(variant, to: example.marked))
                let language = example.language ?? "en"
                do {
                    let document = try Document(text: text, path: "<example>", language: language)
                    var context = CheckContext(language: language, articleDate: example.date)
                    if let source = example.source {
                        let sourceDocument = try Document(text: source, path: "<source>", language: example.sourceLanguage ?? "zh")
                        context.source = SourceReference(sourceDocument, articleDate: example.date.flatMap(CalendarDate.init(iso:)))
                    }
                    if let facts = example.facts {
                        context.facts = facts
                        if context.articleDate == nil { context.articleDate = facts.date }
                    }
                    let found = try rule.check(document, context: context)
                    let foundTexts = found.map(\.originalRange).map { document.originalString($0) }.sorted()
                    let expected = spans.map { document.originalString($0) }.sorted()
                    if expectTrigger {
                        if found.map(\.originalRange).sorted(by: { $0.lowerBound < $1.lowerBound }) != spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                            failures.append(Failure(
                                rule: rule.id, example: example.marked, variant: variant,
                                problem: "expected \(expected) but found \(foundTexts)"))
                        }
                    } else if !found.isEmpty {
                        failures.append(Failure(
                            rule: rule.id, example: example.marked, variant: variant,
                            problem: "expected nothing but found \(foundTexts)"))
                    }
                } catch {
                    failures.append(Failure(rule: rule.id, example: example.marked, variant: variant, problem: "threw \(error)"))
                }
            }
        }
        for e in rule.examples.triggering { check(e, expectTrigger: true) }
        for e in rule.examples.nonTriggering { check(e, expectTrigger: false) }
        return failures
    }
}

extension String {
    func replacingLineFeeds() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\n" { out += "\r\n" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

import ICUKit

enum ICUNormalization {
    static func nfd(_ s: String) throws -> String { try Normalizer.nfd.normalize(s) }
}
