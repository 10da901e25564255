import Foundation
import ICUKit

/// The source-language original of a translated text, read once: its document, what
/// extraction read in it, and indexes for finding names across scripts.
public final class SourceReference: @unchecked Sendable {
    public let document: Document
    public let extraction: Extraction
    /// Alphabetic words of the source (also Latin words inside CJK text), folded to ASCII keys.
    let wordKeys: [String]
    /// The sound skeleton of each word key, in the same order.
    let wordPhonetics: [String]
    /// Whether each word is written in Latin letters (its sound-alikes are not evidence).
    let wordIsLatin: [Bool]
    let wordSet: Set<String>
    /// For CJK sources: the Latin transliteration of each Han character, in text order, with
    /// runs broken at anything else.
    let hanRuns: [[String]]
    /// Lowercased source text, for gazetteer look-ups, and the same folded to ASCII
    /// ("europäischen" -> "europaischen"). Made when first asked (under `lazyLock`): most
    /// sources are never asked, and both cost more than the rest of this reading.
    private lazy var lazyLoweredText: String = document.normalizedText.lowercased()
    private lazy var lazyFoldedText: String = NameKeys.foldLatin(document.normalizedText)
    var loweredText: String { lazyLock.lock(); defer { lazyLock.unlock() }; return lazyLoweredText }
    var foldedText: String { lazyLock.lock(); defer { lazyLock.unlock() }; return lazyFoldedText }
    /// The base characters of the two texts: what `mayContain` searches.
    private lazy var lazyLoweredBases: [UInt16] = Self.baseCharacters(lazyLoweredText)
    private lazy var lazyFoldedBases: [UInt16] = Self.baseCharacters(lazyFoldedText)
    var loweredBases: [UInt16] { lazyLock.lock(); defer { lazyLock.unlock() }; return lazyLoweredBases }
    var foldedBases: [UInt16] { lazyLock.lock(); defer { lazyLock.unlock() }; return lazyFoldedBases }
    /// The source's acronyms (`Acronyms.find`) and the set of their letters, found when first
    /// asked: every translation of the source compares them (at some 9,000 instructions a
    /// search of a sentence).
    private lazy var lazyAcronyms: (found: [String], letters: Set<String>) = {
        let found = Acronyms.find(in: document)
        return (found, Set(found.map(Acronyms.letters)))
    }()
    var acronyms: (found: [String], letters: Set<String>) { lazyLock.lock(); defer { lazyLock.unlock() }; return lazyAcronyms }
    /// Raw pinyin of each Han run, for names romanised as pinyin (Jiangxi, Xi Jinping).
    let pinyinRuns: [[String]]
    /// The source's names as compared with translations into each language, made by the
    /// first comparison (`SourceComparison.sourceNameCandidates`): a source with several
    /// translations is read once.
    private let nameCandidatesByTarget = LockedCache<String, SourceComparison.SourceNameCandidates>()

    func nameCandidates(for targetLanguage: String, build: () -> SourceComparison.SourceNameCandidates) -> SourceComparison.SourceNameCandidates {
        nameCandidatesByTarget.value(for: targetLanguage, build: build)
    }
    /// Per Han character of `hanRuns`: whether it is one of the characters Chinese writes
    /// foreign names with (阿, 巴, 特...).
    let hanRunTransliterates: [[Bool]]
    /// Per Han character of `hanRuns`: its offset in the normalized text.
    let hanRunOffsets: [[Int]]
    /// The sound skeletons of every window of one to seven Han syllables written mostly (two
    /// thirds or more) with the characters of transliterated names, made once for all the
    /// names compared with this source. A window of ordinary words (据越通社报道) that happens
    /// to sound like a name is not that name.
    /// A window that takes part of a place CLDR names and not all of it is no name: 内瑞 of
    /// 委内瑞拉 (Venezuela) is not "Napoli".
    private(set) lazy var hanWindowSounds: [String] = {
        var sounds: [String] = []
        let places = hanPlaceRanges()
        for ((run, marks), offsets) in zip(zip(hanRuns, hanRunTransliterates), hanRunOffsets) {
            for start in run.indices {
                var joined = ""
                var transliterating = 0
                for end in start..<min(run.count, start + 7) {
                    joined += run[end]
                    if marks[end] { transliterating += 1 }
                    guard transliterating * 3 >= (end - start + 1) * 2 else { continue }
                    let window = offsets[start]..<(offsets[end] + 1)
                    if places.contains(where: { $0.overlaps(window) && $0 != window }) { continue }
                    sounds.append(NameKeys.phonetic(joined))
                }
            }
        }
        return sounds
    }()

