import Foundation

/// Character tests and small look-ups over normalized UTF-16 text, shared by the extractors.
struct TextScanner {
    let t: [UInt16]
    /// What each unit is (`UnitClass` bits), worked out once per text: the tests below are
    /// asked of every unit several times by each extractor, and Unicode property look-ups cost
    /// some 300 instructions each.
    let classes: [UInt8]
    /// The text's letter runs and their words, for extractors that visit words only.
    let runs: LetterRuns
    var n: Int { t.count }

    init(_ t: [UInt16]) {
        let classes = UnitClass.table(t)
        self.init(t, classes: classes, runs: LetterRuns(t, classes: classes))
    }

    /// A scanner over a document's normalized text, with the tables the document keeps.
    init(_ document: Document) { self.init(document.normalized, classes: document.unitClasses, runs: document.letterRuns) }

    fileprivate init(_ t: [UInt16], classes: [UInt8], runs: LetterRuns) {
        self.t = t
        self.classes = classes
        self.runs = runs
    }

    func scalar(_ i: Int) -> Unicode.Scalar? {
        guard i >= 0 && i < n else { return nil }
        return Unicode.Scalar(t[i])
    }

    @inline(__always) private func has(_ i: Int, _ bit: UInt8) -> Bool {
        i >= 0 && i < n && classes[i] & bit != 0
    }

    /// A decimal digit of any script (Unicode Nd).
    func isDigit(_ i: Int) -> Bool { has(i, UnitClass.digit) }

    func digitValue(_ i: Int) -> Int? {
        guard isDigit(i), let s = Unicode.Scalar(t[i]), let v = s.properties.numericValue else { return nil }
        return Int(v)
    }

    /// A letter of an alphabetic script (Latin, Cyrillic, Greek...), not Han or kana.
    func isAlphabeticLetter(_ i: Int) -> Bool { has(i, UnitClass.alphabetic) }

    /// An uppercase letter.
    func isUppercaseLetter(_ i: Int) -> Bool { has(i, UnitClass.uppercase) }

    /// A combining mark (accents, Devanagari vowel signs and virama).
    func isMark(_ i: Int) -> Bool { has(i, UnitClass.mark) }

    /// Han, kana or Hangul.
    func isCJK(_ i: Int) -> Bool { has(i, UnitClass.cjk) }

    func isSpace(_ i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        return t[i] == 0x20 || t[i] == 0x09
    }

    func char(_ i: Int) -> Character? {
        guard let s = scalar(i) else { return nil }
        return Character(s)
    }

    func string(_ r: Range<Int>) -> String { String(utf16Units: t[r.clamped(to: 0..<n)]) }

    /// `Lexicon.fold(string(r))`: ASCII text is lowercased as it is copied, without a
    /// String to lowercase afterwards (words are folded for look-ups by every extractor).
    func folded(_ r: Range<Int>) -> String { folded(r, keepingDot: false) }

    /// `Lexicon.foldKeepingDot(string(r))`.
    func foldedKeepingDot(_ r: Range<Int>) -> String { folded(r, keepingDot: true) }

