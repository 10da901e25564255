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
    static func sentences(in text: [UInt16], paragraphs: [Range<Int>], language: String) throws -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        let iterator = try BreakIterators.sentence(for: language)
        var result: [Range<Int>] = []
        try text.withUnsafeBufferPointer { all in
            for paragraph in paragraphs {
                let slice = UnsafeBufferPointer(rebasing: all[paragraph])
                var start = 0
                for end in try iterator.boundaries(of: slice) {
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