    /// Where the source writes places CLDR names in its own language, of two characters or more.
    private func hanPlaceRanges() -> [Range<Int>] {
        guard !hanRuns.isEmpty else { return [] }
        let text = document.normalized
        let gazetteer = NameGazetteer.between(source: "en", target: language)
        var ranges: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if let units = gazetteer.places(at: i, in: text).first(where: { $0.count >= 2 }) {
                ranges.append(i..<(i + units.count))
                i += units.count
            } else {
                i += 1
            }
        }
        return ranges
    }
    private let lazyLock = NSLock()

    public var language: String { document.language }

    public init(_ document: Document, articleDate: CalendarDate? = nil) {
        self.document = document
        extraction = Extraction(document, articleDate: articleDate)
        let s = TextScanner(document)
        var keys: [String] = []
        var latin: [Bool] = []
        var runs: [[String]] = []
        var current: [String] = []
        var marks: [[Bool]] = []
        var currentMarks: [Bool] = []
        var offsets: [[Int]] = []
        var currentOffsets: [Int] = []
        var pinyin: [[String]] = []
        var currentPinyin: [String] = []
        // Ends the Han run being read, if any.
        func closeRun() {
            guard !current.isEmpty else { return }
            runs.append(current); pinyin.append(currentPinyin); marks.append(currentMarks); offsets.append(currentOffsets)
            current = []; currentPinyin = []; currentMarks = []; currentOffsets = []
        }
        var i = 0
        while i < s.n {
            if s.isAlphabeticLetter(i) && !s.isCJK(i) {
                let e = s.wordEnd(i)
                let word = s.string(i..<e)
                let key = NameKeys.key(word)
                let isLatin = word.unicodeScalars.allSatisfy { $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) }
                if !key.isEmpty { keys.append(key); latin.append(isLatin) }
                // French and Italian elision: l'iPhone, d'Italia. (Apostrophe and hyphen are
                // looked for in the UTF-16 text: Character and Foundation searches in every
                // word were 2% of a pairs run.)
                if let apostrophe = s.t[i..<e].firstIndex(of: 0x27), apostrophe < e - 1 {
                    let rest = NameKeys.key(s.string((apostrophe + 1)..<e))
                    if !rest.isEmpty { keys.append(rest); latin.append(isLatin) }
                }
                // Hyphenated compounds: the US of "US-Präsident", the Berlin of "Berlin-Mitte".
                if s.t[i..<e].contains(0x2D) {
                    for part in word.split(separator: "-") where part.count >= 2 {
                        let partKey = NameKeys.key(String(part))
                        if !partKey.isEmpty { keys.append(partKey); latin.append(isLatin) }
                    }
                }
                i = e
                closeRun()
                continue
            }
            if s.isCJK(i), let c = s.char(i) {
                current.append(HanReadings.reading(c))
                currentPinyin.append(HanReadings.pinyin(c))
                currentMarks.append(LexicalData.transliterationCharacters.contains(c))
                currentOffsets.append(i)
            } else if !(s.t[i] == 0xB7 || s.t[i] == 0x30FB) {
                // "·" between the parts of a transliterated name keeps the run.
                closeRun()
            }
            i += 1
        }
        closeRun()
        hanRunTransliterates = marks
        hanRunOffsets = offsets
        pinyinRuns = pinyin
        wordKeys = keys
        wordPhonetics = keys.map(NameKeys.phonetic)
        wordIsLatin = latin
        wordSet = Set(keys)
        hanRuns = runs
    }

    /// Whether the source has this word itself (case, diacritics and endings aside).
    func hasWord(_ text: String) -> Bool {
        let key = NameKeys.key(text)
        return wordSet.contains(key) || wordKeys.contains { Self.sameStem($0, key) }
    }

    /// Whether a word or name of the translation has a counterpart here: the same word
    /// (diacritics and case aside, inflected forms by their stem), a region's name in the
    /// source language, or a transliteration that sounds alike.
    func explains(_ text: String, targetLanguage: String) -> Bool {
        explains(text, targetLanguage: targetLanguage, bySound: true)
    }

    /// `bySound: false` for a place CLDR names in both languages: its forms in the source
    /// language are known, so a run of Han syllables that sounds close is not it (Austria is
    /// not in 彗星可能是地球上的水…); a whole transliterated word still is (Джордан, Jordan).
    func explains(_ text: String, targetLanguage: String, bySound: Bool) -> Bool {
        let question = ExplainsQuestion(text: text, targetLanguage: targetLanguage, bySound: bySound)
        explainedLock.lock()
        if let known = explained[question] { explainedLock.unlock(); return known }
        explainedLock.unlock()
        let answer = computeExplains(text, targetLanguage: targetLanguage, bySound: bySound)
        explainedLock.lock()
        explained[question] = answer
        explainedLock.unlock()
        return answer
    }

    /// The answers of `explains` so far: the translations of one source (an evaluation file's
    /// candidates, a file with repeated segments) ask about the same names, at some 37,000
    /// instructions an answer.
    private struct ExplainsQuestion: Hashable {
        let text: String
        let targetLanguage: String
        let bySound: Bool
    }
    private var explained: [ExplainsQuestion: Bool] = [:]
    private let explainedLock = NSLock()

    private func computeExplains(_ text: String, targetLanguage: String, bySound: Bool) -> Bool {
        let key = NameKeys.key(text)
        guard !key.isEmpty else { return true }
        if wordSet.contains(key) { return true }
        for w in wordKeys where Self.sameStem(w, key) { return true }
        let gazetteer = NameGazetteer.between(source: language, target: targetLanguage)
        for form in gazetteer.sourceForms(of: key) where !form.isEmpty {
            if Self.mayContain(loweredBases, form) && loweredText.containsWord(form) { return true }
            let folded = NameKeys.foldLatin(form)
            if Self.mayContain(foldedBases, folded) && foldedText.containsWord(folded) { return true }
            // Inflected and derived forms: России and российской for Россия.
            if !form.utf8.contains(0x20), hasWord(form) { return true }
            // Chinese and Japanese shorten a country to the first character of its name in
            // compounds: 美方 and 美军 for 美国 (US), 俄总统 for 俄罗斯 (Russia).
            if form.count >= 2, let first = form.unicodeScalars.first, (0x4E00...0x9FFF).contains(first.value),
               loweredText.unicodeScalars.contains(first) { return true }
        }
        // Chinese names romanised as pinyin: "Jiangxi" is 江西 read letter for letter.
        if bySound { for run in pinyinRuns where Self.pinyinContains(run, key) { return true } }
        // Transliterations: Cyrillic, Greek, Arabic... words, and windows of Han syllables.
        let sound = NameKeys.phonetic(key)
        // Skeletons are ASCII (capital letters and digits): their lengths are their UTF-8
        // counts, without walking characters for every word of the source.
        let soundLength = sound.utf8.count
        guard soundLength >= 2 else { return false }
        for (p, isLatin) in zip(wordPhonetics, wordIsLatin) {
            let pLength = p.utf8.count
            // A Latin word of the source is kept as written: only a sound of three consonants
            // or more, the same or extended, makes it this name (Moskau / Moscow, marroquí /
            // Moroccan; "per" is not Huber), and not one that covers a third of the name's sound
            // ("seiner" is not John Oliver).
            if isLatin {
                if soundLength >= 3 && pLength >= 3 && abs(pLength - soundLength) <= 1
                    && (p == sound || p.hasPrefix(sound) || sound.hasPrefix(p)) { return true }
                continue
            }
            // An inflected or derived source word starts with the name's sound (Moskovskom).
            if p == sound || (soundLength >= 3 && (p.hasPrefix(sound) || (pLength >= 3 && sound.hasPrefix(p)))) { return true }
        }
        guard bySound else { return false }
        lazyLock.lock()
        let windows = hanWindowSounds
        lazyLock.unlock()
        for p in windows where p == sound || (soundLength >= 3 && NameKeys.closeSkeletons(p, sound)) { return true }
        return false
    }

    /// The text's base characters: its canonical decomposition without the combining marks
    /// (canonical combining class other than 0), as UTF-16.
    static func baseCharacters(_ text: String) -> [UInt16] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf16Units }
        let decomposed = (try? Normalizer.nfd.normalize(text)) ?? text
        var units: [UInt16] = []
        for scalar in decomposed.unicodeScalars where scalar.properties.canonicalCombiningClass == .notReordered {
            units.append(contentsOf: scalar.utf16)
        }
        return units
    }

    /// False when `text.containsWord(word)` is sure to be: the word's base characters are not
    /// among the text's, in a row. Foundation's search (some 40,000 instructions a call)
    /// matches canonically equivalent sequences; equivalent sequences decompose to the same
    /// base characters in the same order (only marks are reordered), and a match's base
    /// characters stand in a row among the text's — also for a match that starts inside a
    /// character, as one that starts with a mark can. That holds for NFKC texts (every
    /// document's) and words without compatibility characters (CLDR's names): Foundation's
    /// search has quirks with those ("\u{E9}\u{301}" is found in "e\u{FB01}\u{301}").
    /// `FastPathTests` holds the two together.
    static func mayContain(_ textBases: [UInt16], _ word: String) -> Bool {
        let w = baseCharacters(word)
        guard let first = w.first else { return true }
        guard w.count <= textBases.count else { return false }
        var i = 0
        let last = textBases.count - w.count
        while i <= last {
            if textBases[i] == first {
                var k = 1
                while k < w.count && textBases[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Words of one stem: equal, or sharing all but the last letters ("Singapur"/"singapore",
    /// "Italii"/"italia"), or one the other plus an ending ("Texas"/"texanischen").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        // Different ASCII first letters share no stem (and no ASCII letter is canonically
        // equivalent to another): asked of every source word for every name, most are turned
        // away here.
        if let x = a.utf8.first, let y = b.utf8.first, x < 0x80, y < 0x80, x != y { return false }
        // Keys are ASCII: counted and compared as bytes (String.count walks the characters,
        // and this is asked for every word of a source against every name).
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            return sameStem(counts: (a.utf8.count, b.utf8.count), shared: zip(a.utf8, b.utf8).prefix { $0 == $1 }.count, equal: a == b)
        }
        return sameStem(counts: (a.count, b.count), shared: zip(a, b).prefix { $0 == $1 }.count, equal: a == b)
    }

    private static func sameStem(counts: (Int, Int), shared: @autoclosure () -> Int, equal: @autoclosure () -> Bool) -> Bool {
        let shorter = min(counts.0, counts.1)
        guard shorter >= 4 else { return equal() }
        let shared = shared()
        if abs(counts.0 - counts.1) <= 4 && shared >= max(4, shorter - 2) { return true }
        return shared >= 4 && shared >= shorter - 1
    }

    /// Whether a run of pinyin syllables contains the key as consecutive whole syllables.
    static func pinyinContains(_ run: [String], _ key: String) -> Bool {
        // Keys are ASCII, and so is any prefix of one: lengths are then counted in bytes
        // (counting Characters for every syllable of every run was 1% of a pairs run).
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        let keyLength = ascii ? key.utf8.count : key.count
        guard keyLength >= 4 else { return false }
        for start in run.indices {
            var joined = ""
            for end in start..<run.count {
                joined += run[end]
                if joined == key { return true }
                if !key.hasPrefix(joined) || (ascii ? joined.utf8.count : joined.count) >= keyLength { break }
            }
        }
        return false
    }
}

/// Latin readings of Han characters (ICU Han-Latin, ASCII-folded). Pinyin x, q and j sound like
/// s, ch and dj in the names they transliterate. The CJK unified ideographs are read from
/// `HanReadingTable` (ICU's readings, written out by scripts/han-readings.sh): opening the
/// Han-Latin transliterator compiles its rules, about 0.2 s per process. Other characters go
/// to the transliterator, opened only then.
enum HanReadings {
    static let transliterator = try! Transliterator(id: "Han-Latin; Latin-ASCII")
    private static let lock = NSLock()
    /// Per character: the reading used for sound matching and the plain pinyin.
    nonisolated(unsafe) private static var cache: [Character: (reading: String, pinyin: String)] = [:]
    /// The table's readings as bytes: entry i is `width` bytes at i × width.
    private static let table: [UInt8] = Array(HanReadingTable.readings.utf8)

    /// The plain pinyin of a character, as names are romanised ("xi" for 西).
    static func pinyin(_ c: Character) -> String { readings(c).pinyin }

    static func reading(_ c: Character) -> String { readings(c).reading }

    /// ICU's reading of a character from the table: nil outside it, the character itself where
    /// ICU has none (as the transliterator leaves it).
    static func tableReading(_ c: Character) -> String? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return nil }
        var index = 0
        for range in HanReadingTable.ranges {
            if range.contains(v) {
                let start = (index + Int(v - range.lowerBound)) * HanReadingTable.width
                let raw = table[start..<(start + HanReadingTable.width)].prefix { $0 != 0x20 }
                return raw.isEmpty ? String(c) : String(decoding: raw, as: UTF8.self)
            }
            index += range.count
        }
        return nil
    }

    private static func readings(_ c: Character) -> (reading: String, pinyin: String) {
        lock.lock()
        if let r = cache[c] { lock.unlock(); return r }
        lock.unlock()
        let raw = tableReading(c) ?? ((try? transliterator.transform(String(c))) ?? String(c)).lowercased().filter { $0.isLetter }
        var r = raw
        if r.hasPrefix("x") { r = "s" + r.dropFirst() }
        if r.hasPrefix("q") { r = "ch" + r.dropFirst() }
        // Hu- before a vowel writes English w and wh: 惠特默 Whitmer, 华盛顿 Washington, 霍华德 Howard.
        if r.hasPrefix("hu"), r.count > 2 { r = "w" + r.dropFirst(2) }
        lock.lock()
        cache[c] = (r, raw)
        lock.unlock()
        return (r, raw)
    }
}

