import Foundation
import ICUKit

/// Paragraph and sentence boundaries over normalized text.
enum Segmentation {
    static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0B || u == 0x0C
    }

    /// Runs of non-blank lines.
    static func paragraphs(in text: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var paragraphStart: Int?
        var lastContentEnd = 0
        func closeParagraph() {
            if let s = paragraphStart { result.append(s..<lastContentEnd) }
            paragraphStart = nil
        }
        var i = 0
        while i <= text.count {
            if i == text.count || text[i] == 0x0A {
                let line = lineStart..<i
                if line.contains(where: { !isSpace(text[$0]) }) {
                    if paragraphStart == nil { paragraphStart = lineStart }
                    lastContentEnd = i
                } else {
                    closeParagraph()
                }
                lineStart = i + 1
            }
            i += 1
        }
        closeParagraph()
        return result
    }

    /// ICU's sentence break, run line by line inside each paragraph. English uses the
    /// `ss=standard` suppressions so that "Mr. Maduro" stays one sentence.
    ///
    /// A paragraph in which no sentence can end before its last word (`isOneSentence`) is one
    /// sentence without asking ICU: most segments of a bilingual file are one sentence, and a
    /// sentence break cost some 20,000 instructions a segment, most of it the iterator's clone.
    /// `shortcut: false` asks ICU for every paragraph (for the tests that compare the two).
    static func sentences(in text: [UInt16], paragraphs: [Range<Int>], language: String, shortcut: Bool = true) throws -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        var iterator: BreakIterator?
        var result: [Range<Int>] = []
        try text.withUnsafeBufferPointer { all in
            for paragraph in paragraphs {
                let slice = UnsafeBufferPointer(rebasing: all[paragraph])
                if shortcut && isOneSentence(slice) {
                    var lo = paragraph.lowerBound, hi = paragraph.upperBound
                    while lo < hi && isSpace(text[lo]) { lo += 1 }
                    while hi > lo && isSpace(text[hi - 1]) { hi -= 1 }
                    if lo < hi { result.append(lo..<hi) }
                    continue
                }
                if iterator == nil { iterator = try BreakIterators.sentence(for: language) }
                var start = 0
                for end in try iterator!.boundaries(of: slice) {
                    var lo = paragraph.lowerBound + start
                    var hi = paragraph.lowerBound + end
                    while lo < hi && isSpace(text[lo]) { lo += 1 }
                    while hi > lo && isSpace(text[hi - 1]) { hi -= 1 }
                    if lo < hi { result.append(lo..<hi) }
                    start = end
                }
            }
        }
        return result
    }

    /// Whether ICU's sentence break can find no boundary in `t` but its end. Unicode's rules
    /// (UAX #29) break only after a paragraph separator (CR, LF, NEL, LS, PS) or after a full
    /// stop or other sentence terminator (Sentence_Break ATerm and STerm) with the closing
    /// marks and spaces that follow it. So a text is one sentence when, before its last run of
    /// terminators, then closing marks, then spaces (in that order: "said.\" " or "Yes?!"),
    /// it holds none of them; a full stop between digits never ends one (rule SB6: "3.5").
    /// A unit outside ASCII that is a terminator or separator, and any surrogate (terminators
    /// outside the BMP), leaves the question to ICU.
    static func isOneSentence(_ t: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = t.count
        while end > 0 && t[end - 1] == 0x20 { end -= 1 }
        while end > 0, isClose(t[end - 1]) { end -= 1 }
        while end > 0, t[end - 1] == 0x2E || t[end - 1] == 0x21 || t[end - 1] == 0x3F || t[end - 1] == 0x3002 { end -= 1 }
        for k in 0..<end {
            let u = t[k]
            if u < 0x80 {
                switch u {
                case 0x0A, 0x0B, 0x0C, 0x0D, 0x21, 0x3F: return false
                case 0x2E:
                    guard k + 1 < end, t[k + 1] >= 0x30 && t[k + 1] <= 0x39 else { return false }
                default: continue
                }
            } else if u >= 0xD800 && u <= 0xDFFF || SentenceBreakProperty.mayEndSentence(UInt32(u)) {
                return false
            }
        }
        return true
    }

    /// Closing marks that may follow a terminator (Sentence_Break Close): quotes and brackets.
    private static func isClose(_ u: UInt16) -> Bool {
        u == 0x22 || u == 0x27 || u == 0x29 || u == 0x5D || u == 0x201D || u == 0x2019 || u == 0xBB
            || u == 0x300D || u == 0x300F || u == 0xFF09
    }
}

/// Prototype break iterators per locale, opened once and cloned for each use: a break
/// iterator must never be shared between threads, and a clone costs under a microsecond
/// against hundreds for an open.
enum BreakIterators {
    private static let lock = NSLock()
    /// A prototype per kind and language: the ICU locale (`sentenceLocale`) is made only when
    /// one is opened (building it and a string key for every segment of a bilingual file
    /// cost some 3,000 instructions a segment).
    private struct Key: Hashable {
        let kind: BreakIterator.Kind
        let language: String
    }
    nonisolated(unsafe) private static var prototypes: [Key: BreakIterator] = [:]

    static func sentenceLocale(for language: String) -> String {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        return base + "@ss=standard"
    }

    static func sentence(for language: String) throws -> BreakIterator {
        try clone(Key(kind: .sentence, language: language)) { sentenceLocale(for: language) }
    }

    static func word(for language: String) throws -> BreakIterator {
        try clone(Key(kind: .word, language: language)) { language }
    }

    private static func clone(_ key: Key, locale: () -> String) throws -> BreakIterator {
        lock.lock()
        defer { lock.unlock() }
        if let p = prototypes[key] { return try p.clone() }
        let p = try BreakIterator(key.kind, locale: locale())
        prototypes[key] = p
        return try p.clone()
    }
}
