import Foundation
import ICUKit

/// A compiled ICU regex shared by a rule: each check works on a clone (a regex holds match
/// state), so the rule itself stays immutable and shareable.
final class RegexPrototype: @unchecked Sendable {
    private let prototype: ICURegex
    private let lock = NSLock()
    /// Clones not in use, handed out again: a clone and its release cost some 2,500
    /// instructions, and the hole and date patterns are matched a dozen times per sentence
    /// pair. A matcher is used by one thread at a time; there are never more idle ones than
    /// threads that used it at once.
    private var idle: [ICURegex] = []

    init(_ regex: ICURegex) { prototype = regex }

    func clone() throws -> ICURegex {
        lock.lock()
        defer { lock.unlock() }
        return try prototype.clone()
    }

    /// Runs `body` with a matcher of its own, taken from the idle ones or cloned.
    func withMatcher<T>(_ body: (ICURegex) throws -> T) throws -> T {
        lock.lock()
        let taken = idle.popLast()
        lock.unlock()
        let matcher = try taken ?? clone()
        defer {
            lock.lock()
            idle.append(matcher)
            lock.unlock()
        }
        return try body(matcher)
    }

    func matches(in text: [UInt16]) throws -> [ICURegex.Match] {
        try withMatcher { try $0.matches(in: text) }
    }

    func matches(in text: [UInt16], startingAt starts: [Int]) throws -> [ICURegex.Match] {
        // (No start, no matcher taken: most texts hold none of a pattern's first units.)
        guard !starts.isEmpty else { return [] }
        return try withMatcher { try $0.matches(in: text, startingAt: starts) }
    }
}

/// `kind: pattern` — an ICU regular expression over the normalized text (or the original,
/// with `text: original`). Matching has a time limit, so a catastrophic pattern stops with an
/// error of this rule instead of hanging the run.
///
/// Options: `pattern` (required), `case-insensitive`, `group` (the capture group that is the
/// finding's span, default 0), `time-limit` (ICU steps, about a millisecond each),
/// `text` (normalized or original), `languages` (target languages it applies to).
/// Message fields: `{match}`, `{1}`, `{2}`, `{3}` (capture groups).
public struct PatternRule: RuleKind {
    public static let name = "pattern"
    public static let optionKeys: Set<String> = ["pattern", "case-insensitive", "group", "time-limit", "text", "languages"]
    public static let messageFields: Set<String> = ["match", "1", "2", "3"]

    let regex: RegexPrototype
    /// The units a match can begin with, when the pattern shows them: the pattern is then
    /// tried only where one stands (most open with a look-behind, behind which ICU finds no
    /// first character and tries every position).
    let firstUnits: RegexFirstUnits?
    let group: Int
    let onOriginal: Bool
    let languages: [String]?

    public init(options: RuleOptions) throws {
        guard let pattern = try options.string("pattern") else { throw options.error("pattern", "missing option 'pattern'") }
        var flags: ICURegex.Options = []
        if try options.bool("case-insensitive") ?? false { flags.insert(.caseInsensitive) }
        let limit = Int32(try options.int("time-limit") ?? Int(ICURegex.defaultTimeLimit))
        do {
            regex = RegexPrototype(try ICURegex(pattern, options: flags, timeLimit: limit))
        } catch let e as ICURegex.PatternError {
            throw options.error("pattern", "\(e) in \(pattern)")
        }
        firstUnits = RegexFirstUnits.of(pattern, caseInsensitive: flags.contains(.caseInsensitive))
        group = try options.int("group") ?? 0
        onOriginal = try options.choice("text", among: ["normalized", "original"], default: "normalized") == "original"
        languages = try options.strings("languages")
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        if let languages, !languages.contains(where: { context.language.hasPrefix($0) }) { return [] }
        let text = onOriginal ? document.visible : document.normalized
        let found: [ICURegex.Match]
        if let firstUnits {
            let starts = firstUnits.starts(in: text)
            found = starts.isEmpty ? [] : try regex.matches(in: text, startingAt: starts)
        } else {
            found = try regex.matches(in: text)
        }
        return found.compactMap { m in
            guard m.groups.count > group, let span = m.groups[group] else { return nil }
            var fields = ["match": String(utf16Units: text[span])]
            for g in 1...3 where g < m.groups.count {
                if let r = m.groups[g] { fields[String(g)] = String(utf16Units: text[r]) }
            }
            return RuleMatch(originalRange: onOriginal ? span : document.original(span), fields: fields)
        }
    }
}

/// `kind: terminology` — forbidden forms of a term, each reported with the required form.
///
/// Options: `required` (the right form), `forbidden` (list of wrong forms), `case-sensitive`
/// (default false), `languages`. Message fields: `{found}`, `{required}`.
public struct TerminologyRule: RuleKind {
    public static let name = "terminology"
    public static let optionKeys: Set<String> = ["required", "forbidden", "case-sensitive", "languages"]
    public static let messageFields: Set<String> = ["found", "required"]