extension NameKeys {
    /// Sound skeletons at most one class apart that start alike (the rule of `soundAlike`).
    static func closeSkeletons(_ a: String, _ b: String) -> Bool {
        let longest = max(a.count, b.count)
        return longest >= 3 && withinOneEdit(a, b) && (longest >= 5 || a.first == b.first)
    }

    /// Whether two strings are at most one insertion, deletion or substitution apart: what
    /// `editDistance(a, b) <= 1` says, in one pass over the bytes.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let (long, short) = x.count >= y.count ? (x, y) : (y, x)
                guard long.count - short.count <= 1 else { return false }
                var i = 0
                while i < short.count && long[i] == short[i] { i += 1 }
                if i == short.count { return true }
                // Skip the one differing byte in the longer (deletion) or in both (substitution).
                let skipShort = long.count == short.count ? 1 : 0
                return long[(i + 1)...].elementsEqual(short[(i + skipShort)...])
            }
        }
    }
}

extension String {
    /// Whether `word` occurs here not inside a longer alphabetic word: "us" is in "the us
    /// said", not in "census". Scripts written without spaces (中美洲) need no boundary.
    func containsWord(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if let found = asciiContainsWord(word) { return found }
        return searchedContainsWord(word)
    }

    /// `containsWord` when both strings are ASCII, on their bytes: canonical equivalence is
    /// then equality, and a letter next to the match is an ASCII letter (Foundation's search
    /// cost some 23,000 instructions a call on a sentence); nil otherwise.
    func asciiContainsWord(_ word: String) -> Bool? {
        var text = self, word = word
        return text.withUTF8 { t in
            word.withUTF8 { w -> Bool? in
                guard !w.isEmpty, !t.contains(where: { $0 >= 0x80 }), !w.contains(where: { $0 >= 0x80 }) else { return nil }
                guard w.count <= t.count else { return false }
                func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
                for start in 0...(t.count - w.count) where t[start] == w[0] {
                    guard w.indices.allSatisfy({ t[start + $0] == w[$0] }) else { continue }
                    let end = start + w.count
                    let joinsBefore = start > 0 && isLetter(t[start - 1]) && isLetter(w[0])
                    let joinsAfter = end < t.count && isLetter(t[end]) && isLetter(w[w.count - 1])
                    if !joinsBefore && !joinsAfter { return true }
                }
                return false
            }
        }
    }

