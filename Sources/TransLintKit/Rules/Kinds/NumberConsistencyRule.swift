import Foundation
import ICUKit

/// `kind: number-consistency` — numbers of one document that cannot all be right.
///
/// `check` selects the test:
/// - `count`: one counted thing with two values ("three rescue helicopters" ... "four rescue
///   helicopters"): the two content words right after the number name the thing. English only
///   (the words that end a noun phrase are English).
/// - `digits-words`: a number and its repetition in brackets disagree ("eight (9)").
/// - `share`: a percentage over 100 where the sentence speaks of a share ("accounted for 120%").
/// - `decimal-comma`: digits in another language's notation ("3,5 million" in English).
/// - `mixed-grouping`: thousands grouped two ways in one document ("10,000" and "10 000").
///
/// Message fields: `{value}`, `{other}`, `{thing}`, `{line}`, `{otherLine}`, `{text}`.
public struct NumberConsistencyRule: RuleKind {
    public static let name = "number-consistency"
    public static let optionKeys: Set<String> = ["check"]
    public static let messageFields: Set<String> = ["value", "other", "thing", "line", "otherLine", "text"]

    enum Check: String { case count, digitsWords = "digits-words", share, decimalComma = "decimal-comma", mixedGrouping = "mixed-grouping" }
    let check: Check

    public init(options: RuleOptions) throws {
        check = Check(rawValue: try options.choice("check", among: ["count", "digits-words", "share", "decimal-comma", "mixed-grouping"]))!
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let numbers = context.mentions(in: document).numbers.filter { $0.isQuantity }
        switch check {
        case .count: return context.language.hasPrefix("en") ? counts(numbers, document) : []
        case .digitsWords: return digitsWords(numbers, document)
        case .share: return shares(numbers, document)
        case .decimalComma:
            return numbers.filter(\.usesForeignNotation).map { n in
                RuleMatch(originalRange: document.original(n.numeralRange),
                          fields: ["text": document.normalizedString(n.numeralRange), "value": n.value.plainString,
                                   "line": String(document.line(ofNormalized: n.valueRange))])
            }
        case .mixedGrouping: return mixedGrouping(numbers, document)
        }
    }

    static func words(after end: Int, in document: Document, count: Int) -> [(String, Range<Int>)] {
        let s = TextScanner(document)
        var result: [(String, Range<Int>)] = []
        var i = end
        while result.count < count {
            let k = s.skipSpaces(i)
            guard k > i || result.isEmpty, s.isAlphabeticLetter(k) else { break }
            let e = s.wordEnd(k)
            result.append((s.string(k..<e).lowercased(), k..<e))
            i = e
        }
        return result
    }

    func counts(_ numbers: [NumberMention], _ document: Document) -> [RuleMatch] {
        var first: [String: NumberMention] = [:]
        var matches: [RuleMatch] = []
        let s = TextScanner(document)
        for n in numbers where !n.isWeak && !n.isOrdinal && n.unit == nil && n.max == nil && n.qualifier == nil && !n.isFraction {
            let after = Self.words(after: n.range.upperBound, in: document, count: 2)
            guard after.count == 2, after.allSatisfy({ !LexicalData.englishStopwords.contains($0.0) && $0.0.count > 2 }) else { continue }
            // "another three rescue helicopters" adds to a count; it does not restate it.
            let b = s.skipSpacesBack(n.range.lowerBound)
            let previous = s.string(s.wordStart(b)..<b).lowercased()
            if ["another", "more", "additional", "other", "extra", "further", "of", "the", "those", "these", "first", "last", "all"].contains(previous) { continue }
            var thing = after.map(\.0)
            if thing[1].hasSuffix("s") { thing[1].removeLast() }
            let key = thing.joined(separator: " ")
            if let earlier = first[key] {
                if earlier.value != n.value {
                    matches.append(RuleMatch(
                        originalRange: document.original(n.valueRange),
                        fields: ["value": document.normalizedString(n.valueRange), "other": document.normalizedString(earlier.valueRange),
                                 "thing": after.map(\.0).joined(separator: " "),
                                 "line": String(document.line(ofNormalized: n.range)),
                                 "otherLine": String(document.line(ofNormalized: earlier.range))],
                        notes: [document.note("first stated here", at: earlier.valueRange)]))
                }
            } else {
                first[key] = n
            }
        }
        return matches
    }