    private func folded(_ r: Range<Int>, keepingDot: Bool) -> String {
        let r = r.clamped(to: 0..<n)
        guard t[r].allSatisfy({ $0 < 0x80 }) else {
            return keepingDot ? Lexicon.foldKeepingDot(string(r)) : Lexicon.fold(string(r))
        }
        // Lexicon.fold drops a final dot from a folded text of more than one unit.
        let count = !keepingDot && r.count > 1 && t[r.upperBound - 1] == 0x2E ? r.count - 1 : r.count
        return String(unsafeUninitializedCapacity: count) { out in
            for k in 0..<count {
                let u = t[r.lowerBound + k]
                out[k] = UInt8(truncatingIfNeeded: ASCIIUnit.lowercased(u))
            }
            return count
        }
    }

    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while isSpace(j) { j += 1 }
        return j
    }

    func skipSpacesBack(_ i: Int) -> Int {
        var j = i
        while j > 0 && isSpace(j - 1) { j -= 1 }
        return j
    }

    /// The end of the alphabetic word starting at i (letters, with inner ' or -).
    func wordEnd(_ i: Int) -> Int {
        t.withUnsafeBufferPointer { t in classes.withUnsafeBufferPointer { Self.wordEnd(i, t, $0) } }
    }

    /// `wordEnd` over the text's units and classes as buffers (no bounds checks inside a word:
    /// every word of every document is measured when its letter runs are made).
    static func wordEnd(_ i: Int, _ t: UnsafeBufferPointer<UInt16>, _ classes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = t.count
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < n && classes[k] & UnitClass.alphabetic != 0 }
        var j = i
        while j < n {
            let c = classes[j]
            if c & UnitClass.alphabetic != 0 || (j > i && c & UnitClass.mark != 0) { j += 1; continue }
            if (t[j] == 0x27 || t[j] == 0x2D), isLetter(j + 1), j > i { j += 1; continue }
            // Dotted abbreviations are one word: "U.S.", "U.N." (a dot between single letters).
            if t[j] == 0x2E, j + 1 < n, isLetter(j + 1), !isLetter(j + 2) || (j + 2 < n && t[j + 2] == 0x2E),
               j - 1 >= i, !isLetter(j - 2) || (j >= 2 && t[j - 2] == 0x2E) {
                j += 2
                if j < n && t[j] == 0x2E && !isLetter(j + 1) { j += 1 }
                continue
            }
            break
        }
        return j
    }

    /// The start of the alphabetic word ending at i (exclusive).
    func wordStart(_ end: Int) -> Int {
        var j = end
        while j > 0 && (isAlphabeticLetter(j - 1) || ((t[j - 1] == 0x27 || t[j - 1] == 0x2D) && j - 2 >= 0 && isAlphabeticLetter(j - 2) && j < end)) { j -= 1 }
        return j
    }

    func matches(_ s: String, at i: Int) -> Bool {
        // The string's units walked in place: an array of them was allocated at every call.
        guard i >= 0 else { return false }
        var k = i
        for u in s.utf16 {
            guard k < n, t[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// The longest entry of `table` that the text starts with at `i`, case-insensitively. With
    /// `wordBoundary` an alphabetic entry must not run on into a letter.
    func longestMatch<V>(at i: Int, in table: [String: V], maxLength: Int, wordBoundary: Bool = true) -> (value: V, end: Int, key: String)? {
        guard i < n, maxLength > 0 else { return nil }
        return longestMatch(at: i, limit: min(maxLength, n - i), wordBoundary: wordBoundary) { end in
            // Table keys are folded without their final dot; a candidate keeps it, so that
            // "percent." does not swallow the full stop (abbreviations take it below).
            let key = foldedKeepingDot(i..<end)
            return table[key].map { ($0, key) }
        }
    }

    /// The loop of `longestMatch`: `lookUp(end)` is the entry (and its key) for the text
    /// i..<end folded, if there is one.
    @inline(__always)
    func longestMatch<V>(at i: Int, limit: Int, wordBoundary: Bool, lookUp: (Int) -> (V, String)?) -> (value: V, end: Int, key: String)? {
        var length = limit
        while length > 0 {
            let end = i + length
            // Cheap rejections before looking up a candidate: inside a word (when whole words
            // are asked for), or ending in a space (no key does).
            if (wordBoundary && isAlphabeticLetter(end - 1) && isAlphabeticLetter(end)) || isSpace(end - 1) {
                length -= 1
                continue
            }
            if let (v, key) = lookUp(end) {
                let lastIsLetter = isAlphabeticLetter(end - 1)
                if !wordBoundary || !lastIsLetter || !isAlphabeticLetter(end) {
                    // A dotted abbreviation keeps its dot.
                    var e = end
                    if e < n && t[e] == 0x2E && key.count <= 5 && !key.utf8.contains(0x20) && lastIsLetter { e += 1 }
                    return (v, e, key)
                }
            }
            length -= 1
        }
        return nil
    }

    /// The longest entry of `table` that ends at `end` (exclusive), as whole words.
    func longestMatchEnding(at end: Int, in table: [String: some Any], maxWords: Int = 4) -> (start: Int, key: String)? {
        var best: (Int, String)?
        var start = end
        for _ in 0..<maxWords {
            let s = skipSpacesBack(start)
            guard s > 0 else { break }
            var ws = s
            if isAlphabeticLetter(s - 1) { ws = wordStart(s) } else if isCJK(s - 1) { ws = s - 1 } else { break }
            start = ws
            let key = folded(start..<end)
            if table[key] != nil, !isAlphabeticLetter(start - 1) { best = (start, key) }
        }
        return best
    }
}

/// Where each run of alphabetic letters starts (a letter after no letter), with the end of the
/// word that starts there (`TextScanner.wordEnd`). Made once per document: the date, name and
/// number extractors each visited every unit to find them, and measured the same words again.
struct LetterRuns: Sendable {
    let starts: [Int32]
    let ends: [Int32]

    /// The runs of a text whose `UnitClass` table is `classes`.
    init(_ t: [UInt16], classes: [UInt8]) {
        var starts: [Int32] = [], ends: [Int32] = []
        t.withUnsafeBufferPointer { t in
            classes.withUnsafeBufferPointer { classes in
                var previousIsLetter = false
                for i in classes.indices {
                    let isLetter = classes[i] & UnitClass.alphabetic != 0
                    if isLetter && !previousIsLetter {
                        starts.append(Int32(i))
                        ends.append(Int32(TextScanner.wordEnd(i, t, classes)))
                    }
                    previousIsLetter = isLetter
                }
            }
        }
        self.init(starts: starts, ends: ends)
    }

    private init(starts: [Int32], ends: [Int32]) {
        self.starts = starts
        self.ends = ends
    }

    func end(_ k: Int) -> Int { Int(ends[k]) }

    /// The index of the first run that starts at or after `i`, looking from index `k` on.
    @inline(__always) private func first(atOrAfter i: Int, from k: Int) -> Int {
        var k = k
        while k < starts.count && Int(starts[k]) < i { k += 1 }
        return k
    }

    /// The start of the first run at or after `i`, with `k` moved to its index (looking from
    /// `k` on); nil past the last run. Loops that visit words step through the runs with it.
    @inline(__always) func nextStart(atOrAfter i: Int, cursor k: inout Int) -> Int? {
        k = first(atOrAfter: i, from: k)
        return k < starts.count ? Int(starts[k]) : nil
    }

    /// `TextScanner.wordEnd(i)` for a run start `i`, found from the index `k` of an earlier
    /// run (moved to this one); computed when `i` starts no run.
    func wordEnd(at i: Int, in s: TextScanner, hint k: inout Int) -> Int {
        // A cursor past `i` (asked out of order) starts again from the first run.
        if k > 0 && Int(starts[k - 1]) >= i { k = 0 }
        k = first(atOrAfter: i, from: k)
        return k < starts.count && Int(starts[k]) == i ? Int(ends[k]) : s.wordEnd(i)
    }
}

/// The classes of a UTF-16 unit that `TextScanner` asks about, as bits.
enum UnitClass {
    static let alphabetic: UInt8 = 1
    static let digit: UInt8 = 2
    static let mark: UInt8 = 4
    static let cjk: UInt8 = 8
    static let uppercase: UInt8 = 16

    static func table(_ t: [UInt16]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: t.count) { out, count in
            ascii.withUnsafeBufferPointer { ascii in
                t.withUnsafeBufferPointer { t in
                    for (i, u) in t.enumerated() { out[i] = u < 0x80 ? ascii[Int(u)] : of(u) }
                }
            }
            count = t.count
        }
    }

    /// The classes of the ASCII units, read from a table (most units of most texts).
    private static let ascii: [UInt8] = (0..<0x80).map { of(UInt16($0)) }

    /// Surrogates are in no class: a scalar outside the BMP is neither letter nor digit here.
    static func of(_ u: UInt16) -> UInt8 {
        if u < 0x80 {
            if u >= 0x30 && u <= 0x39 { return digit }
            if u >= 0x41 && u <= 0x5A { return alphabetic | uppercase }
            if u >= 0x61 && u <= 0x7A { return alphabetic }
            return 0
        }
        guard let scalar = Unicode.Scalar(u) else { return 0 }
        let p = scalar.properties
        var c: UInt8 = 0
        // Han, kana and Hangul are not alphabetic letters here (but kana has combining marks).
        if (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xAC00 && u <= 0xD7AF) {
            c |= cjk
        } else if u >= 0xC0 && p.isAlphabetic {
            c |= alphabetic
        }
        if p.isUppercase { c |= uppercase }
        if u >= 0x660 && p.generalCategory == .decimalNumber { c |= digit }
        if u >= 0x300 {
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: c |= mark
            default: break
            }
        }
        return c
    }
}