    let required: String
    let regex: RegexPrototype
    let languages: [String]?
    /// The ASCII units a form can begin with (both cases unless case-sensitive); a form
    /// beginning otherwise makes every non-ASCII unit a possible start.
    let asciiStarts: UnitSet
    let caseSensitive: Bool
    let nonASCIIStarts: UnitSet

    public init(options: RuleOptions) throws {
        guard let required = try options.string("required") else { throw options.error("required", "missing option 'required'") }
        guard let forbidden = try options.strings("forbidden"), !forbidden.isEmpty else {
            throw options.error("forbidden", "missing option 'forbidden' (a list of wrong forms)")
        }
        self.required = required
        caseSensitive = try options.bool("case-sensitive") ?? false
        regex = RegexPrototype(try Self.wordsRegex(forbidden, caseSensitive: caseSensitive))
        languages = try options.strings("languages")
        var ascii = UnitSet(), other = UnitSet()
        for form in forbidden {
            guard let u = form.utf16.first else { continue }
            if u < 0x80 {
                ascii.insert(u)
                if !caseSensitive, ASCIIUnit.isLetter(u) { ascii.insert(u ^ 0x20) }
            } else {
                other.insert(u)
            }
        }
        asciiStarts = ascii
        nonASCIIStarts = other
    }

    /// Where a forbidden form can begin: after no letter or digit, at a unit that begins a
    /// form. Case-insensitive matching folds case beyond ASCII (a Kelvin sign is a k), so
    /// there every non-ASCII unit is tried; ICU decides.
    func possibleStarts(_ t: [UInt16]) -> [Int] {
        var starts: [Int] = []
        for p in t.indices {
            let u = t[p]
            if u < 0x80 {
                guard asciiStarts.contains(u) else { continue }
            } else if caseSensitive {
                guard nonASCIIStarts.contains(u) else { continue }
            }
            if p > 0 {
                let v = t[p - 1]
                if v < 0x80 {
                    if ASCIIUnit.isLetterOrDigit(v) { continue }
                } else if let scalar = Unicode.Scalar(v) {
                    switch scalar.properties.generalCategory {
                    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                         .decimalNumber, .letterNumber, .otherNumber: continue
                    default: break
                    }
                }
            }
            starts.append(p)
        }
        return starts
    }

    /// Any of these forms as whole words. Case-insensitivity is scoped to the forms: on the
    /// whole pattern ICU would close the letter classes of the word boundaries over case,
    /// which costs more than all the rest of the start-up.
    static func wordsRegex(_ forms: [String], caseSensitive: Bool) throws -> ICURegex {
        let alternatives = forms.map { "\\Q" + $0.replacingOccurrences(of: "\\E", with: "\\E\\\\E\\Q") + "\\E" }
        let group = (caseSensitive ? "(?:" : "(?i:") + alternatives.joined(separator: "|") + ")"
        return try ICURegex("(?<![\\p{L}\\p{N}])" + group + "(?![\\p{L}\\p{N}])")
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        if let languages, !languages.contains(where: { context.language.hasPrefix($0) }) { return [] }
        // Tried only where a form can begin (a search at every position cost 120,000
        // instructions an article).
        let starts = possibleStarts(document.normalized)
        guard !starts.isEmpty else { return [] }
        return try regex.matches(in: document.normalized, startingAt: starts).map { m in
            RuleMatch(originalRange: document.original(m.range),
                      fields: ["found": document.normalizedString(m.range), "required": required])
        }
    }
}

/// `kind: bracket-balance` — brackets and quotation marks that are opened and not closed, or
/// closed and not opened, within a paragraph. Reads the original text, where the curly quotes
/// are still distinct.
///
/// Options: `check` (`brackets` or `quotes`), `pairs` (list of two-character strings, default
/// by language). Message fields: `{mark}`, `{expected}`.
public struct BracketBalanceRule: RuleKind {
    public static let name = "bracket-balance"
    public static let optionKeys: Set<String> = ["check", "pairs"]
    public static let messageFields: Set<String> = ["mark", "expected"]

    let checkQuotes: Bool
    let pairs: [(Character, Character)]?
    let customMarks: UnitSet

    public init(options: RuleOptions) throws {
        checkQuotes = try options.choice("check", among: ["brackets", "quotes"]) == "quotes"
        if let list = try options.strings("pairs") {
            pairs = try list.map { p in
                let chars = Array(p)
                guard chars.count == 2 else { throw options.error("pairs", "'\(p)' must be two characters, opening and closing") }
                return (chars[0], chars[1])
            }
        } else {
            pairs = nil
        }
        customMarks = Self.marks(of: pairs ?? [])
    }

    /// The units of single-unit marks, and the straight double quote.
    static func marks(of pairs: [(Character, Character)]) -> UnitSet {
        UnitSet(pairs.flatMap { [$0.0, $0.1] }.compactMap { $0.utf16.count == 1 ? $0.utf16.first : nil } + [0x22])
    }

