import Foundation
import ICUKit

/// Comparison keys for names across scripts.
public enum NameKeys {
    static let latinASCII = try! Transliterator(id: "Any-Latin; Latin-ASCII")
    /// Cyrillic names romanised as English writes them (BGN/PCGN: Сочи -> Sochi, Шойгу ->
    /// Shoygu, Джордан -> Dzhordan); ICU's generic Cyrillic-Latin gives Soči, which folds to
    /// "soci" and no longer sounds like the English spelling.
    static let cyrillicASCII = try! Transliterator(id: "Russian-Latin/BGN; Any-Latin; Latin-ASCII")

    /// ICU transliteration to Latin, ASCII-folded and lowercased, letters and digits only:
    /// "Volker Türk" -> "volkerturk", "佩特罗" -> "peiteluo", "Путин" -> "putin".
    public static func key(_ name: String) -> String {
        // An ASCII name is keyed in fewer instructions than the shared memo takes to look it
        // up (its lock and a String hash): the memo is for names that ICU reads.
        if let key = asciiKey(name) { return key }
        return keys.value(for: name, compute: computeKey)
    }

    private static let keys = BoundedMemo(limit: 100_000)
    private static let skeletons = BoundedMemo(limit: 100_000)

    /// The key of a name of ASCII letters, digits, spaces, hyphens, full stops and
    /// apostrophes, which need no transliteration: its letters and digits, lowercased,
    /// written straight into the string (a short key needs no allocation). Nil for any other
    /// name.
    static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { asciiKey(units: $0) }
    }

    /// `asciiKey` of code units (UTF-8 bytes or UTF-16 units: an ASCII character is the same
    /// number in both).
    static func asciiKey<Units: Collection>(units: Units) -> String? where Units.Element: FixedWidthInteger {
        var count = 0
        for u in units {
            switch u {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: count += 1
            case 0x20, 0x2D, 0x2E, 0x27: continue
            default: return nil
            }
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var k = 0
            for u in units {
                switch u {
                case 0x41...0x5A: out[k] = UInt8(u + 32); k += 1
                case 0x61...0x7A, 0x30...0x39: out[k] = UInt8(u); k += 1
                default: continue
                }
            }
            return k
        }
    }

    /// `key(String(utf16Units: units))` without that String when the units are ASCII
    /// (`asciiKey`'s letters): each word of every translation is keyed, and the String made
    /// only to be keyed cost a third of it.
    static func key(units: ArraySlice<UInt16>) -> String {
        asciiKey(units: units) ?? key(String(utf16Units: units))
    }

    static func computeKey(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        // Latin letters with diacritics: ICU's compatibility decomposition takes the marks off
        // without a transliterator (the first one opened costs ICU its whole registry).
        if let folded = decomposedASCII(name) { return folded }
        // Han names, also with ASCII, punctuation or spaces ("中国（香港）", "G7峰会"), from the
        // per-character readings; anything else goes to the transliterator (which would open
        // Han-Latin inside Any-Latin).
        let isHan = { (s: Unicode.Scalar) in s.value >= 0x3400 && s.value <= 0x9FFF }
        let hasHan = name.unicodeScalars.contains(where: isHan)
        if hasHan,
           name.unicodeScalars.allSatisfy({ isHan($0) || $0.isASCII || !$0.properties.isAlphabetic }) {
            var key = ""
            for c in name {
                if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, isHan(s) {
                    key += HanReadings.reading(c)
                } else if c.isASCII, c.isLetter || c.isNumber {
                    key += c.lowercased()
                }
            }
            return key
        }
        let isCyrillic = name.unicodeScalars.allSatisfy { (0x400...0x52F).contains($0.value) || !$0.properties.isAlphabetic }
        var latin = (try? (isCyrillic ? cyrillicASCII : latinASCII).transform(name)) ?? name
        // Pinyin x and q stand for sounds that other spellings write s and ch.
        if hasHan {
            latin = latin.split(separator: " ").map { syllable -> String in
                if syllable.hasPrefix("x") { return "s" + syllable.dropFirst() }
                if syllable.hasPrefix("q") { return "ch" + syllable.dropFirst() }
                return String(syllable)
            }.joined(separator: " ")
        }
        return String(latin.lowercased().unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }.map(Character.init))
    }

    /// Lowercase ASCII letters and digits of a name whose NFKD form is ASCII plus combining
    /// marks ("Türk" -> "turk"); nil when another letter remains (ß, ø, Cyrillic...).
    static func decomposedASCII(_ name: String) -> String? {
        guard let units = try? Normalizer.nfkd.normalize(name.utf16Units) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        for u in units {
            switch u {
            case 0x41...0x5A: out.append(UInt8(u) + 32)
            case 0x61...0x7A, 0x30...0x39: out.append(UInt8(u))
            // Other ASCII, combining marks and general punctuation (’ “ –) leave no letter.
            case 0x00..<0x80, 0x300...0x36F, 0x2000...0x206F: continue
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercase ASCII with spaces kept: "Europäischen Union" -> "europaischen union".
    public static func fold(_ text: String) -> String {
        ((try? latinASCII.transform(text)) ?? text).lowercased()
    }

    static let latinOnlyASCII = try! Transliterator(id: "Latin-ASCII")

    /// Diacritics of Latin letters removed, other scripts left as they are: a whole text
    /// folded without transliterating it ("Europäischen" -> "europaischen", 中美洲 unchanged).
    static func foldLatin(_ text: String) -> String {
        // Only Latin letters beyond ASCII need ICU (Latin-1 to Latin Extended-B, Latin
        // Extended Additional); Chinese or Cyrillic text alone is only lowercased.
        func isLatinBeyondASCII(_ v: UInt32) -> Bool { (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) }
        guard text.unicodeScalars.contains(where: { isLatinBeyondASCII($0.value) }) else { return text.lowercased() }
        // Accented letters lose their marks through ICU's decomposition (far cheaper than a
        // transliterator over the whole text); Latin letters without a decomposition (ß, ø,
        // æ, ł) still need the transliterator.
        if let units = try? Normalizer.nfd.normalize(text.utf16Units) {
            var out: [UInt16] = []
            out.reserveCapacity(units.count)
            var needsTransliterator = false
            for u in units {
                if (0x300...0x36F).contains(u), let last = out.last, last < 0xC0 || isLatinBeyondASCII(UInt32(last)) { continue }
                if isLatinBeyondASCII(UInt32(u)) { needsTransliterator = true; break }
                out.append(u)
            }
            if !needsTransliterator { return String(utf16Units: out).lowercased() }
        }
        return ((try? latinOnlyASCII.transform(text)) ?? text).lowercased()
    }

    /// A sound skeleton of a key: consonants in classes (b/p, d/t, g/k/c/q, s/z/x/j, f/v/w, l/r,
    /// m, n), vowels, h and y dropped, repeats collapsed. 佩特罗 and Petro both give "PTR".
    public static func phonetic(_ key: String) -> String {
        // Keys are ASCII: read as bytes (the Character comparisons below cost 20,000
        // instructions a key, 3% of a pairs run), without the memo, whose look-up costs more.
        // Anything else takes the Character path, remembered.
        var key = key
        if let sound = key.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiPhonetic(bytes) : nil }) { return sound }
        return skeletons.value(for: key, compute: characterPhonetic)
    }

    /// `characterPhonetic` for ASCII, on bytes; the same rules in the same order. The codes
    /// are written straight into the string, a repeat of the last one left out (the skeleton
    /// has no separators: a vowel between two like consonants leaves one, as in the Character
    /// path, which drops its separators at the end and collapses the repeats they kept apart).
    static func asciiPhonetic(_ s: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: 2 * s.count) { out in
            var n = 0
            func push(_ c: UInt8) {
                if n == 0 || out[n - 1] != c { out[n] = c; n += 1 }
            }
            asciiPhoneticCodes(s, push)
            return n
        }
    }

    static func asciiPhonetic(_ s: [UInt8]) -> String { s.withUnsafeBufferPointer { asciiPhonetic($0) } }

    /// The skeleton codes of ASCII bytes, in order, before repeats are collapsed.
    @inline(__always)
    private static func asciiPhoneticCodes(_ s: UnsafeBufferPointer<UInt8>, _ push: (UInt8) -> Void) {
        func b(_ c: Unicode.Scalar) -> UInt8 { UInt8(ascii: c) }
        var i = 0
        while i < s.count {
            let c = s[i]
            let next: UInt8 = i + 1 < s.count ? s[i + 1] : 0
            switch (c, next) {
            case (b("p"), b("h")): push(b("F")); i += 2; continue
            case (b("t"), b("h")): push(b("T")); i += 2; continue
            case (b("s"), b("h")), (b("c"), b("h")), (b("z"), b("h")): push(b("S")); i += 2; continue
            case (b("g"), b("h")), (b("c"), b("k")): push(b("K")); i += 2; continue
            case (b("c"), b("e")), (b("c"), b("i")), (b("c"), b("y")): push(b("S")); i += 1; continue
            case (b("k"), b("h")): i += 2; continue
            case (b("n"), b("g")): push(b("N")); i += 2; continue
            case (b("t"), b("s")), (b("t"), b("z")): push(b("S")); i += 2; continue
            case (b("d"), b("z")): push(b("S")); i += (i + 2 < s.count && s[i + 2] == b("h")) ? 3 : 2; continue
            default: break
            }
            if c == b("x") { push(b("K")); push(b("S")); i += 1; continue }
            switch c {
            case b("b"), b("p"): push(b("P"))
            case b("d"), b("t"): push(b("T"))
            case b("g"), b("k"), b("c"), b("q"): push(b("K"))
            case b("s"), b("z"), b("j"): push(b("S"))
            case b("f"), b("v"), b("w"): push(b("F"))
            case b("l"), b("r"): push(b("R"))
            case b("m"): push(b("M"))
            case b("n"): push(b("N"))
            case b("0")...b("9"): push(c)
            default: break
            }
            i += 1
        }
    }

    static func characterPhonetic(_ key: String) -> String {
        var s = Array(key)
        var out: [Character] = []
        var i = 0
        func push(_ c: Character) { if out.last != c { out.append(c) } }
        while i < s.count {
            let c = s[i]
            let next: Character? = i + 1 < s.count ? s[i + 1] : nil
            switch (c, next) {
            case ("p", "h"): push("F"); i += 2; continue
            case ("t", "h"): push("T"); i += 2; continue
            case ("s", "h"), ("c", "h"), ("z", "h"): push("S"); i += 2; continue
            case ("g", "h"), ("c", "k"): push("K"); i += 2; continue
            // A soft c, as in every Latin-script language's names (Ceará, Cecil, Cicero).
            case ("c", "e"), ("c", "i"), ("c", "y"): push("S"); i += 1; continue
            // Russian х (kh) and Chinese h are the English h: silent in the skeleton.
            case ("k", "h"): i += 2; continue
            // "ng" is one nasal (pinyin lang, English Long).
            case ("n", "g"): push("N"); i += 2; continue
            case ("t", "s"), ("t", "z"): push("S"); i += 2; continue
            // dzh and dz are English j (Джордан: Dzhordan / Jordan).
            case ("d", "z"): push("S"); i += (i + 2 < s.count && s[i + 2] == "h") ? 3 : 2; continue
            default: break
            }
            // x is k + s in the Latin spellings of names (Alexander / Aleksandr, Texas).
            if c == "x" { push("K"); push("S"); i += 1; continue }
            switch c {
            case "b", "p": push("P")
            case "d", "t": push("T")
            case "g", "k", "c", "q": push("K")
            case "s", "z", "j": push("S")
            case "f", "v", "w": push("F")
            case "l", "r": push("R")
            case "m": push("M")
            case "n": push("N")
            case "0"..."9": push(c)
            default:
                // Vowels, h and y separate consonants: "Anna" keeps one N, "Petro" keeps P-T-R.
                if out.last != "·" && !out.isEmpty { out.append("·") }
            }
            i += 1
        }
        s = out.filter { $0 != "·" }
        // Collapse repeats that the vowel separators kept apart only when identical neighbours.
        var result: [Character] = []
        for c in s where result.last != c { result.append(c) }
        return String(result)
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Whether two names plausibly render the same name in different scripts: the same key,
    /// or sound skeletons at most one class apart (佩特罗 ≈ Petro, 赫格塞斯 ≈ Hegseth).
    public static func soundAlike(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka == kb { return true }
        let pa = phonetic(ka), pb = phonetic(kb)
        if pa == pb { return !pa.isEmpty }
        // One class apart is enough only for longer skeletons or when they start alike:
        // 赫格塞斯 (KSS) ≈ Hegseth (KST), but 马杜罗 (MTR) is not Petro (PTR).
        return closeSkeletons(pa, pb)
    }
}

