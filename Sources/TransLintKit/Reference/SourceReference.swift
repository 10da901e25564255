import Foundation
import ICUKit

/// The source-language original of a translated text, read once: its document, what
/// extraction read in it, and indexes for finding names across scripts.
public final class SourceReference: @unchecked Sendable {
    public let document: Document
    public let extraction: Extraction
    /// Alphabetic words of the source (also Latin words inside CJK text), folded to ASCII keys.
    let wordKeys: [String]
    let wordSet: Set<String>
    /// For CJK sources: the Latin transliteration of each Han character, in text order, with
    /// runs broken at anything else.
    let hanRuns: [[String]]
    /// Lowercased source text, for gazetteer look-ups.
    let loweredText: String

    public var language: String { document.language }

    public init(_ document: Document, articleDate: CalendarDate? = nil) {
        self.document = document
        extraction = Extraction(document, articleDate: articleDate)
        let s = TextScanner(document.normalized)
        var keys: [String] = []
        var runs: [[String]] = []
        var current: [String] = []
        var i = 0
        while i < s.n {
            if s.isAlphabeticLetter(i) && !s.isCJK(i) {
                let e = s.wordEnd(i)
                let key = NameKeys.key(s.string(i..<e))
                if !key.isEmpty { keys.append(key) }
                i = e
                if !current.isEmpty { runs.append(current); current = [] }
                continue
            }
            if s.isCJK(i), let c = s.char(i) {
                current.append(HanReadings.reading(c))
            } else if !current.isEmpty && !(s.t[i] == 0xB7 || s.t[i] == 0x30FB) {
                // "·" between the parts of a transliterated name keeps the run.
                runs.append(current)
                current = []
            }
            i += 1
        }
        if !current.isEmpty { runs.append(current) }
        wordKeys = keys
        wordSet = Set(keys)
        hanRuns = runs
        loweredText = document.normalizedText.lowercased()
    }

    /// Whether a word or name of the translation has a counterpart here: the same word
    /// (diacritics and case aside, inflected forms by their stem), a region's name in the
    /// source language, or a transliteration that sounds alike.
    func explains(_ text: String, targetLanguage: String) -> Bool {
        let key = NameKeys.key(text)
        guard !key.isEmpty else { return true }
        if wordSet.contains(key) { return true }
        for w in wordKeys where Self.sameStem(w, key) { return true }
        let gazetteer = NameGazetteer.between(source: language, target: targetLanguage)
        for form in gazetteer.sourceForms(of: key) where !form.isEmpty && loweredText.contains(form) { return true }
        // Transliterations: Cyrillic, Greek, Arabic... words, and windows of Han syllables.
        let sound = NameKeys.phonetic(key)
        guard sound.count >= 2 else { return false }
        for w in wordKeys where NameKeys.phonetic(w) == sound { return true }
        for run in hanRuns {
            for start in run.indices {
                var joined = ""
                for end in start..<min(run.count, start + 7) {
                    joined += run[end]
                    let p = NameKeys.phonetic(joined)
                    if p == sound || (sound.count >= 3 && NameKeys.closeSkeletons(p, sound)) { return true }
                    if p.count > sound.count + 1 { break }
                }
            }
        }
        return false
    }

    /// Words of one stem: equal, or sharing all but the last letters ("Singapur"/"singapore",
    /// "Italii"/"italia").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        let shorter = min(a.count, b.count)
        guard shorter >= 4, abs(a.count - b.count) <= 4 else { return a == b }
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= max(4, shorter - 2)
    }
}

/// Latin readings of Han characters, cached per character (ICU Han-Latin, ASCII-folded). Pinyin
/// x, q and j sound like s, ch and dj in the names they transliterate.
enum HanReadings {
    static let transliterator = try! Transliterator(id: "Han-Latin; Latin-ASCII")
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [Character: String] = [:]

    static func reading(_ c: Character) -> String {
        lock.lock()
        if let r = cache[c] { lock.unlock(); return r }
        lock.unlock()
        var r = ((try? transliterator.transform(String(c))) ?? String(c)).lowercased().filter { $0.isLetter }
        if r.hasPrefix("x") { r = "s" + r.dropFirst() }
        if r.hasPrefix("q") { r = "ch" + r.dropFirst() }
        lock.lock()
        cache[c] = r
        lock.unlock()
        return r
    }
}

extension NameKeys {
    /// Sound skeletons at most one class apart that start alike (the rule of `soundAlike`).
    static func closeSkeletons(_ a: String, _ b: String) -> Bool {
        let longest = max(a.count, b.count)
        return longest >= 3 && editDistance(a, b) <= 1 && (longest >= 5 || a.first == b.first)
    }
}