    static let defaultMarks = LockedCache<String, UnitSet>()

    func defaultPairs(_ language: String) -> [(Character, Character)] {
        let base = String(language.prefix(2))
        if checkQuotes {
            switch base {
            case "de": return [("„", "“"), ("»", "«")]
            case "fr": return [("«", "»"), ("“", "”")]
            case "ru": return [("«", "»"), ("„", "“")]
            case "zh", "ja": return [("“", "”"), ("「", "」"), ("『", "』"), ("《", "》")]
            default: return [("“", "”"), ("«", "»")]
            }
        }
        return [("(", ")"), ("[", "]"), ("{", "}"), ("（", "）"), ("【", "】"), ("〔", "〕")]
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let pairs = self.pairs ?? defaultPairs(context.language)
        // Most characters are no mark at all: skip them without making a Character.
        // The marks as a unit map (8 KB): made once per pair list, not per document.
        let marks = self.pairs == nil
            ? Self.defaultMarks.value(for: "\(checkQuotes) \(context.language.prefix(2))") { Self.marks(of: pairs) }
            : customMarks

        let allSingleUnits = pairs.allSatisfy { $0.0.utf16.count == 1 && $0.1.utf16.count == 1 }
        let visible = document.visible
        // The positions of the marks, found in one pass over the text: a paragraph's loop
        // below then visits only them (most paragraphs have none).
        let markPositions = allSingleUnits ? marks.positions(in: visible) : []
        var nextMark = 0
        var matches: [RuleMatch] = []
        for paragraph in document.paragraphs {
            let range = document.original(paragraph)
            var stack: [(Character, Int)] = []
            var straight: [Int] = []
            // This paragraph's marks (all its units when a mark is longer than one unit).
            while nextMark < markPositions.count && markPositions[nextMark] < range.lowerBound { nextMark += 1 }
            var end = nextMark
            while end < markPositions.count && markPositions[end] < range.upperBound { end += 1 }
            let positions: [Int] = allSingleUnits ? Array(markPositions[nextMark..<end]) : Array(range)
            nextMark = end
            if allSingleUnits && positions.isEmpty { continue }
            // Where each closing mark last stands in the paragraph, for straight quotes.
            var lastCloser: [UInt16: Int] = [:]
            if checkQuotes {
                for k in positions { lastCloser[visible[k]] = k }
            }
            for i in positions {
                let u = visible[i]
                guard let scalar = Unicode.Scalar(u) else { continue }
                let c = Character(scalar)
                if checkQuotes && c == "\"" {
                    // A straight quote may stand for either curly one ("...”): it closes an
                    // open quotation, else it opens one.
                    if let top = stack.last, pairs.contains(where: { $0.0 == top.0 }) {
                        stack.removeLast()
                    } else if let closer = pairs.first(where: { p in (lastCloser[p.1.utf16.first!] ?? -1) > i }) {
                        stack.append((closer.0, i))
                    } else {
                        straight.append(i)
                    }
                } else if let open = pairs.first(where: { $0.0 == c }), !(open.0 == open.1) {
                    // A mark that opens one pair and closes another (German “) closes first.
                    if let top = stack.last, let p = pairs.first(where: { $0.0 == top.0 }), p.1 == c {
                        stack.removeLast()
                    } else {
                        stack.append((c, i))
                    }
                } else if let pair = pairs.first(where: { $0.1 == c }) {
                    if let top = stack.last, top.0 == pair.0 {
                        stack.removeLast()
                    } else if let index = stack.lastIndex(where: { $0.0 == pair.0 }) {
                        // Close the matching one; what was opened after it is unclosed.
                        for unclosed in stack[(index + 1)...] {
                            matches.append(mark(unclosed.1, pairs: pairs, document: document))
                        }
                        stack.removeSubrange(index...)
                    } else {
                        matches.append(RuleMatch(originalRange: i..<(i + 1), fields: ["mark": String(c), "expected": String(pair.0)]))
                    }
                }
            }
            for unclosed in stack { matches.append(mark(unclosed.1, pairs: pairs, document: document)) }
            if straight.count % 2 == 1, let last = straight.last {
                matches.append(RuleMatch(originalRange: last..<(last + 1), fields: ["mark": "\"", "expected": "\""]))
            }
        }
        return matches.sorted { $0.originalRange.lowerBound < $1.originalRange.lowerBound }
    }

    func mark(_ offset: Int, pairs: [(Character, Character)], document: Document) -> RuleMatch {
        let c = Character(Unicode.Scalar(document.original[offset]) ?? "?")
        let closing = pairs.first { $0.0 == c }?.1 ?? c
        return RuleMatch(originalRange: offset..<(offset + 1), fields: ["mark": String(c), "expected": String(closing)])
    }
}