/// Finds names: capitalised runs in alphabetic scripts (with particles, initials and leading
/// titles split off as the role), and runs of characters that ICU's Chinese word break leaves
/// unsegmented (transliterated foreign names and personal names) in CJK text.
struct NameExtractor {
    let s: TextScanner
    let lex: Lexicon
    let sentences: [Range<Int>]
    let claimed: [Bool]

    func extract() -> [NameMention] {
        var names: [NameMention]
        if lex.usesCJKNumerals {
            names = cjkNames()
        } else if let titles = LexicalData.caselessTitles[lex.base] {
            names = caselessNames(after: titles)
        } else {
            names = alphabeticNames()
        }
        // Link short forms to a fuller form seen earlier: "Petro" -> "Gustavo Petro". One pass,
        // remembering the latest full form for each last word.
        var fullFormByLastWord: [Substring: String] = [:]
        for i in names.indices {
            let (last, isOneWord) = Self.lastWord(of: names[i].text)
            guard let last else { continue }
            if !isOneWord {
                fullFormByLastWord[last] = names[i].text
            } else if let full = fullFormByLastWord[last] {
                names[i].fullForm = full
            }
        }
        return names
    }

    /// The last of the space-separated words of `text` (as `split(separator: " ")` gives
    /// them), and whether it is the only one. ASCII names are split on their bytes: splitting
    /// by Character cost 120,000 instructions an article.
    static func lastWord(of text: Substring) -> (last: Substring?, isOneWord: Bool) {
        // (start, end) of the last word as byte offsets, and whether only spaces precede it;
        // nil when the text is not ASCII or lends no bytes.
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Bool)?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return (start, end, bytes[..<start].allSatisfy { $0 == 0x20 })
        }
        guard let found = found ?? nil else {
            let parts = text.split(separator: " ")
            return (parts.last, parts.count <= 1)
        }
        guard let (start, end, isOneWord) = found else { return (nil, true) }
        let utf8 = text.utf8
        return (text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)], isOneWord)
    }

    static func lastWord(of text: String) -> (last: Substring?, isOneWord: Bool) { lastWord(of: text[...]) }

    static func make(_ range: Range<Int>, text: String, role: String?) -> NameMention {
        NameMention(range: range, text: text, role: role)
    }

    // MARK: Alphabetic scripts

    struct Word {
        var range: Range<Int>
        /// Empty for a lower-case word after another that the name runs never reach (see
        /// `alphabeticNames`); a word has at least one letter.
        var text: String
        var capitalised: Bool
        var sentenceInitial: Bool
    }

    func alphabeticNames() -> [NameMention] {
        // Words capitalised somewhere other than at a sentence start count as names there too.
        var words: [Word] = []
        var run = 0
        for sentence in sentences {
            var i = sentence.lowerBound
            var first = true
            while i < sentence.upperBound {
                if s.isAlphabeticLetter(i) && !s.isAlphabeticLetter(i - 1) {
                    let e = min(s.runs.wordEnd(at: i, in: s, hint: &run), sentence.upperBound)
                    let firstUnit = s.t[i]
                    var hasApostrophe = false, hasHyphen = false
                    for k in i..<e {
                        let u = s.t[k]
                        if u == 0x27 || u == 0x2019 { hasApostrophe = true } else if u == 0x2D { hasHyphen = true }
                    }
                    // Most words are lower case, ASCII, and after a lower-case word: their text
                    // is only asked for below if a sentence-initial word may be their capitalised
                    // form, and is made then (making every word's string was 2% of a corpus run).
                    let needsText = hasApostrophe || hasHyphen || firstUnit >= 0x80 || (0x41...0x5A).contains(firstUnit)
                        || words.last?.capitalised == true
                    let text = needsText ? s.string(i..<e) : ""
                    // An elided article or conjunction is a word of its own: the name of
                    // "l'Amazone", "qu'Emin", "dell'ONU" starts after the apostrophe.
                    // (Looked for only in words with an apostrophe: Character search is slow.)
                    if hasApostrophe, let cut = Self.elisionLength(text), i + cut < e {
                        first = false
                        i += cut
                        continue
                    }
                    // "al-Sistani" is capitalised after its article.
                    // ASCII first letters are judged without a Character.
                    let cap = (firstUnit < 0x80 ? (0x41...0x5A).contains(firstUnit) : (text.first.map { $0.isUppercase } ?? false))
                        || (hasHyphen && ["al-", "el-", "ad-", "as-", "ash-", "ibn-", "bin-", "abu-"].contains { text.hasPrefix($0) && text.dropFirst($0.count).first?.isUppercase == true })
                    if claimed[i] { i = e; first = false; continue }
                    // After an opening quote or bracket a word is still sentence-initial.
                    words.append(Word(range: i..<e, text: text, capitalised: cap, sentenceInitial: first))
                    first = false
                    i = e
                } else {
                    if s.isDigit(i) { first = false }
                    // A quotation introduced by a colon starts a sentence of its own: «Hemos...
                    if [0x22, 0xAB, 0x201C, 0x201E].contains(s.t[i]) {
                        var k = i - 1
                        while k >= sentence.lowerBound && s.t[k] == 0x20 { k -= 1 }
                        if k >= sentence.lowerBound && s.t[k] == 0x3A { first = true }
                    }
                    i += 1
                }
            }
        }
        let capitalisedElsewhere = Set(words.filter { $0.capitalised && !$0.sentenceInitial }.map(\.text))
        // Which sentence-initial capitalised words also stand in lower case (only those are
        // asked about below): a set of every lower-case word cost 2% of a corpus run.
        let asked = Set(words.filter { $0.capitalised && $0.sentenceInitial }.map { $0.text.lowercased() })
        let askedFilter = AskedWordFilter(asked)
        var lowercaseWords: Set<String> = []
        for w in words where !w.capitalised {
            guard askedFilter.mayHold(s.t[w.range]) else { continue }
            let lower = (w.text.isEmpty ? s.string(w.range) : w.text).lowercased()
            if asked.contains(lower) { lowercaseWords.insert(lower) }
        }
        let titles = LexicalData.titles[lex.base] ?? []
        var result: [NameMention] = []
        var k = 0
        while k < words.count {
            guard words[k].capitalised, !isDateWord(words[k].text) else { k += 1; continue }
            // Extend the run over capitalised words, particles and initials ("R."), only across
            // single spaces or hyphens.
            var run = [k]
            var j = k + 1
            while j < words.count {
                // The units between two words, compared without making a string.
                let gapBefore = words[j - 1].range.upperBound..<words[j].range.lowerBound
                // After an initial ("Gerald R. Ford") or a title's abbreviation ("Ms. Randle").
                let afterInitial = Self.gap(s.t, gapBefore, is: 0x2E, 0x20) && words[j - 1].capitalised
                    && (words[j - 1].text.count == 1 || Self.titleAbbreviations.contains(words[j - 1].text.lowercased()))
                guard Self.gap(s.t, gapBefore, is: 0x20) || Self.gap(s.t, gapBefore, is: 0x2D) || afterInitial else { break }
                if words[j].sentenceInitial && !afterInitial { break }
                // A name is written in one script: "Сайт KP.ru" is a noun and a name.
                if (s.t[words[j].range.lowerBound] < 0x250) != (s.t[words[j - 1].range.lowerBound] < 0x250) { break }
                if words[j].capitalised && !isDateWord(words[j].text) {
                    run.append(j)
                    j += 1
                    continue
                }
                // (Lowercased only here: most words after a capitalised one are capitalised too.)
                let lower = words[j].text.lowercased()
                if lex.base != "de", LexicalData.nameParticles.contains(lower) || words[j].text.hasPrefix("al-") {
                    // (Not in German, where every noun is capitalised: "Nachfolge von Henry
                    // Kissinger", "Büro der Schwedischen Post" are two names, not one.)
                    // A particle only counts when a capitalised word follows it; "of" only after
                    // a title or inside a longer name ("Secretary of Defense", "Joint Chiefs of Staff").
                    guard j + 1 < words.count, words[j + 1].capitalised,
                          Self.gap(s.t, words[j].range.upperBound..<words[j + 1].range.lowerBound, is: 0x20) else { break }
                    if lower == "of" || lower == "the" {
                        // (Not after a title and one name: "President Napoli | of Venezuela".)
                        let previous = words[run.last!].text.lowercased()
                        guard titles.contains(previous) || run.filter({ !titles.contains(words[$0].text.lowercased()) }).count >= 2 else { break }
                    }
                    run.append(j)
                } else {
                    break
                }
                j += 1
            }
            k = j
            // A sentence-initial function word is not part of a name ("After the UK"); a title
            // before a name stays, as its role ("Ms Randle").
            if let f = run.first, LexicalData.sentenceStarters.contains(words[f].text.lowercased())
                && !(run.count > 1 && titles.contains(words[f].text.lowercased()))
                || (words[f].sentenceInitial && run.count > 1 && lowercaseWords.contains(words[f].text.lowercased())) {
                run.removeFirst()
            }
            // Particles and articles at the edges are not part of the name.
            while let f = run.first, !words[f].capitalised || ["The", "A", "An"].contains(words[f].text) { run.removeFirst() }
            while let l = run.last, !words[l].capitalised { run.removeLast() }
            guard !run.isEmpty else { continue }
            // Leading titles are the role: "Colombian President | Petro". An organisation's name
            // keeps its words ("US Southern Command").
            let isOrganisation = run.contains { LexicalData.organisationWords.contains(words[$0].text.lowercased()) }
            var roleEnd = -1
            if !isOrganisation {
                for (idx, w) in run.enumerated() where Self.isTitle(w.lowercasedText(words), in: titles) { roleEnd = idx }
            }
            var nameWords = Array(run[(roleEnd + 1)...])
            let roleWords = roleEnd >= 0 ? Array(run[...roleEnd]) : []
            while let f = nameWords.first, !words[f].capitalised { nameWords.removeFirst() }
            guard let firstName = nameWords.first, let lastName = nameWords.last else { continue }
            // A lone sentence-initial word is surely a name only if it is capitalised elsewhere
            // too (or an acronym); if it never appears in lower case it is kept as uncertain.
            var uncertain = false
            if nameWords.count == 1 && words[firstName].sentenceInitial && roleWords.isEmpty {
                let w = words[firstName].text
                let sure = capitalisedElsewhere.contains(w) || (w.count > 1 && w.uppercased() == w)
                guard sure || !lowercaseWords.contains(w.lowercased()) else { continue }
                uncertain = !sure
            }
            let range = words[firstName].range.lowerBound..<words[lastName].range.upperBound
            var end = range.upperBound
            // Possessive "'s" is not part of the name.
            if s.string(max(range.lowerBound, end - 2)..<end) == "'s" { end -= 2 }
            if end < s.n && s.t[end] == 0x2E && words[lastName].text.count == 1 { end += 1 }
            let role = roleWords.isEmpty ? nil : s.string(words[roleWords.first!].range.lowerBound..<words[roleWords.last!].range.upperBound)
            var name = Self.make(range.lowerBound..<end, text: s.string(range.lowerBound..<end), role: role)
            name.isUncertain = uncertain
            result.append(name)
        }
        return result
    }

    /// Turns away, before a word is built and lowercased, a word that cannot be one of a set
    /// of lower-case words: an ASCII word whose first letter begins none of them or, when all
    /// of them are ASCII, whose length none has. (Bits rather than a unit map: a map made per
    /// segment was a cost of its own.)
    struct AskedWordFilter {
        private var firstUnits = ASCIIBits()
        private var lengths: UInt64 = 0
        private var allASCII = true

        init(_ words: Set<String>) {
            for w in words {
                if let u = w.utf16.first { firstUnits.insert(u) }
                if w.utf8.allSatisfy({ $0 < 0x80 }) {
                    if w.utf8.count < 64 { lengths |= 1 << UInt64(w.utf8.count) }
                } else {
                    allASCII = false
                }
            }
        }

        /// False when `units.lowercased()` is surely not one of the words.
        func mayHold(_ units: ArraySlice<UInt16>) -> Bool {
            guard let u = units.first, u < 0x80 else { return true }
            guard firstUnits.contains(ASCIIUnit.lowercased(u)) else { return false }
            if allASCII, units.count < 64, lengths >> UInt64(units.count) & 1 == 0, units.allSatisfy({ $0 < 0x80 }) { return false }
            return true
        }
    }

    /// Whether the units of `gap` are `first` (and `second`). (A function of its own: a
    /// closure over the word list paid an exclusivity check at every call.)
    static func gap(_ t: [UInt16], _ gap: Range<Int>, is first: UInt16, _ second: UInt16? = nil) -> Bool {
        guard let second else { return gap.count == 1 && t[gap.lowerBound] == first }
        return gap.count == 2 && t[gap.lowerBound] == first && t[gap.lowerBound + 1] == second
    }

    /// Titles abbreviated with a full stop before a name.
    static let titleAbbreviations: WordSet = ["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "prof", "rev", "gen", "col", "capt", "lt", "sgt", "m", "mme"]

    /// A title, also in a Russian case form (Президента, министром, губернатору).
    static func isTitle(_ lowered: String, in titles: WordSet) -> Bool {
        if titles.contains(lowered) { return true }
        guard lowered.unicodeScalars.first.map({ (0x400...0x4FF).contains($0.value) }) == true else { return false }
        return ["а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ю", "ем", "я"].contains { ending in
            lowered.hasSuffix(ending) && titles.contains(String(lowered.dropLast(ending.count)))
        }
    }

    /// Articles, prepositions and conjunctions that French, Italian and Catalan elide before a
    /// vowel (l'Irak, d'Italia, qu'Emin, dell'ONU).
    static let elidedWords: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
                                           "dell", "dall", "nell", "sull", "all", "coll", "un", "quell", "quest", "sant"]

    /// The length in UTF-16 units of an elided word and its apostrophe at the start of `word`,
    /// when a letter follows; nil otherwise ("O'Brien" keeps its O').
    static func elisionLength(_ word: String) -> Int? {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let head = word[..<apostrophe]
        guard !head.isEmpty, head.count <= 7, elidedWords.contains(head.lowercased()),
              word[word.index(after: apostrophe)...].first?.isLetter == true else { return nil }
        if head.count == 1 && head == "O" { return nil }
        return word.utf16.distance(from: word.startIndex, to: word.index(after: apostrophe))
    }

    func isDateWord(_ w: String) -> Bool {
        // A word whose ASCII first letter begins no month or weekday is none (asked of every
        // capitalised word; folding it first cost more than the rest of this).
        if let u = w.utf16.first, u < 0x80, !lex.monthStarts.contains(u), !lex.weekdays.mayStart(with: u) { return false }
        let f = Lexicon.fold(w)
        return lex.months[f] != nil || lex.weekdays[f] != nil || lex.ambiguousMonths[f] != nil
    }

    // MARK: Scripts without capital letters

    /// In Arabic, Devanagari, Hebrew or Persian text nothing marks a name but context: the one or
    /// two words after a title (الرئيس بوتين, राष्ट्रपति पुतिन). Comparisons against a translation
    /// also test any source word against the translation's names through `NameKeys`.
    func caselessNames(after titles: WordSet) -> [NameMention] {
        var result: [NameMention] = []
        var i = 0
        while i < s.n {
            guard s.isAlphabeticLetter(i), !s.isAlphabeticLetter(i - 1) else { i += 1; continue }
            let e = s.wordEnd(i)
            if titles.contains(s.string(i..<e)) {
                let k = s.skipSpaces(e)
                if s.isAlphabeticLetter(k) {
                    let nameEnd = s.wordEnd(k)
                    result.append(Self.make(k..<nameEnd, text: s.string(k..<nameEnd), role: s.string(i..<e)))
                    i = nameEnd
                    continue
                }
            }
            i = e
        }
        return result
    }

    // MARK: CJK

    /// Characters that are words on their own far more often than parts of a name.
    /// Chinese verbs of saying that follow their speaker.
    static let cjkSpeechVerbs: Set<String> = ["说", "表示", "称", "指出", "认为", "强调", "透露", "说道", "坦言"]

    /// Chinese characters written after the name of a province, city or county.
    static let adminSuffixes: Set<Character> = ["省", "市", "县"]

    static let cjkStop = Set("的了在是和与及或对于从向被把将为以等也都而但就又还并之其此该这那我你他她它们个说称表示年月日时分人国中上下不有到会要已曾所由至比因如被让给使据")

    func cjkNames() -> [NameMention] {
        guard let iterator = try? BreakIterators.word(for: lex.base) else { return [] }
        // Surnames, 某, 省/市/县 and verbs of saying are Chinese (Japanese writes 県 and reads
        // kanji otherwise).
        let chinese = lex.base == "zh"
        var result: [NameMention] = []
        let segments = (try? s.t.withUnsafeBufferPointer { try iterator.segments(of: $0) }) ?? []
        var run: [Range<Int>] = []
        func flush() {
            defer { run = [] }
            // A surname standing alone and a given name of one or two characters, then only
            // words of two or more (陈|光明|得知, 许|正|宇): a person written with ordinary
            // characters. (A longer run of single characters is a transliteration: 罗|马|尼|亚.)
            if let first = run.first, first.count == 1, run.count >= 2, !claimed[first.lowerBound],
               chinese, let c = Unicode.Scalar(s.t[first.lowerBound]), LexicalData.chineseSurnames.contains(Character(c)) {
                var end = run[1].upperBound, next = 2
                if run[1].count == 1, run.count > 2, run[2].count == 1 { end = run[2].upperBound; next = 3 }
                if end - first.lowerBound <= 3, run[next...].allSatisfy({ $0.count >= 2 }) {
                    let range = first.lowerBound..<end
                    result.append(Self.make(range, text: s.string(range), role: nil))
                    return
                }
            }
            // A word of two ordinary characters at either end is a word next to the name, not
            // part of it (格里沃里|认为, "Grigory thinks").
            let ordinaryWord = { (r: Range<Int>) in r.count == 2 && !r.contains { LexicalData.transliterationCharacters.contains(Character(Unicode.Scalar(s.t[$0]) ?? " ")) } }
            while let last = run.last, ordinaryWord(last) { run.removeLast() }
            while let first = run.first, ordinaryWord(first) { run.removeFirst() }
            let singles = run.filter { $0.count == 1 }.count
            guard run.count >= 2, singles >= 2, let first = run.first, let last = run.last else { return }
            var range = first.lowerBound..<last.upperBound
            guard !range.contains(where: { claimed[$0] }) else { return }
            // A title before the name is its role: 总统|佩特罗.
            var role: String?
            let text = s.string(range)
            if let title = LexicalData.cjkTitles.filter({ text.hasPrefix($0) && text.count > $0.count + 1 }).max(by: { $0.count < $1.count }) {
                role = title
                range = (range.lowerBound + title.utf16.count)..<range.upperBound
            }
            result.append(Self.make(range, text: s.string(range), role: role))
        }
        for (index, (range, _)) in segments.enumerated() {
            let text = s.string(range)
            let isHan = range.allSatisfy { s.isCJK($0) }
            if text == "·" || text == "・" { if !run.isEmpty { run.append(range) }; continue }
            // A person kept anonymous: a surname and 某 or 某某 (黄某某, Huang), the name's key
            // is the surname's.
            if chinese, text == "某" || text == "某某", let last = run.last, last.count == 1, last.upperBound == range.lowerBound {
                run.removeLast()
                flush()
                let whole = last.lowerBound..<range.upperBound
                result.append(NameMention(range: whole, text: s.string(whole), keyOf: s.string(last)))
                continue
            }
            // A province, city or county: a word of ICU's dictionary with 省, 市 or 县 after it
            // or at its end (江西省, 哈尔滨|市); the key is the name's without it.
            if chinese, isHan, !claimed[range.lowerBound] {
                let next = index + 1 < segments.count ? s.string(segments[index + 1].range) : ""
                let core: Range<Int>?, whole: Range<Int>
                if range.count >= 3, let last = text.last, Self.adminSuffixes.contains(last) {
                    core = range.lowerBound..<(range.upperBound - 1); whole = range
                } else if range.count >= 2, next.count == 1, let n = next.first, Self.adminSuffixes.contains(n) {
                    core = range; whole = range.lowerBound..<segments[index + 1].range.upperBound
                } else {
                    core = nil; whole = range
                }
                if let core, !s.string(core).contains(where: { Self.cjkStop.contains($0) }) {
                    flush()
                    result.append(NameMention(range: whole, text: s.string(whole), keyOf: s.string(core)))
                    continue
                }
            }
            if isHan && range.count == 1 && !Self.cjkStop.contains(Character(text)) && !claimed[range.lowerBound] {
                run.append(range)
            } else if isHan && range.count == 2 && !run.isEmpty && run.count < 4 {
                // A two-character piece inside a run of single characters (格里|沃|里).
                run.append(range)
            } else {
                flush()
                // A word of two characters of transliteration before a verb of saying is its
                // speaker (米勒|说, Miller said).
                let next = index + 1 < segments.count ? s.string(segments[index + 1].range) : ""
                if chinese, isHan, range.count == 2, Self.cjkSpeechVerbs.contains(next), !claimed[range.lowerBound],
                   text.allSatisfy({ LexicalData.transliterationCharacters.contains($0) }) {
                    result.append(Self.make(range, text: text, role: nil))
                    continue
                }
                if isHan && range.count == 2 && !text.contains(where: { Self.cjkStop.contains($0) }) { run = [range] }
            }
        }
        flush()
        return (result + latinNamesInCJK()).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Names written in Latin letters inside CJK text, kept as written in a translation: runs
    /// of capitalised Latin words across single spaces (CEP, TogiNet Radio, Doug Jones).
    func latinNamesInCJK() -> [NameMention] {
        var result: [NameMention] = []
        var i = 0
        var run: Range<Int>?
        func flush() {
            defer { run = nil }
            guard let r = run, r.count >= 2 else { return }
            result.append(Self.make(r, text: s.string(r), role: nil))
        }
        while i < s.n {
            guard s.isAlphabeticLetter(i), !s.isCJK(i), !s.isAlphabeticLetter(i - 1) else {
                // One space between two capitalised words keeps the run.
                if run != nil, !(s.t[i] == 0x20 && run!.upperBound == i && i + 1 < s.n && s.isAlphabeticLetter(i + 1) && !s.isCJK(i + 1)) { flush() }
                i += 1
                continue
            }
            let e = s.wordEnd(i)
            if s.isUppercaseLetter(i) && !claimed[i] && s.string(i..<e).unicodeScalars.allSatisfy({ $0.value < 0x250 || !$0.properties.isAlphabetic }) {
                run = (run?.lowerBound ?? i)..<e
            } else {
                flush()
            }
            i = e
        }
        flush()
        return result
    }
}

private extension Int {
    func lowercasedText(_ words: [NameExtractor.Word]) -> String { words[self].text.lowercased() }
}
