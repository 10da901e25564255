import Foundation
import ICUKit

/// `kind: dropped-name` — a name of the source that has no counterpart in the translation,
/// where the translation shows the hole it left: a preposition with nothing after it ("in ."),
/// a possessive without its owner (" 's"), empty brackets or quotes, a sentence that starts
/// with its verb. Either signal alone is weak (names are often translated, and English has
/// stranded prepositions); together they rarely occur in a correct translation.
///
/// The holes are ICU regexes over the normalized text (quotes folded to ASCII), one list per
/// rule, for the target languages in `languages`. Source names that are too unsure to be
/// reported on their own (German nouns, single Han words) count here, since the hole is the
/// evidence.
///
/// A hole with no unmatched source name to fill it is still reported: extraction misses some
/// names (Chinese place names written with ordinary characters, 重庆, 北京), and the holes
/// are rare in correct translations; the message then names no source word.
///
/// Options: `gaps` (required, list of regexes), `languages`, `time-limit`. Message fields:
/// `{match}` (the hole), `{source}` (up to three source names without a counterpart, or
/// empty), `{because}` ("; the source's X has no counterpart in the translation", or empty).
public struct DroppedNameRule: RuleKind {
    public static let name = "dropped-name"
    public static let optionKeys: Set<String> = ["gaps", "languages", "time-limit"]
    public static let messageFields: Set<String> = ["match", "source", "because"]

    let gaps: [RegexPrototype]
    let languages: [String]?

    public init(options: RuleOptions) throws {
        guard let patterns = try options.strings("gaps"), !patterns.isEmpty else {
            throw options.error("gaps", "missing option 'gaps' (a list of regexes)")
        }
        let limit = Int32(try options.int("time-limit") ?? Int(ICURegex.defaultTimeLimit))
        // The patterns that open with the same sentence-start look-behind, and those that open
        // with \b, are searched as one alternation each: ICU tests such an opening at every
        // position, once instead of once per pattern (callgrind, 2,000 pairs: the hole search
        // 1.39 G -> 1.23 G instructions). Overlapping holes are one finding anyway. Each
        // pattern is also compiled alone first, so that an error names the pattern.
        let sentenceStart = "(?:^|(?<=[.!?]\\s))"
        for pattern in patterns {
            do { _ = try ICURegex(pattern, options: [.multiline], timeLimit: limit) } catch let e as ICURegex.PatternError {
                throw options.error("gaps", "\(e) in \(pattern)")
            }
        }
        let atSentenceStart = patterns.filter { $0.hasPrefix(sentenceStart) }
        let atWordStart = patterns.filter { $0.hasPrefix("\\b") }
        var searched = patterns.filter { !$0.hasPrefix(sentenceStart) && !$0.hasPrefix("\\b") }
        if !atWordStart.isEmpty {
            searched.append("\\b(?:" + atWordStart.map { "(?:" + $0.dropFirst(2) + ")" }.joined(separator: "|") + ")")
        }
        if !atSentenceStart.isEmpty {
            searched.append(sentenceStart + "(?:" + atSentenceStart.map { "(?:" + $0.dropFirst(sentenceStart.count) + ")" }.joined(separator: "|") + ")")
        }
        gaps = try searched.map { pattern in
            do {
                return RegexPrototype(try ICURegex(pattern, options: [.multiline], timeLimit: limit))
            } catch let e as ICURegex.PatternError {
                throw options.error("gaps", "\(e) in \(pattern)")
            }
        }
        languages = try options.strings("languages")
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        guard let source = context.source else { return [] }
        if let languages, !languages.contains(where: { context.language.hasPrefix($0) }) { return [] }
        var holes: [Range<Int>] = []
        for gap in gaps {
            holes += try gap.clone().matches(in: document.normalized).map(\.range)
        }
        guard !holes.isEmpty else { return [] }
        // Sure names first, then the unsure ones, which are compared only now.
        let unmatched = context.comparison(of: document, with: source).unmatchedSourceNames
            + context.unmatchedUnsureNames(of: document, with: source)
        // One finding per hole, in text order; overlapping holes are one.
        var findings: [RuleMatch] = []
        var last: Range<Int>?
        for hole in holes.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let l = last, l.overlaps(hole) { continue }
            last = hole
            // The first word of a source sentence may be an ordinary word: it is a candidate
            // only for a hole at the start of a sentence ("Is generally considered...").
            let atStart = Self.startsSentence(hole.lowerBound, in: document)
            let candidates = unmatched.filter { !$0.isUncertain || atStart }
            var seen = Set<String>()
            let names = candidates.map(\.text).filter { seen.insert($0).inserted }.prefix(3).joined(separator: ", ")
            var notes: [Note] = []
            if let first = candidates.first {
                let firstRange = source.document.original(first.range)
                notes.append(Note(message: "source", path: source.document.path, location: source.document.location(ofOriginal: firstRange),
                                  excerpt: source.document.originalString(firstRange)))
            }
            findings.append(RuleMatch(
                originalRange: document.original(hole),
                fields: ["match": document.normalizedString(hole), "source": names,
                         "because": names.isEmpty ? "" : "; the source's \(names) has no counterpart in the translation"],
                notes: notes))
        }
        return findings
    }

    /// Whether an offset is the start of a sentence, opening quotes and spaces aside.
    static func startsSentence(_ offset: Int, in document: Document) -> Bool {
        let t = document.normalized
        var k = offset
        while k < t.count, t[k] == 0x22 || t[k] == 0x27 || t[k] == 0x20 { k += 1 }
        return document.sentences.contains { s in
            var start = s.lowerBound
            while start < t.count, t[start] == 0x22 || t[start] == 0x27 || t[start] == 0x20 { start += 1 }
            return start == k
        }
    }
}
