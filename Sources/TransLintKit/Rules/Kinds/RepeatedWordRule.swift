import Foundation

/// `kind: repeated-word` — the same word twice in a row, case aside ("the the", "The the"),
/// with only white space between. A regex with a back-reference did this at every word start
/// and cost more than all the other rules together; here one pass over the words does it.
///
/// Options: `exceptions` (words that may stand twice: "that", "had"), `languages`.
/// Message field: `{word}`.
public struct RepeatedWordRule: RuleKind {
    public static let name = "repeated-word"
    public static let optionKeys: Set<String> = ["exceptions", "languages"]
    public static let messageFields: Set<String> = ["word"]

    let exceptions: Set<String>
    let languages: [String]?

    public init(options: RuleOptions) throws {
        exceptions = Set((try options.strings("exceptions") ?? []).map { $0.lowercased() })
        languages = try options.strings("languages")
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        if let languages, !languages.contains(where: { context.language.hasPrefix($0) }) { return [] }
        let s = TextScanner(document)
        var matches: [RuleMatch] = []
        // Read through a buffer pointer: the loop visits every unit, and array accesses with
        // their checks were most of its cost.
        s.t.withUnsafeBufferPointer { t in
            let n = t.count
            /// Letters, digits, marks and "_" join a word: a word is only whole between others.
            func joins(_ i: Int) -> Bool {
                guard i >= 0 && i < n else { return false }
                let u = t[i]
                if u < 0x80 { return ASCIIUnit.isLetterOrDigit(u) || u == 0x5F }
                return s.isAlphabeticLetter(i) || s.isMark(i) || (Unicode.Scalar(u)?.properties.numericType != nil)
            }
            func isLetter(_ i: Int) -> Bool {
                let u = t[i]
                if u < 0x80 { return ASCIIUnit.isLetter(u) }
                return Unicode.Scalar(u)?.properties.generalCategory.isLetter ?? false
            }
            /// Whether two words are the same, case aside. ASCII words (letters only here) are
            /// compared unit by unit, without making strings: most pairs differ.
            func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
                // Different ASCII first letters: different words, however the rest is written.
                let (x, y) = (t[a.lowerBound], t[b.lowerBound])
                if x < 0x80 && y < 0x80 && x | 0x20 != y | 0x20 { return false }
                if t[a].allSatisfy({ $0 < 0x80 }) && t[b].allSatisfy({ $0 < 0x80 }) {
                    return a.count == b.count && zip(t[a], t[b]).allSatisfy { $0 | 0x20 == $1 | 0x20 }
                }
                return String(utf16Units: Array(t[a])).lowercased() == String(utf16Units: Array(t[b])).lowercased()
            }
            var previous: Range<Int>?
            var i = 0
            while i < n {
                guard isLetter(i) else {
                    // Only white space may stand between the two words.
                    let u = t[i]
                    if !(u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D) { previous = nil }
                    i += 1
                    continue
                }
                var end = i
                while end < n && isLetter(end) { end += 1 }
                defer { i = end }
                // A letter run inside a longer word (digits, marks) is no word of its own.
                guard !joins(i - 1) && !joins(end) else { previous = nil; continue }
                if let p = previous, same(p, i..<end), !exceptions.contains(String(utf16Units: Array(t[i..<end])).lowercased()) {
                    matches.append(RuleMatch(originalRange: document.original(p.lowerBound..<end),
                                             fields: ["word": document.normalizedString(p)]))
                    previous = nil
                    continue
                }
                previous = i..<end
            }
        }
        return matches
    }
}

extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