    /// `containsWord` by Foundation's search, which matches canonically equivalent text.
    func searchedContainsWord(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        var searchStart = startIndex
        while let found = range(of: word, range: searchStart..<endIndex) {
            // Foundation matches a word that begins with a combining mark inside a character
            // ("\u{323}\u{302}" in "a\u{301}\u{323}\u{302}"): that is part of the character,
            // not a word, and the character view cannot step back from inside it.
            guard found.lowerBound.samePosition(in: self) != nil, found.upperBound.samePosition(in: self) != nil else {
                searchStart = index(after: found.lowerBound)
                continue
            }
            let before = found.lowerBound > startIndex ? self[index(before: found.lowerBound)] : nil
            let after = found.upperBound < endIndex ? self[found.upperBound] : nil
            func joins(_ c: Character?, _ edge: Character?) -> Bool {
                guard let c, let edge, c.isLetter, edge.isLetter else { return false }
                return !(c.unicodeScalars.first.map { (0x3040...0x9FFF).contains($0.value) } ?? false)
                    && !(edge.unicodeScalars.first.map { (0x3040...0x9FFF).contains($0.value) } ?? false)
            }
            if !joins(before, word.first) && !joins(after, word.last) { return true }
            searchStart = index(after: found.lowerBound)
        }
        return false
    }
}
