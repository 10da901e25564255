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

    /// Where a gap pattern is tried: where its pattern's opening `(?:^|(?<=[.!?]\s))` can
    /// hold, where one of the units it can begin with stands, or (when neither is known)
    /// over the whole text.
    enum Starts {
        case sentenceStarts
        case firstUnits(RegexFirstUnits)
        case everywhere
    }
    let gaps: [(regex: RegexPrototype, starts: Starts)]
    /// Patterns that open with \b and a word (`\b(?:in|of|the)\s+...`), each with the
    /// words it can begin with: tried only where the text has one of them at a word start.
    let wordGaps: [(regex: RegexPrototype, firstWords: [[UInt16]])]
    /// For each of `wordGaps`, the units that can follow its opening words once spaces are
    /// passed (`\s*[,;.]` after "in|of|at"), when the pattern shows them: a word start is
    /// tried only where one of them follows. Most "the", "of" and "in" of a text are followed
    /// by an ordinary word, which no hole pattern accepts.
    let wordGapFollowers: [RegexFirstUnits?]
    /// For each of `wordGaps`, the words that must follow its opening words and white space,
    /// when the pattern shows them (`\b(?:[Tt]he|an?)\s+(?:of|in|...)\b` after "the"): a
    /// word start is tried only where one of them follows. "the" and "in" begin a third of
    /// the patterns, and a regex try costs some 2,600 instructions even when it fails at once.
    let wordGapSecondWords: [[[UInt16]]?]
    /// For each ASCII unit, the word patterns with a first word that begins with it, and
    /// that word: one look-up per word start for all the patterns.
    let wordGapsByFirstUnit: [[(gap: Int, word: [UInt16])]]
    let languages: [String]?
    /// For each ASCII unit, the gaps tried at their first units (`Starts.firstUnits`, ASCII
    /// units only) that can begin with it, as bits of their index in `gaps`: one pass over
    /// the text finds where each is tried (a pass per pattern cost 2,300 instructions a pair).
    let unitGapsByASCII: [UInt64]
    /// Of those, the gaps whose pattern opens with `(?<=\s)`, as bits: not tried after an
    /// ASCII unit that is not white space. ("(?<=\s)(?:ian|ism|ese)" begins with i or e, a
    /// tenth of the letters of English; each try costs ICU over a thousand instructions.)
    let unitGapsAfterWhiteSpace: UInt64

    public init(options: RuleOptions) throws {
        guard let patterns = try options.strings("gaps"), !patterns.isEmpty else {
            throw options.error("gaps", "missing option 'gaps' (a list of regexes)")
        }
        let limit = Int32(try options.int("time-limit") ?? Int(ICURegex.defaultTimeLimit))
        func compiled(_ pattern: String) throws -> ICURegex {
            do { return try ICURegex(pattern, options: [.multiline], timeLimit: limit) } catch let e as ICURegex.PatternError {
                throw options.error("gaps", "\(e) in \(pattern)")
            }
        }
        // Each pattern is compiled alone, so that an error names the pattern. One whose first
        // words are known is used as it is, tried only where one of its words begins: its
        // words are common ("in", "the"), but each is tried a few times per text instead of
        // at every position (the hole search was 11% of a pairs run).
        let alone = try patterns.map(compiled)
        let firstWords = patterns.map(Self.firstWords)
        wordGaps = zip(alone, firstWords).compactMap { regex, words in words.map { (RegexPrototype(regex), $0) } }
        wordGapFollowers = zip(patterns, firstWords).filter { $0.1 != nil }
            .map { pattern, _ in Self.afterFirstWords(of: pattern).flatMap(RegexFirstUnits.afterWhiteSpace(in:)) }
        wordGapSecondWords = zip(patterns, firstWords).filter { $0.1 != nil }.map { pattern, _ in Self.secondWords(of: pattern) }
        var byFirstUnit = [[(gap: Int, word: [UInt16])]](repeating: [], count: 128)
        for (g, gap) in wordGaps.enumerated() {
            for word in gap.firstWords where word[0] < 128 { byFirstUnit[Int(word[0])].append((g, word)) }
        }
        wordGapsByFirstUnit = byFirstUnit
        let wordFirstPatterns = Set(zip(patterns, firstWords).filter { $0.1 != nil }.map(\.0))
        // The other patterns that open with the same sentence-start look-behind, and those
        // that open with \b, are searched as one alternation each: ICU tests such an opening
        // at every position, once instead of once per pattern (callgrind, 2,000 pairs: the
        // hole search 1.39 G -> 1.23 G instructions). Overlapping holes are one finding anyway.
        let sentenceStart = "(?:^|(?<=[.!?]\\s))"
        let atSentenceStart = patterns.filter { $0.hasPrefix(sentenceStart) }
        let atWordStart = patterns.filter { $0.hasPrefix("\\b") && !wordFirstPatterns.contains($0) }
        // The rest are tried only where a unit they can begin with stands, when the pattern
        // shows which (",\\s*," at commas): searched over every position, each cost some
        // 6,000 instructions a pair, and most pairs hold none of their units.
        var searched: [(String, Starts)] = patterns.filter { !$0.hasPrefix(sentenceStart) && !$0.hasPrefix("\\b") }.map { pattern in
            (pattern, RegexFirstUnits.of(pattern).map(Starts.firstUnits) ?? .everywhere)
        }
        if !atWordStart.isEmpty {
            searched.append(("\\b(?:" + atWordStart.map { "(?:" + $0.dropFirst(2) + ")" }.joined(separator: "|") + ")", .everywhere))
        }
        // The sentence-start patterns are tried only where a sentence can start: ICU finds no
        // first character behind the look-behind and tried the alternation at every position.
        if !atSentenceStart.isEmpty {
            searched.append((sentenceStart + "(?:" + atSentenceStart.map { "(?:" + $0.dropFirst(sentenceStart.count) + ")" }.joined(separator: "|") + ")", .sentenceStarts))
        }
        gaps = try searched.map { (RegexPrototype(try compiled($0.0)), $0.1) }
        var byASCII = [UInt64](repeating: 0, count: 128)
        for (g, gap) in gaps.enumerated() where g < 64 {
            guard case .firstUnits(let units) = gap.starts, units.isASCII else { continue }
            for u in 0..<128 where units.contains(UInt16(u)) { byASCII[u] |= 1 << UInt64(g) }
        }
        unitGapsByASCII = byASCII
        unitGapsAfterWhiteSpace = searched.enumerated().reduce(0) { bits, item in
            item.offset < 64 && item.element.0.hasPrefix("(?<=\\s)") ? bits | 1 << UInt64(item.offset) : bits
        }
        languages = try options.strings("languages")
    }

    /// The words a pattern can begin with, when it opens with \b and then literal letters,
    /// or a group of alternatives that each do ("\\b(?:[Tt]he|an?)\\s" -> The, the, a); nil
    /// when it does not, or when case may be ignored. A letter made optional by ?, * or {
    /// is left off: the words are prefixes of what matches.
    static func firstWords(of pattern: String) -> [[UInt16]]? {
        guard pattern.hasPrefix("\\b"), !RegexFirstUnits.setsFlags(Array(pattern.unicodeScalars)),
              !RegexFirstUnits.hasTopLevelAlternation(pattern) else { return nil }
        let rest = Array(pattern.unicodeScalars.dropFirst(2))
        var alternatives: [ArraySlice<Unicode.Scalar>] = []
        if rest.starts(with: "(?:".unicodeScalars) {
            // The group's alternatives at its own depth.
            var depth = 0, k = 0, start = 3
            while k < rest.count {
                switch rest[k] {
                case "\\": k += 1
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 {
                        // An optional group ("(?:Also\\s+)?Won") opens no word a match must begin with.
                        if k + 1 < rest.count, "?*".unicodeScalars.contains(rest[k + 1]) || (rest[k + 1] == "{" && k + 2 < rest.count && rest[k + 2] == "0") { return nil }
                        alternatives.append(rest[start..<k]); k = rest.count; continue
                    }
                case "|" where depth == 1: alternatives.append(rest[start..<k]); start = k + 1
                default: break
                }
                k += 1
            }
            guard depth == 0 else { return nil }
        } else {
            alternatives = [rest[...]]
        }
        var words: [[UInt16]] = []
        for alternative in alternatives {
            var options: [String] = [""]
            var k = alternative.startIndex
            scan: while k < alternative.endIndex {
                let c = alternative[k]
                if c.properties.isAlphabetic && c.isASCII {
                    options = options.map { $0 + String(c) }
                } else if c == "[", options == [""], let close = alternative[k...].firstIndex(of: "]"),
                          alternative[(k + 1)..<close].allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
                    options = alternative[(k + 1)..<close].map { String($0) }
                    k = close
                } else {
                    if c == "?" || c == "*" || c == "{" { options = options.map { String($0.dropLast()) } }
                    break scan
                }
                k += 1
            }
            guard options.allSatisfy({ !$0.isEmpty }) else { return nil }
            words += options.map { Array($0.utf16) }
        }
        return words.isEmpty ? nil : words
    }

    /// What follows a pattern's opening words, when those are only ASCII letters, letters
    /// made optional and classes of letters (`\b(?:[Tt]he|an?)`, `\bon`): the text after the
    /// first words then holds at most more letters before it. nil otherwise.
    static func afterFirstWords(of pattern: String) -> String? {
        guard pattern.hasPrefix("\\b") else { return nil }
        let p = Array(pattern.unicodeScalars.dropFirst(2))
        func isLetter(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.properties.isAlphabetic }
        /// The index after letters, optional letters and classes of letters from `k`.
        func letters(from k: Int) -> Int? {
            var k = k
            while k < p.count {
                if isLetter(p[k]) {
                    k += 1
                    if k < p.count, p[k] == "?" { k += 1 }
                } else if p[k] == "[", let close = p[k...].firstIndex(of: "]"), close > k + 1, p[(k + 1)..<close].allSatisfy(isLetter) {
                    k = close + 1
                } else {
                    break
                }
            }
            return k
        }
        var end: Int
        if p.starts(with: "(?:".unicodeScalars) {
            var k = 3
            while true {
                guard let e = letters(from: k), e > k, e < p.count else { return nil }
                if p[e] == "|" { k = e + 1; continue }
                guard p[e] == ")" else { return nil }
                end = e + 1
                break
            }
        } else {
            guard let e = letters(from: 0), e > 0 else { return nil }
            end = e
        }
        // An optional group of words gives no words to begin with.
        if end < p.count, "?*+{".unicodeScalars.contains(p[end]) { return nil }
        return String(String.UnicodeScalarView(p[end...]))
    }

    /// The words that must follow a pattern's opening words after white space, when the
    /// pattern goes on with `\s+` and then words as `firstWords` reads them
    /// (`\b(?:to|at)\s+(?:on|at)\s+...` -> on, at); nil otherwise.
    static func secondWords(of pattern: String) -> [[UInt16]]? {
        guard let after = afterFirstWords(of: pattern), after.hasPrefix("\\s+") else { return nil }
        let rest = Array(after.unicodeScalars.dropFirst(3))
        // A group of words made optional ("(?:Also\\s+)?") gives no words that must follow.
        if rest.starts(with: "(?:".unicodeScalars) {
            var depth = 0, k = 0
            while k < rest.count {
                if rest[k] == "\\" { k += 2; continue }
                if rest[k] == "(" { depth += 1 }
                if rest[k] == ")" { depth -= 1; if depth == 0 { break } }
                k += 1
            }
            guard k < rest.count else { return nil }
            if k + 1 < rest.count, "?*{".unicodeScalars.contains(rest[k + 1]) { return nil }
        }
        return firstWords(of: "\\b" + String(String.UnicodeScalarView(rest)))
    }

    /// Whether, after opening words that end at `q`, what follows can be white space and one
    /// of `words`: past any further letters (a letter made optional), at least one unit of
    /// white space, then a unit sequence that begins with one of the words.
    static func mayContinue(_ t: UnsafeBufferPointer<UInt16>, at q: Int, withWordOf words: [[UInt16]]) -> Bool {
        var k = q
        while k < t.count, ASCIIUnit.isLetter(t[k]) { k += 1 }
        guard k < t.count, RegexWhiteSpace.mayBe(t[k]) else { return false }
        while k < t.count, RegexWhiteSpace.mayBe(t[k]) { k += 1 }
        return words.contains { w in
            k + w.count <= t.count && w.indices.allSatisfy { t[k + $0] == w[$0] }
        }
    }

    /// Whether, after opening words that end at `q`, what follows can be one of `followers`:
    /// past any further letters (a letter made optional, "an" for "a"), a follower, or white
    /// space and then a follower.
    static func mayContinue(_ t: UnsafeBufferPointer<UInt16>, at q: Int, with followers: RegexFirstUnits) -> Bool {
        var k = q
        while k < t.count {
            let u = t[k]
            if followers.contains(u) { return true }
            if RegexWhiteSpace.mayBe(u) {
                var j = k
                while j < t.count, RegexWhiteSpace.mayBe(t[j]) { j += 1 }
                return j < t.count && followers.contains(t[j])
            }
            guard ASCIIUnit.isLetter(u) else { return false }
            k += 1
        }
        return false
    }

    /// Every ASCII letter in `t` after no ASCII letter, digit or underscore (after anything
    /// else ICU decides whether \b holds): where a word of `firstWords` may begin.
    static func asciiWordStarts(_ t: [UInt16]) -> [Int] {
        var starts: [Int] = []
        for p in t.indices {
            let u = t[p]
            guard ASCIIUnit.isLetter(u) else { continue }
            if p > 0 {
                let v = t[p - 1]
                if ASCIIUnit.isLetterOrDigit(v) || v == 0x5F { continue }
            }
            starts.append(p)
        }
        return starts
    }

    /// Every offset where `(?:^|(?<=[.!?]\s))` can hold in multiline mode: the start, after a
    /// line terminator, after ".", "!" or "?" and one white-space unit (supersets of ICU's).
    static func sentenceStarts(_ t: [UInt16]) -> [Int] {
        var starts = t.isEmpty ? [] : [0]
        for p in t.indices.dropFirst() {
            let u = t[p - 1]
            if (0x0A...0x0D).contains(u) || u == 0x85 || u == 0x2028 || u == 0x2029 {
                starts.append(p)
            } else if p >= 2, t[p - 2] == 0x2E || t[p - 2] == 0x21 || t[p - 2] == 0x3F, RegexWhiteSpace.mayBe(u) {
                starts.append(p)
            }
        }
        return starts
    }

    /// For each of `wordGaps`, the word starts of `t` at which one of its first words
    /// begins, in text order. (firstWords only holds ASCII letters, and each word start is
    /// one.)
    func wordGapStarts(in t: [UInt16]) -> [[Int]] {
        var starts = [[Int]](repeating: [], count: wordGaps.count)
        t.withUnsafeBufferPointer { buffer in
            for p in Self.asciiWordStarts(t) where t[p] < 128 {
                for (g, w) in wordGapsByFirstUnit[Int(t[p])] where starts[g].last != p {
                    guard p + w.count <= t.count && Self.hasWord(buffer, at: p, w) else { continue }
                    if let followers = wordGapFollowers[g], !Self.mayContinue(buffer, at: p + w.count, with: followers) { continue }
                    if let words = wordGapSecondWords[g], !Self.mayContinue(buffer, at: p + w.count, withWordOf: words) { continue }
                    starts[g].append(p)
                }
            }
        }
        return starts
    }

    /// Whether `t` holds `word` at `p` (in bounds): a loop on the buffer, where the generic
    /// slice comparison was most of this search's 8,700 instructions a pair.
    static func hasWord(_ t: UnsafeBufferPointer<UInt16>, at p: Int, _ word: [UInt16]) -> Bool {
        for k in word.indices where t[p + k] != word[k] { return false }
        return true
    }

    /// Where each gap of `unitGapsByASCII` is tried in `t`, by its index in `gaps` (the first
    /// 64): what `RegexFirstUnits.starts` gives, in one pass.
    func asciiUnitGapStarts(in t: [UInt16]) -> [[Int]] {
        var starts = [[Int]](repeating: [], count: min(gaps.count, 64))
        for (k, u) in t.enumerated() where u < 128 {
            var bits = unitGapsByASCII[Int(u)]
            // (Only an ASCII unit is known here not to be white space; ICU judges the rest.)
            if bits & unitGapsAfterWhiteSpace != 0, k > 0, case let before = t[k - 1], before < 128,
               !(before == 0x20 || (0x09...0x0D).contains(before)) {
                bits &= ~unitGapsAfterWhiteSpace
            }
            while bits != 0 {
                let g = bits.trailingZeroBitCount
                starts[g].append(k)
                bits &= bits - 1
            }
        }
        return starts
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        guard let source = context.source else { return [] }
        if let languages, !languages.contains(where: { context.language.hasPrefix($0) }) { return [] }
        var holes: [Range<Int>] = []
        let t = document.normalized
        let unitStarts = asciiUnitGapStarts(in: t)
        for (g, gap) in gaps.enumerated() {
            let found: [ICURegex.Match]
            switch gap.starts {
            case .sentenceStarts: found = try gap.regex.matches(in: t, startingAt: Self.sentenceStarts(t))
            case .firstUnits(let units):
                found = try gap.regex.matches(in: t, startingAt: g < 64 && units.isASCII ? unitStarts[g] : units.starts(in: t))
            case .everywhere: found = try gap.regex.matches(in: t)
            }
            holes += found.map(\.range)
        }
        for (g, starts) in wordGapStarts(in: document.normalized).enumerated() where !starts.isEmpty {
            holes += try wordGaps[g].regex.matches(in: document.normalized, startingAt: starts).map(\.range)
        }
        guard !holes.isEmpty else { return [] }
        // Sure names first, then the unsure ones, which are compared only now.
        let unmatched = context.comparison(of: document, with: source).value.unmatchedSourceNames
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