    func digitsWords(_ numbers: [NumberMention], _ document: Document) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        for (a, b) in zip(numbers, numbers.dropFirst()) where a.isSpelledOut != b.isSpelledOut {
            // Only "(" between them, spaces aside: read the units rather than make a string of
            // everything between two numbers.
            let between = document.normalized[a.numeralRange.upperBound..<max(a.numeralRange.upperBound, b.numeralRange.lowerBound)]
            guard between.count <= 16, between.filter({ $0 == 0x28 }).count == 1,
                  between.allSatisfy({ $0 == 0x28 || $0 == 0x20 || $0 == 0x09 || $0 == 0xA0 }) else { continue }
            let closing = b.numeralRange.upperBound < document.normalized.count ? document.normalized[b.numeralRange.upperBound] : 0
            guard closing == 0x29, a.value != b.value else { continue }
            matches.append(RuleMatch(
                originalRange: document.original(b.numeralRange),
                fields: ["value": document.normalizedString(b.numeralRange), "other": document.normalizedString(a.numeralRange),
                         "line": String(document.line(ofNormalized: b.range)), "otherLine": String(document.line(ofNormalized: a.range))]))
        }
        return matches
    }

    func shares(_ numbers: [NumberMention], _ document: Document) -> [RuleMatch] {
        numbers.filter { $0.unit == "%" && $0.value > 100 }.compactMap { n in
            guard let si = document.sentenceIndex(of: n.range.lowerBound) else { return nil }
            let sentence = document.normalizedString(document.sentences[si]).lowercased()
            guard LexicalData.shareCues.contains(where: { sentence.contains($0) }) else { return nil }
            return RuleMatch(originalRange: document.original(n.valueRange),
                             fields: ["value": document.normalizedString(n.valueRange), "line": String(document.line(ofNormalized: n.range))])
        }
    }

    /// The grouping mark of a number written with one ("10,000" -> ",").
    static func groupingMark(_ text: String) -> Character? {
        let digitsAndMarks = text.drop { !$0.isNumber }
        var sawDigit = false
        var mark: Character?
        var run = 0
        for c in digitsAndMarks {
            if c.isNumber { sawDigit = true; run += 1; continue }
            if sawDigit && [",", ".", " ", "'"].contains(c) {
                mark = c
                run = 0
                continue
            }
            break
        }
        // A mark followed by exactly three digits is grouping; "3.5" is a decimal.
        return run == 3 ? mark : nil
    }

    func mixedGrouping(_ numbers: [NumberMention], _ document: Document) -> [RuleMatch] {
        var byMark: [Character: [NumberMention]] = [:]
        // Numbers in a foreign notation are the decimal-comma rule's finding.
        for n in numbers where !n.isSpelledOut && n.value >= 1000 && !n.usesForeignNotation {
            let text = document.normalizedString(n.valueRange)
            if let mark = Self.groupingMark(text) { byMark[mark, default: []].append(n) }
        }
        guard byMark.count >= 2 else { return [] }
        // The most used mark is the document's convention; on a tie, the comma.
        let main = byMark.max { ($0.value.count, $0.key == "," ? 1 : 0) < ($1.value.count, $1.key == "," ? 1 : 0) }!
        var matches: [RuleMatch] = []
        for (mark, list) in byMark where mark != main.key {
            for n in list {
                matches.append(RuleMatch(
                    originalRange: document.original(n.valueRange),
                    fields: ["value": document.normalizedString(n.valueRange), "other": document.normalizedString(main.value[0].valueRange),
                             "line": String(document.line(ofNormalized: n.range)),
                             "otherLine": String(document.line(ofNormalized: main.value[0].range))],
                    notes: [document.note("grouped with \"\(main.key == " " ? "space" : String(main.key))\" here", at: main.value[0].valueRange)]))
            }
        }
        return matches.sorted { $0.originalRange.lowerBound < $1.originalRange.lowerBound }
    }
}
