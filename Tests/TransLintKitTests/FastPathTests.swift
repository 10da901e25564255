import Foundation
import ICUKit
import Testing
@testable import TransLintKit
import TransLintTestSupport

/// Random text for comparing a shortcut with its general path: `count` pieces, each one of
/// `pieces`, joined.
func randomText(_ pieces: [String], count: ClosedRange<Int>, using generator: inout some RandomNumberGenerator) -> String {
    (0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
}

/// SplitMix64: the same inputs on every run, so that a failing case fails again (an unseeded
/// draw once turned one CI run red and the next green).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Shortcuts taken for speed must give what the general path gives.
@Suite struct FastPathTests {
    /// Paragraphs taken for one sentence without ICU are split as ICU's sentence break splits
    /// them: every DEMETR source and translation in its language, and random texts of
    /// terminators, closing marks, digits, separators and words.
    @Test func oneSentenceShortcutSplitsAsICUDoes() throws {
        func both(_ text: String, _ language: String) throws -> (fast: [Range<Int>], icu: [Range<Int>]) {
            let t = Array(text.utf16)
            let paragraphs = Segmentation.paragraphs(in: t)
            return (try Segmentation.sentences(in: t, paragraphs: paragraphs, language: language),
                    try Segmentation.sentences(in: t, paragraphs: paragraphs, language: language, shortcut: false))
        }
        var texts = DemetrDev.cases.flatMap { c in [(c.source, c.lang)] + [c.good, c.bad, c.reference].compactMap { $0 }.map { ($0, "en") } }
        try #require(texts.count > 4_000)
        var rng = SeededGenerator(seed: 107)
        let pieces = ["Mr", "word", " ", "  ", ".", "!", "?", "...", "3", "3.5", "\"", "'", ")", "]", "\u{201D}", "\u{BB}", "\n", "\r\n", "\t",
                      "\u{2029}", "\u{85}", "U.S.", "etc.", "and", "The", "。", "你好", "」", "）", "！", "\u{964}", "\u{2026}", "\u{11047}", "\u{301}", "é"]
        for _ in 0..<3_000 { texts.append((randomText(pieces, count: 1...10, using: &rng), ["en", "zh", "de"].randomElement(using: &rng)!)) }
        var shortcuts = 0
        for (text, language) in texts {
            let (fast, icu) = try both(text, language)
            #expect(fast == icu, "\(language): \(text.debugDescription)")
            if Array(text.utf16).withUnsafeBufferPointer({ Segmentation.isOneSentence($0) }) { shortcuts += 1 }
        }
        // The shortcut is taken for most one-sentence segments, or it gains nothing.
        #expect(shortcuts > texts.count / 3)
    }

    @Test func oneEditCheckAgreesWithTheEditDistance() {
        var rng = SeededGenerator(seed: 1)
        let letters = Array("PTKSRMN")
        for _ in 0..<3_000 {
            let a = randomText(letters.map(String.init), count: 0...6, using: &rng)
            let b = randomText(letters.map(String.init), count: 0...6, using: &rng)
            #expect(NameKeys.withinOneEdit(a, b) == (NameKeys.editDistance(a, b) <= 1), "\(a) / \(b)")
        }
    }

    @Test func asciiAndOtherTextConvertAlike() {
        for text in ["", "Petro", "14 billion", "Türk", "佩特罗 met Petro", "emoji 🎉 end", "tab\tand\nline"] {
            let units = Array(text.utf16)
            #expect(String(utf16Units: units) == String(decoding: units, as: UTF16.self))
            // A slice of a longer buffer, as a word of a document is read.
            let padded = [0x20] + units + [0x20]
            #expect(String(utf16Units: padded[1..<(padded.count - 1)]) == text)
        }
    }

    /// Terminology forms tried only where one can begin: the same matches as ICU's search of
    /// the whole text, in either case setting, with Latin, Cyrillic and case-folded forms.
    @Test func terminologyStartsFindWhatAWholeSearchFinds() throws {
        let texts = ["14 milliard, 2 MILLIARDEN und Milliard. xmilliard 3milliard", "5 миллиард и 6 МИЛЛИАРД, миллиардов",
                     "Mio. mio. 5Mio. Mrd.-Grenze «Mrd.» \u{212A}ilo kilo Kilo", "", "ßtraße STRASSE"]
        var total = 0
        for caseSensitive in [false, true] {
            let yaml = """
            id: t.terms
            name: Terms
            description: test
            kind: terminology
            category: terminology
            level: warning
            message: "{found}: {required}"
            options:
              required: X
              forbidden: [milliard, milliarden, миллиард, Mio., Mrd., kilo, straße]
              case-sensitive: \(caseSensitive)
            examples:
              triggering: ["2 ⟦Mrd.⟧ euros"]
              non-triggering: ["2 billion euros"]
            """
            let rule = try RuleLoader.load(yaml: yaml, path: "rules/t.yaml")
            let whole = try TerminologyRule.wordsRegex(["milliard", "milliarden", "миллиард", "Mio.", "Mrd.", "kilo", "straße"], caseSensitive: caseSensitive)
            for text in texts {
                let document = try Document(text: text)
                let found = try rule.check(document, context: CheckContext()).map(\.excerpt)
                let expected = try whole.matches(in: document.normalized).map { document.normalizedString($0.range) }
                #expect(found == expected, "\(caseSensitive) \(text)")
                total += found.count
            }
        }
        #expect(total >= 12)
    }

    /// Hole patterns tried only where their first words begin find what ICU's search of the
    /// whole text finds, on every translation of the DEMETR dev file and on crafted holes.
    @Test func holePatternsTriedAtTheirFirstWordsFindWhatAWholeSearchFinds() throws {
        let rule = try #require(try Checker.standard().rules.first { $0.id == "source.name-dropped" })
        let kind = try #require(rule.kind as? DroppedNameRule)
        let prefiltered = kind.wordGaps
        #expect(prefiltered.count >= 20)
        #expect(DroppedNameRule.firstWords(of: #"\b(?:[Tt]he|an?)\s+x"#)?.map { String(decoding: $0, as: UTF16.self) } == ["T" + "he", "the", "a"])
        #expect(DroppedNameRule.firstWords(of: #"(?:^|x)\bthe"#) == nil && DroppedNameRule.firstWords(of: #"\b(?i:the)"#) == nil)
        // A rule file's pattern that opens with an optional group can begin without it: it is
        // searched everywhere, not only where "Also" stands.
        #expect(DroppedNameRule.firstWords(of: #"\b(?:Also\s+)?(?:Lost|Won)\s"#) == nil && DroppedNameRule.firstWords(of: #"\b(?:Also|Then)\s+x"#)?.count == 2)
        #expect(DroppedNameRule.firstWords(of: #"\b(?:Also\s+)*Won"#) == nil && DroppedNameRule.firstWords(of: #"\b(?:Also\s+){0,1}Won"#) == nil)
        // Most word patterns also know what may follow their words once spaces are passed.
        #expect(kind.wordGapFollowers.compactMap { $0 }.count >= 15)
        // And many the words that follow those ("the" must be followed by "of", "in"...).
        #expect(kind.wordGapSecondWords.compactMap { $0 }.count >= 12)
        #expect(DroppedNameRule.secondWords(of: #"\b(?:to|at)\s+(?:on|at)\s+x"#)?.map { String(decoding: $0, as: UTF16.self) } == ["on", "at"])
        #expect(DroppedNameRule.secondWords(of: #"\bon\s+at\b"#)?.map { String(decoding: $0, as: UTF16.self) } == ["at"])
        #expect(DroppedNameRule.secondWords(of: #"\b(?:from|to)\s+(?:[,;]|\.)"#) == nil && DroppedNameRule.secondWords(of: #"\bthe\s*of"#) == nil)
        #expect(DroppedNameRule.secondWords(of: #"\bthe\s+(?:of|in)?x"#) == nil && DroppedNameRule.secondWords(of: #"\bthe\s+(?:of|in)"#)?.count == 2)
        #expect(DroppedNameRule.afterFirstWords(of: #"\b(?:[Tt]he|an?)\s+x"#) == #"\s+x"#)
        #expect(DroppedNameRule.afterFirstWords(of: #"\b(?:U\.S\.|in)\s"#) == nil && DroppedNameRule.afterFirstWords(of: #"\b(?:in|of)?x"#) == nil)
        // A pattern of alternatives can begin as any of them, not only with its first words.
        #expect(DroppedNameRule.firstWords(of: #"\bthe\s+x|y"#) == nil && DroppedNameRule.firstWords(of: #"\b(?:the|a)\s+(?:x|y)"#) != nil)
        let texts = DemetrDev.cases.flatMap { [$0.good, $0.bad, $0.reference].compactMap { $0 } }
            + ["flight to on Monday", "of 's water", "The of course, in .", "between South and on July 19", "x_in ., 3in .", "Émile in .",
               "an )", "a\u{A0}.", "towards ,", "toward ,", "according to ,", "According  to.", "the\n,", "in\t\"\t", "The is", "an of", "theory .",
               "by  and McCord", "at\u{A0}in front", "how has\tbeen reported", "the\u{2003}as", "towards of in", "an  than", "of that the", "to\non Monday",
               "the off", "thein of", "a ofx", "on at", "on  atlas"]
        try #require(texts.count > 1_000)
        var found = 0
        let regexes = try prefiltered.map { try $0.regex.clone() }
        for text in texts {
            let t = Array(text.utf16)
            for (regex, starts) in zip(regexes, kind.wordGapStarts(in: t)) {
                let fast = try regex.matches(in: t, startingAt: starts).map(\.range)
                let whole = try regex.matches(in: t).map(\.range)
                #expect(fast == whole, "\(regex.pattern) in \(text)")
                found += whole.count
            }
        }
        #expect(found > 20)
        // The sentence-start alternation, tried where a sentence can start.
        let sentenceGaps = kind.gaps.filter { if case .sentenceStarts = $0.starts { true } else { false } }
        #expect(sentenceGaps.count == 1)
        var atStarts = 0
        let more = ["Said that.\nHas been\r\nWas it? Lost the set!\u{2029}Also noted. , no", ".\u{A0}Said so", "x.\tSaid", "Said"]
        for text in texts + more {
            let t = Array(text.utf16)
            for gap in sentenceGaps {
                let regex = try gap.regex.clone()
                let whole = try regex.matches(in: t).map(\.range)
                #expect(try regex.matches(in: t, startingAt: DroppedNameRule.sentenceStarts(t)).map(\.range) == whole, "\(text)")
                atStarts += whole.count
            }
        }
        #expect(atStarts > 20)
        // The other patterns, tried where a unit they begin with stands (",\s*," at commas).
        let unitGaps = kind.gaps.compactMap { gap -> (ICURegex, RegexFirstUnits)? in
            if case .firstUnits(let units) = gap.starts { return (try? gap.regex.clone()).map { ($0, units) } }
            return nil
        }
        #expect(unitGaps.count >= 6)
        var atUnits = 0
        let crafted = ["of 's water", "'s", "Gaziantep,, a car", "x , ,", "() (, 1995) \"\" []", "( and Smith", "the Colombian ian",
                       "x,.", "word, (", "\"No,\" said .", "a,\n,", "its\u{A0}ian view", "ese\tism\nist", "ian"]
        for text in texts + crafted {
            let t = Array(text.utf16)
            for (regex, units) in unitGaps {
                let whole = try regex.matches(in: t).map(\.range)
                #expect(try regex.matches(in: t, startingAt: units.starts(in: t)).map(\.range) == whole, "\(regex.pattern) in \(text)")
                atUnits += whole.count
            }
            // The one pass for all of them gives each its own starts, less those after an
            // ASCII unit that is not white space for a pattern that opens with (?<=\s); and
            // finds what the whole-text search finds.
            let onePass = kind.asciiUnitGapStarts(in: t)
            for (g, gap) in kind.gaps.enumerated() where g < 64 {
                guard case .firstUnits(let units) = gap.starts, units.isASCII else { continue }
                let afterSpace = kind.unitGapsAfterWhiteSpace & (1 << UInt64(g)) != 0
                let expected = units.starts(in: t).filter { k in
                    !afterSpace || k == 0 || t[k - 1] >= 128 || t[k - 1] == 0x20 || (0x09...0x0D).contains(t[k - 1])
                }
                #expect(onePass[g] == expected, "\(g) in \(text)")
                let regex = try gap.regex.clone()
                #expect(try regex.matches(in: t, startingAt: onePass[g]).map(\.range) == regex.matches(in: t).map(\.range), "\(g) in \(text)")
            }
            #expect(kind.unitGapsAfterWhiteSpace.nonzeroBitCount == 1)
        }
        #expect(atUnits > 10)
    }

    @Test func asciiStemsAgreeWithTheCharacterPath() {
        var rng = SeededGenerator(seed: 2)
        let letters = Array("abcde")
        for _ in 0..<3_000 {
            let a = randomText(letters.map(String.init), count: 0...9, using: &rng)
            let b = randomText(letters.map(String.init), count: 0...9, using: &rng)
            let shared = zip(a, b).prefix { $0 == $1 }.count
            let expected = min(a.count, b.count) < 4 ? a == b
                : (abs(a.count - b.count) <= 4 && shared >= max(4, min(a.count, b.count) - 2)) || (shared >= 4 && shared >= min(a.count, b.count) - 1)
            #expect(SourceReference.sameStem(a, b) == expected, "\(a) / \(b)")
        }
        #expect(SourceReference.sameStem("россия", "россии") && !SourceReference.sameStem("рос", "рот"))
    }

    @Test func foldedWordsAreLexiconFolds() {
        var rng = SeededGenerator(seed: 3)
        let pieces = ["A", "b", "Z", ".", " ", "-", "É", "\u{AD}", "ß", "İ", "7", "Ж"]
        for _ in 0..<3_000 {
            let text = randomText(pieces, count: 0...6, using: &rng)
            let s = TextScanner(Array(text.utf16))
            let whole = 0..<s.n
            #expect(s.folded(whole) == Lexicon.fold(s.string(whole)), "\(text)")
            #expect(s.foldedKeepingDot(whole) == Lexicon.foldKeepingDot(s.string(whole)), "\(text)")
        }
    }

    /// Folding skips lowercasing a text that lowercasing leaves as it is; both give the same.
    @Test func foldingSkipsOnlyTextsLowercasingLeavesAlone() {
        var rng = SeededGenerator(seed: 13)
        let pieces = ["a", "Q", "ж", "Ж", "é", "É", "e\u{301}", "ß", "ẞ", "İ", "ı", "Σ", "σ", "ς", "\u{212A}", "Ⅻ", "ⅻ", "ǅ", "中", "🎉", "\u{AD}", ".", " "]
        for _ in 0..<4_000 {
            let text = randomText(pieces, count: 0...6, using: &rng)
            if !Lexicon.changesWhenLowercased(text) {
                #expect(text.lowercased().unicodeScalars.elementsEqual(text.unicodeScalars), "\(text)")
            }
            var expected = text.lowercased()
            expected.unicodeScalars.removeAll { $0 == "\u{AD}" }
            #expect(Array(Lexicon.foldKeepingDot(text).unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
        }
    }

    @Test func spelledOutWordsAreTheCharacterSplit() {
        var rng = SeededGenerator(seed: 14)
        let pieces = ["двадцать", "пять", "vingt", "et", "un", "é", "-", " ", "  ", "\u{301}", "\u{483}", "zwei", "ß", "中", "\u{AD}"]
        for _ in 0..<3_000 {
            let text = randomText(pieces, count: 0...6, using: &rng)
            #expect(Lexicon.words(of: text) == text.split(whereSeparator: { $0 == " " || $0 == "-" }), "\(text)")
        }
    }

    /// The filter before the look-up of lower-case forms never turns away a word the set holds.
    @Test func askedWordFilterNeverTurnsAwayAMember() {
        var rng = SeededGenerator(seed: 15)
        let pieces = ["t", "h", "e", "T", "H", "a", "x", "é", "\u{212A}", "k", "ǅ", "ß", "SS", "İ", "'", "-"]
        var held = 0, turnedAway = 0
        for _ in 0..<400 {
            let asked = Set((0..<Int.random(in: 0...5, using: &rng)).map { _ in randomText(pieces, count: 1...4, using: &rng).lowercased() })
            let filter = NameExtractor.AskedWordFilter(asked)
            for _ in 0..<30 {
                let word = randomText(pieces, count: 1...4, using: &rng)
                let units = Array(word.utf16)
                if asked.contains(word.lowercased()) {
                    held += 1
                    #expect(filter.mayHold(units[...]), "\(word) in \(asked)")
                } else if !filter.mayHold(units[...]) {
                    turnedAway += 1
                }
            }
        }
        #expect(held > 100 && turnedAway > 1_000)
    }

    @Test func asciiLetterRunsAreTheCharacterSplit() {
        var rng = SeededGenerator(seed: 4)
        let pieces = ["Ab", "c", " ", ",", "9", "-", "'", "X", "\r\n", "é", "e\u{301}", "\u{301}", "—", "’", "Жи", "\u{600}", "\u{200D}", "Σ", "İ", "ǅ"]
        for _ in 0..<3_000 {
            let text = randomText(pieces, count: 0...8, using: &rng)
            let expected = text.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(DateConsistencyRule.letterRuns(ArraySlice(Array(text.utf16))) == expected, "\(text)")
        }
    }

    @Test func messagesFillTheirFieldsAndKeepUnknownOnes() {
        let fields = ["name": "Petro", "other": "佩特罗", "x": "{y}"]
        #expect(MessageTemplate.render("\"{name}\" vs {other} ({missing}) {x}{", fields) == "\"Petro\" vs 佩特罗 ({missing}) {y}{")
        #expect(MessageTemplate.render("{a{name}} é", fields) == "{a{name}} é")
        #expect(MessageTemplate.render("", fields) == "")
    }

    /// The scanner's per-unit table against Unicode properties asked directly, for every unit.
    @Test func unitClassTableAgreesWithUnicodeProperties() {
        let all = (0...0xFFFF).map { UInt16($0) }
        let s = TextScanner(all)
        for i in all.indices {
            let u = all[i]
            let p = Unicode.Scalar(u)?.properties
            let cjk = (0x3040...0x30FF).contains(u) || (0x3400...0x9FFF).contains(u) || (0xF900...0xFAFF).contains(u) || (0xAC00...0xD7AF).contains(u)
            let letter = u < 0x80 ? Character(Unicode.Scalar(u)!).isASCII && Character(Unicode.Scalar(u)!).isLetter
                : u >= 0xC0 && !cjk && p?.isAlphabetic == true
            let mark = u >= 0x300 && [.nonspacingMark, .spacingMark, .enclosingMark].contains(p?.generalCategory)
            #expect(s.isAlphabeticLetter(i) == letter, "letter U+\(String(u, radix: 16))")
            #expect(s.isDigit(i) == (p?.generalCategory == .decimalNumber), "digit U+\(String(u, radix: 16))")
            #expect(s.isMark(i) == mark, "mark U+\(String(u, radix: 16))")
            #expect(s.isCJK(i) == cjk, "CJK U+\(String(u, radix: 16))")
            #expect(s.isUppercaseLetter(i) == (p?.isUppercase == true), "uppercase U+\(String(u, radix: 16))")
        }
        #expect(!s.isDigit(-1) && !s.isAlphabeticLetter(all.count))
    }

    /// The acronym search passes over words with an a–z letter after any elision before
    /// making strings; what it finds is what the character test finds in every word.
    @Test func acronymsAreFoundPastTheLowerCaseShortcut() throws {
        let text = "La OTAN y l'UE, l’ONU, Nato, el U.S.A., NASAs, Xª, ＵＥ, d'Eu, y D'EU."
        let document = try Document(text: text, language: "es")
        #expect(Acronyms.find(in: document) == ["OTAN", "UE", "ONU", "U.S.A.", "Xª", "ＵＥ", "EU"])
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0.last == "." && $0.count < 6 ? $0.dropLast() : $0) }
        let byCharacters = words.compactMap { w -> String? in
            let tail = w.lastIndex(where: { $0 == "'" || $0 == "’" }).map { String(w[w.index(after: $0)...]) } ?? w
            return Acronyms.isAcronym(tail) ? tail : nil
        }
        #expect(byCharacters == Acronyms.find(in: document))
    }

    @Test func asciiPathsGiveTheLanguageAndGroupOfTheCharacterPath() {
        var rng = SeededGenerator(seed: 5)
        let pieces = ["a", "en", "zh-Hant", "de", "/", ".", "txt", "EN", "fr-CA", "-", "abcd", "x1", "..", "\r\n", "_", "yue", ".en.", ".txt", "/x.de-CH."]
        var tagged = 0
        for _ in 0..<5_000 {
            let path = randomText(pieces, count: 0...9, using: &rng)
            #expect(Languages.fromFileName(path) == Languages.fromFileNameByCharacters(path), "\(path)")
            #expect(Corpus.groupKey(path) == Corpus.groupKeyByCharacters(path), "\(path)")
            if Languages.fromFileName(path) != nil { tagged += 1 }
        }
        #expect(tagged > 100)
        #expect(Languages.fromFileName("/a/b/article.zh-Hant.txt") == "zh-Hant" && Corpus.groupKey("/a/b/article.zh-Hant.txt") == "/a/b/article")
    }

    /// The search of base characters only turns away what Foundation's search would not find
    /// either, with canonically equivalent spellings on either side and marks in any order.
    /// The texts are NFKC, as every document's text is (Foundation's search has quirks with
    /// compatibility characters: it finds "\u{E9}\u{301}" in "e\u{FB01}\u{301}"), and the
    /// words have none, as CLDR's names have none.
    @Test func baseCharacterSearchNeverMissesWhatFoundationFinds() throws {
        var rng = SeededGenerator(seed: 6)
        let pieces = ["e", "\u{E9}", "e\u{301}", "\u{301}", "\u{323}", "\u{301}\u{323}", "\u{323}\u{301}", "\u{302}", "a", " ", "-",
                      "\u{FC}", "u\u{308}", "\u{D55C}", "\u{1112}\u{1161}\u{11AB}", "\u{C5}", "\u{212B}", "A\u{30A}", "\u{FB01}", "fi"]
        var found = 0, turnedAway = 0
        for _ in 0..<20_000 {
            let text = try Normalizer.nfkc.normalize(randomText(pieces, count: 0...8, using: &rng))
            let word = randomText(pieces.filter { $0 != "\u{FB01}" }, count: 1...3, using: &rng)
            let contains = text.range(of: word) != nil
            if contains { found += 1 }
            if !SourceReference.mayContain(SourceReference.baseCharacters(text), word) {
                turnedAway += 1
                #expect(!contains, "\(Array(text.unicodeScalars)) / \(Array(word.unicodeScalars))")
            }
        }
        #expect(found > 500 && turnedAway > 5_000)
        // A match inside a character is no word (this search used to crash on it).
        #expect(!"\u{E9}\u{301}\u{323}\u{301}x".containsWord("\u{323}\u{301}") && "la caf\u{E9} x".containsWord("cafe\u{301}"))
    }

    /// Words found in ASCII text on its bytes are those Foundation's search finds, with the
    /// same boundaries (letters join, digits and marks do not).
    @Test func asciiWordSearchFindsWhatFoundationFinds() {
        var rng = SeededGenerator(seed: 108)
        let pieces = ["us", "u", "s", "census", " ", "-", ".", "US", "1", "'", "the", "e", "a"]
        var found = 0
        for _ in 0..<20_000 {
            let text = randomText(pieces, count: 0...8, using: &rng)
            let word = randomText(pieces.filter { $0 != " " }, count: 1...2, using: &rng)
            let fast = text.asciiContainsWord(word)
            #expect(fast == text.searchedContainsWord(word), "\(text.debugDescription) / \(word.debugDescription)")
            if fast == true { found += 1 }
        }
        #expect(found > 1_000)
        // Outside ASCII the bytes are not asked.
        #expect("caf\u{E9} x".asciiContainsWord("cafe") == nil && "cafe x".asciiContainsWord("caf\u{E9}") == nil)
        #expect("the census said".containsWord("us") == false && "the us said".containsWord("us"))
    }

    /// Names split into words on their bytes give the Character split's words.
    @Test func namesSplitOnBytesAsOnCharacters() {
        var rng = SeededGenerator(seed: 110)
        let pieces = ["Petro", " ", "  ", "-", "US", "\u{301}", "é", "·", "Ullman", "a", " \u{301}", "-\u{308}"]
        for _ in 0..<10_000 {
            let text = randomText(pieces, count: 0...7, using: &rng)[...]
            for (separator, character) in [(UInt8(0x20), Character(" ")), (UInt8(0x2D), Character("-"))] {
                #expect(TargetWords.split(text, at: separator) == text.split(separator: character), "\(text.debugDescription)")
            }
        }
    }

    /// Acronyms told on the bytes of ASCII text are those the Character test finds.
    @Test func asciiAcronymsAreThoseOfTheCharacterTest() {
        var rng = SeededGenerator(seed: 109)
        let pieces = ["U", "S", ".", "G", "DP", "a", "Z", "@", "[", "1", "-", " ", "\r\n"]
        var acronyms = 0
        for _ in 0..<20_000 {
            let text = randomText(pieces, count: 0...8, using: &rng)
            let fast = Acronyms.asciiIsAcronym(text)
            #expect(fast == Acronyms.characterIsAcronym(text), "\(text.debugDescription)")
            if fast == true { acronyms += 1 }
        }
        #expect(acronyms > 500)
        #expect(Acronyms.asciiIsAcronym("СПИД") == nil && Acronyms.isAcronym("СПИД") && Acronyms.isAcronym("U.S.") && !Acronyms.isAcronym("Usa"))
    }

    /// The scalar prechecks of the name tests pass what the Character tests would take:
    /// U+0387 is canonically the middle dot, and an adjective ending is an ASCII letter.
    @Test func namePrechecksKeepCanonicalEquivalents() {
        #expect(SourceComparison.looksLikePersonName("约翰·刘易斯") && SourceComparison.looksLikePersonName("约翰\u{387}刘易斯"))
        #expect(SourceComparison.endsLikeGermanAdjective("persönliches", stems: SourceComparison.germanAdjectiveStems))
        #expect(!SourceComparison.endsLikeGermanAdjective("persönliche\u{301}", stems: SourceComparison.germanAdjectiveStems))
        #expect(!SourceComparison.endsLikeGermanAdjective("persönlich", stems: SourceComparison.germanAdjectiveStems))
    }

    @Test func asciiSoundSkeletonsAgreeWithTheCharacterPath() {
        var rng = SeededGenerator(seed: 7)
        let letters = Array("abcdeghijknpstxyz019")
        for _ in 0..<5_000 {
            let key = randomText(letters.map(String.init), count: 0...9, using: &rng)
            #expect(NameKeys.asciiPhonetic(Array(key.utf8)) == NameKeys.characterPhonetic(key), "\(key)")
        }
        #expect(NameKeys.phonetic("petro") == "PTR" && NameKeys.phonetic("dzhordan") == NameKeys.phonetic("jordan"))
        #expect(NameKeys.phonetic("anna") == "N" && NameKeys.phonetic("texas") == "TKS")
    }

    /// An ASCII name is keyed without ICU or the memo: as ICU's decomposition path keys it,
    /// and anything else is left to that path.
    @Test func asciiNameKeysAgreeWithTheDecompositionPath() {
        var rng = SeededGenerator(seed: 11)
        let pieces = ["Pe", "tro", "O'", "Brien", " ", "-", ".", "J", "7", "x", "MC", "é", "ß", "_"]
        for _ in 0..<3_000 {
            let name = randomText(pieces, count: 0...6, using: &rng)
            let fast = NameKeys.asciiKey(name)
            #expect(fast == nil || fast == NameKeys.decomposedASCII(name), "\(name)")
            #expect((fast == nil) == name.unicodeScalars.contains { !" -.'".unicodeScalars.contains($0) && !($0.isASCII && $0.properties.isAlphabetic) && !("0"..."9").contains($0) }, "\(name)")
            #expect(NameKeys.key(name) == NameKeys.computeKey(name), "\(name)")
        }
        #expect(NameKeys.key("Gustavo Petro") == "gustavopetro" && NameKeys.key("Türk") == "turk")
    }

    /// A sentence's few name words grouped by sorting give the dictionary's groups: the same
    /// texts, in the same order, each with its words in text order.
    @Test func nameWordsGroupedBySortingAsByDictionary() {
        var rng = SeededGenerator(seed: 13)
        let texts = ["Petro", "Petró", "Petro\u{301}", "Lopez", "López", "Ана", "佩特罗", "petro"]
        for _ in 0..<2_000 {
            let words = (0..<Int.random(in: 0...NameConsistencyRule.fewWords, using: &rng)).map { k in
                let text = texts.randomElement(using: &rng)!
                return NameConsistencyRule.Token(text: text, range: k..<(k + 1), key: NameKeys.key(text))
            }
            let sorted = NameConsistencyRule.groupedByText(words), hashed = NameConsistencyRule.groupedByTextInDictionary(words)
            #expect(sorted.map(\.key) == hashed.map(\.key))
            #expect(sorted.map { $0.value.map(\.range) } == hashed.map { $0.value.map(\.range) })
        }
    }

    /// A word keyed from its UTF-16 units has the key of its String.
    @Test func nameKeysFromUnitsAgreeWithKeysFromStrings() {
        var rng = SeededGenerator(seed: 12)
        let pieces = ["Pe", "tro", "O'", "Brien", " ", "-", ".", "J", "7", "x", "MC", "é", "ß", "_", "佩特罗", "Путин", "e\u{301}"]
        for _ in 0..<3_000 {
            let name = randomText(pieces, count: 0...6, using: &rng)
            #expect(NameKeys.key(units: Array(name.utf16)[...]) == NameKeys.key(name), "\(name)")
        }
    }

    /// The byte tests that skip most pairs of name forms never skip a pair of variants.
    @Test func spellingPrefilterNeverSkipsAVariant() {
        var rng = SeededGenerator(seed: 8)
        let letters = Array("abrnoé")
        func key(_ id: Int) -> NameConsistencyRule.FormKey {
            let k = randomText(letters.map(String.init), count: 1...10, using: &rng)
            return NameConsistencyRule.FormKey(key: k, id: id, bytes: Array(k.utf8))
        }
        for _ in 0..<5_000 {
            let (a, b) = (key(0), key(1))
            if NameConsistencyRule.spellingVariants(a.key, b.key) { #expect(a.mayBeVariant(of: b), "\(a.key) / \(b.key)") }
        }
    }

    @Test func latinNamesDecomposeToTheTransliteratorsKey() throws {
        let transliterator = try Transliterator(id: "Any-Latin; Latin-ASCII")
        for name in ["Volker Türk", "José Martí", "Ñuñoa", "Zoë O'Neill", "Ångström", "Jean-Luc Mélenchon", "Côte d’Ivoire", "São Tomé & Príncipe", "Curaçao (NL)"] {
            let viaICU = try transliterator.transform(name).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            #expect(NameKeys.decomposedASCII(name) == viaICU, "\(name)")
        }
        // Letters without a decomposition go to the transliterator.
        #expect(NameKeys.decomposedASCII("Øresund") == nil)
        #expect(NameKeys.key("Øresund") == "oresund")
    }

    /// Phrase tables look ASCII candidates up by their units (`UnitKeyIndex`) and the rest as
    /// folded strings; both must find what the plain dictionary finds, in every language.
    @Test(arguments: ["en", "de", "fr", "ru", "zh"])
    func phraseTablesFindWhatTheirDictionariesFind(language: String) throws {
        let lexicon = Lexicon.forLanguage(language)
        let text = try String(contentsOfFile: Repository.seed, encoding: .utf8)
            + " 3 Kilometres, 5 km, 20 per cent, 7 percentage points, Tuesday and TUESDAY, 40 US dollars, 8 m, 9 M, 2 Mio., x"
            + " 4 Mrd. Euro, 12 Prozent, 3 Kilometer, 5 millions d'euros, 20 pour cent, mardi, MARDI, 30 миллиардов рублей,"
            + " 7 километров, вторник, 4 Millionen, 140亿美元, 5公里, 星期二, 3 Mrd, 8 km², 9 °C, 2 kWh, Km"
            + " 5 October, OCTOBER, 3 May, 1 März, MÄRZ, 2 mars, 4 octobre, 5 октября, в октябре, ОКТЯБРЯ, 11月"
        let scanner = TextScanner(Array(text.utf16))
        for i in 0..<scanner.n {
            let scales = scanner.longestMatch(at: i, in: lexicon.scaleWords)
            let plainScales = scanner.longestMatch(at: i, in: lexicon.scaleWords.entries, maxLength: lexicon.scaleWords.longest)
            #expect(scales?.end == plainScales?.end, "at \(i)")
            for table in [lexicon.months, lexicon.ambiguousMonths, lexicon.monthStems] {
                let fast = scanner.longestMatch(at: i, in: table)
                let plain = scanner.longestMatch(at: i, in: table.entries, maxLength: table.longest)
                #expect(fast?.end == plain?.end && fast?.key == plain?.key, "at \(i)")
            }
            for table in [lexicon.units, lexicon.currencyNames] {
                let fast = scanner.longestMatch(at: i, in: table)
                let plain = scanner.longestMatch(at: i, in: table.entries, maxLength: table.longest)
                #expect(fast?.end == plain?.end && fast?.key == plain?.key, "at \(i)")
            }
            let fast = scanner.longestMatch(at: i, in: lexicon.weekdays, maxLength: 12)
            let plain = scanner.longestMatch(at: i, in: lexicon.weekdays.entries, maxLength: 12)
            #expect(fast?.end == plain?.end, "at \(i)")
        }
    }

    @Test func unitKeyIndexFindsWhatADictionaryFinds() {
        var rng = SeededGenerator(seed: 11)
        let pieces = ["a", "b", "K", "é", "e\u{301}", "ß", "中", "-", " ", ".", "\u{AD}", "🎉"]
        // The index compares units; a dictionary keyed by units is what it must agree with.
        var index = UnitKeyIndex()
        var numbers: [[UInt16]: Int] = [:]
        var table = PhraseTable<Int>()
        var dictionary: [String: Int] = [:]
        var words = WordSet()
        var plainWords: Set<String> = []
        for n in 0..<600 {
            let key = randomText(pieces, count: 0...5, using: &rng)
            let k = index.insert(Array(key.utf16))
            #expect(numbers[Array(key.utf16), default: k] == k, "\(key)")
            numbers[Array(key.utf16)] = k
            table[key] = n
            dictionary[key] = n
            words.insert(key)
            plainWords.insert(key)
        }
        // A word set holds what a set of strings holds, each word once.
        #expect(Set(words) == plainWords && Array(words).count == plainWords.count)
        #expect(index.count == numbers.count)
        for _ in 0..<4_000 {
            let query = randomText(pieces, count: 0...6, using: &rng)
            #expect(index.find(Array(query.utf16)) == numbers[Array(query.utf16)], "\(query)")
            // A phrase table answers as a dictionary of strings does (canonical equivalence).
            #expect(table[query] == dictionary[query], "\(query)")
            #expect(words.contains(query) == plainWords.contains(query), "\(query)")
        }
        // A removed phrase is gone, and set again is back; the Kelvin sign is K.
        var units: PhraseTable<Int> = ["km": 1, "kilometre": 2, "\u{212A}": 4]
        units["km"] = nil
        #expect(units["km"] == nil && units["kilometre"] == 2)
        units["km"] = 3
        #expect(units["km"] == 3 && units["K"] == 4)
        let kelvin: WordSet = ["\u{212A}", "caf\u{E9}"]
        #expect(kelvin.contains("K") && kelvin.contains("cafe\u{301}") && !kelvin.contains("k"))
    }

    @Test func lastWordsOfNamesAreTheLastPartsOfASplit() {
        var rng = SeededGenerator(seed: 8)
        for _ in 0..<3_000 {
            let text = randomText(["Gustavo", "Petro", " ", "  ", "de", "Müller", " \u{301}", "O'Neil", "-"], count: 0...5, using: &rng)
            let parts = text.split(separator: " ")
            let (last, isOneWord) = NameExtractor.lastWord(of: text)
            #expect(last == parts.last && isOneWord == (parts.count <= 1), "\(text)")
        }
    }

    /// The longest place a Han name begins with, by looking its prefixes up: what trying
    /// every place name as a prefix, longest first, found.
    @Test func placePrefixesOfHanNamesAreThoseOfTheWholeList() {
        var rng = SeededGenerator(seed: 9)
        for (source, target) in [("zh", "en"), ("en", "zh"), ("ja", "en")] {
            let places = NameGazetteer.between(source: source, target: target)
            let names = Array(places.placeNames.prefix(400))
            #expect(names.count > 100)
            var found = 0
            for _ in 0..<600 {
                let text = randomText(names.randomElement(using: &rng).map { [$0] } ?? [], count: 0...1, using: &rng)
                    + randomText(["特", "朗", "普", "省", "市", "中", "国", "美"], count: 0...4, using: &rng)
                let scan = places.placeNames.first { text.hasPrefix($0) && text.count > $0.count + 1 }
                #expect(places.longestPlacePrefix(of: text, leaving: 2) == scan, "\(text)")
                if scan != nil { found += 1 }
            }
            #expect(found > 50)
        }
    }

    /// Patterns tried only where their first units stand find what a search of the whole text
    /// finds: the rule pack's pattern rules and patterns of every form the reading handles.
    @Test func patternsTriedAtTheirFirstUnitsFindWhatAWholeSearchFinds() throws {
        let packPatterns = try Checker.standard().rules.compactMap { ($0.kind as? PatternRule) }
        #expect(packPatterns.count >= 2 && packPatterns.allSatisfy { $0.firstUnits != nil })
        let patterns = [#"(?<![\d.:])(1[3-9]|2[0-3])(?:[.:][0-5]\d)?\s*[ap]\.?m\.?(?![a-z])"#, #"(?<![\p{L}\p{N}.,])\.\d+"#,
                        #"\b(?:km|mi)\b"#, #"[€$£]\s?\d+"#, #"(?:a|b+|[c-e\-]x)y"#, #"\d{2,}%"#, #"年\d"#, "(a)(b)", #"[.\]]z"#,
                        // Alternatives of a whole pattern, and an opening group of zero-width ones.
                        #"ab|\.c|(?<=x)y"#, #"(?:^|(?<=[\s(]))'s\b"#]
        let unread = [#"a?b"#, #"(?:a|)b"#, #"(?i)ab"#, #".b"#, #"\wb"#, #"[^a]b"#, #"(?=a)a"#, #"[[:alpha:]]"#, #"(?:a*|b)c"#, #"\p{L}"#]
        for p in unread { #expect(RegexFirstUnits.of(p) == nil, "\(p)") }
        var rng = SeededGenerator(seed: 12)
        let pieces = ["1", "3", "2", "0", ".", ":", " ", "pm", "a.m.", "km", "mi", "€", "$", "%", "年", "a", "b", "c", "x", "y", "-", "z", "]", "٣", "\n", "é", "'s", "(",
                      "P", "\u{212A}", "K", "ß", "SS", "Y"]
        // Each pattern with a text it matches, which joins the random pieces.
        let examples = ["13 pm", ".5", " km ", "€ 5", "cxy", "50%", "年5", "ab", ".z", ".c", " 's "]
        for (pattern, caseInsensitive, example) in zip(patterns, examples).map({ ($0, false, $1) })
            + [(patterns[0], true, "13 PM"), (#"k\d"#, true, "\u{212A}5"), (#"(?:ss|x)y"#, true, "ßY")] {
            let first = try #require(RegexFirstUnits.of(pattern, caseInsensitive: caseInsensitive), "\(pattern)")
            let regex = try ICURegex(pattern, options: caseInsensitive ? [.caseInsensitive] : [])
            var foundHere = 0
            for _ in 0..<600 {
                let t = Array(randomText(pieces + [example], count: 0...12, using: &rng).utf16)
                let whole = try regex.matches(in: t)
                #expect(try regex.matches(in: t, startingAt: first.starts(in: t)) == whole, "\(pattern) in \(String(decoding: t, as: UTF16.self))")
                foundHere += whole.count
            }
            // Each pattern matched something, so the comparison was not of empty lists only.
            #expect(foundHere > 0, "\(pattern)")
        }
        // Ignoring case, a first unit outside ASCII may stand for ASCII text (ſ for s).
        #expect(RegexFirstUnits.of("年x", caseInsensitive: true) == nil && RegexFirstUnits.of("[kſ]x", caseInsensitive: true) == nil)
    }

    @Test func offsetMapsGiveEveryOffsetOfTheirArray() {
        var generator = SeededGenerator(seed: 100)
        for _ in 0..<200 {
            // Runs of consecutive offsets with jumps between them, as escapes leave.
            var offsets: [Int] = []
            var next = Int.random(in: 0...50, using: &generator)
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                offsets.append(next)
                next += Int.random(in: 0...9, using: &generator) < 8 ? 1 : Int.random(in: 2...7, using: &generator)
            }
            var map = OffsetMap(offsets)
            #expect(map.count == offsets.count)
            #expect((0..<offsets.count).map { map[$0] } == offsets)
            #expect(map.first == offsets.first)
            if let last = offsets.last {
                #expect(map.isWithin(0...last))
                #expect(!map.isWithin(0...(last - 1)))
            }
            map.shift(by: 100)
            #expect((0..<offsets.count).map { map[$0] } == offsets.map { $0 + 100 })
        }
    }

    @Test func unitSetPositionsAreTheUnitsItContains() {
        var generator = SeededGenerator(seed: 101)
        let set = UnitSet([0x28, 0x29, 0x22, 0x201C, 0x201D, 0xFF08, 0xFFFF, 0])
        for _ in 0..<200 {
            // Units from everywhere, with the set's own and their neighbours often.
            let pool: [UInt16] = [0x27, 0x28, 0x29, 0x2A, 0x22, 0x201C, 0x201D, 0x201E, 0xFF08, 0xFFFE, 0xFFFF, 0, 1, 0x41]
            let units = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                Bool.random(using: &generator) ? pool.randomElement(using: &generator)! : UInt16.random(in: 0...0xFFFF, using: &generator)
            }
            #expect(set.positions(in: units) == units.indices.filter { set.contains(units[$0]) })
        }
    }

    /// A random JSON line: mostly the plain shape of bilingual files, with everything
    /// unusual that Foundation accepts or rejects mixed in (trailing commas, exponents, long
    /// numbers, surrogate escapes, a byte order mark, control characters, deep lists, keys
    /// written twice), and sometimes a unit inserted or removed.
    static func randomJSONLine(using g: inout SeededGenerator) -> [UInt16] {
        func pick<T>(_ items: [T]) -> T { items.randomElement(using: &g)! }
        func string() -> String {
            let pieces = ["a", "Fed", " ", "é", "e\u{301}", "\\", "\\\"", "\\n", "\\/", "\\u00e9", "\\u0000", "\\ud83d\\ude00",
                          "\\ud800", "\\udc00x", "\\x", "\\u12", "\t", "\u{7F}", "😀", "140亿", "\u{0}"]
            // Half of them plain, as most strings are.
            let from = Bool.random(using: &g) ? Array(pieces.prefix(5)) : pieces
            return "\"" + (0..<Int.random(in: 0...4, using: &g)).map { _ in pick(from) }.joined() + "\""
        }
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0...12, using: &g) {
            case 0...4: return string()
            case 5: return pick(["0", "-0", "12", "-1.5", "3.25", "01", "1.", ".5", "1e5", "1E+5", "-", "123456789012345", "1234567890123456", "1e999", "+1"])
            case 6: return pick(["true", "false", "null", "tru", "nul", "NaN"])
            case 7 where depth < 3: return "[" + (0..<Int.random(in: 0...3, using: &g)).map { _ in value(depth + 1) }.joined(separator: pick([",", ", ", ",,"])) + pick(["]", ",]"])
            case 8 where depth < 3: return object(depth + 1)
            case 9: return String(repeating: "[", count: pick([3, 63, 64, 70])) + String(repeating: "]", count: pick([3, 63, 64, 70]))
            default: return string()
            }
        }
        func object(_ depth: Int) -> String {
            let keys = ["\"id\"", "\"source\"", "\"target\"", "\"source_lang\"", "\"sou\\u0072ce\"", "\"x\"", "\"\""]
            let members = (0..<Int.random(in: 0...5, using: &g)).map { _ in pick(keys) + pick([":", " : ", ":\t"]) + value(depth) }
            return "{" + members.joined(separator: pick([",", ", ", " ,"])) + pick(["}", ",}", " }"])
        }
        let line = pick(["", "", "", " ", "\u{FEFF}", "\u{A0}"]) + object(0) + pick(["", "", "", " ", "\r", "\u{0}", "{}", "\u{0B}"])
        var units = Array(line.utf16)
        if Int.random(in: 0...3, using: &g) == 0, !units.isEmpty {
            let k = Int.random(in: 0..<units.count, using: &g)
            if Bool.random(using: &g) { units.remove(at: k) } else { units.insert(pick(Array("{}[]\",:\\ 0e-u".utf16)), at: k) }
        }
        return units
    }

    /// A string with no escape gets its offsets as one run, without the array of them: the
    /// same map, and the same offsets a unit at a time.
    @Test func offsetRunsAreTheMapOfTheirOffsets() {
        var g = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let start = Int.random(in: 0...5_000, using: &g), count = Int.random(in: 0...300, using: &g)
            let run = OffsetMap(run: start, count: count), listed = OffsetMap(Array(start..<(start + count)))
            #expect(run == listed && run.count == count && run.first == listed.first)
            #expect((0..<count).allSatisfy { run[$0] == start + $0 })
        }
        // And a JSONL string read with and without escapes maps each unit to where it stands.
        let line = Array(#"{"a": "x\"y", "b": "plain text"}"#.utf16)
        let (escaped, escapedMap, _) = JSONLine.readString(line, from: 6)
        #expect(String(decoding: escaped, as: UTF16.self) == "x\"y" && (0...escaped.count).map { escapedMap[$0] } == [7, 8, 10, 11])
        let (plain, plainMap, _) = JSONLine.readString(line, from: 19)
        #expect(String(decoding: plain, as: UTF16.self) == "plain text" && (0...plain.count).map { plainMap[$0] } == Array(20...30))
    }

    /// A lone Chinese digit is read without ICU's spell-out parse (which cost 2 to 3 ms the
    /// first time, opening the collator): the same value the parse gives, for every digit it
    /// reads, in simplified and traditional Chinese.
    @Test func loneChineseDigitsReadAsTheSpellOutParseReadsThem() throws {
        for language in ["zh", "zh-Hant"] {
            let spell = try #require(Lexicon.forLanguage(language).spellOut)
            for c in "一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖" {
                let v = try #require(NumberExtractor.cjkDigitValue(c))
                let parsed = spell.parseWhole(String(c))
                if !NumberExtractor.digitsTheParseLeaves.contains(c) { #expect(parsed == String(v), "\(language) \(c)") }
                let read = try extract(String(c) + "个", language).numbers.first?.value
                #expect(read == parsed.flatMap { Decimal(string: $0) }, "\(language) \(c)")
            }
        }
    }

    /// Number words that are each below ten are separate numbers: ICU's lenient parse read
    /// "four eight" as 408 and "one four" as 104, and "two first" cost it 3 ms to refuse.
    @Test func numberWordsBelowTenInARowAreSeparateNumbers() throws {
        #expect(try extract("Scores of four eight and one four were posted.").numbers.map(\.value) == [4, 8, 1, 4])
        #expect(try extract("The two first chapters and twenty two pages.").numbers.map(\.value) == [2, 1, 22])
        #expect(try extract("Он прочитал двести две страницы из двух первых глав.", "ru").numbers.map(\.value).first == 202)
    }

    @Test func commonShapeLinesReadAsFoundationReadsThem() {
        var g = SeededGenerator(seed: 102)
        var shortcut = 0, accepted = 0
        for _ in 0..<6000 {
            let line = Self.randomJSONLine(using: &g)
            let fast = JSONLine.stringFields(line), reference = JSONLine.foundationStringFields(line)
            if JSONLine.CommonShapeReader.fields(line) != nil { shortcut += 1 }
            if reference != nil { accepted += 1 }
            let text = String(utf16Units: line).debugDescription
            #expect((fast == nil) == (reference == nil), "\(text)")
            guard let fast, let reference else { continue }
            #expect(fast.mapValues(\.text) == reference.mapValues(\.text), "\(text)")
            #expect(fast.mapValues(\.offsets) == reference.mapValues(\.offsets), "\(text)")
        }
        // Both ways are exercised: lines taken by the shortcut, and accepted ones left to
        // Foundation.
        #expect(shortcut > 400, "\(shortcut) of 6,000 by the shortcut")
        #expect(accepted > shortcut + 100, "\(accepted) accepted, \(shortcut) by the shortcut")
    }

    @Test func normalizationInPlaceIsTheUnitByUnitFolding() throws {
        var g = SeededGenerator(seed: 103)
        let pieces = ["a", "Fed ", "é", "e\u{301}", "“", "”", "‘", "’", "—", "–", "−", "\u{2028}", "\r", "\n", "\r\n", "\u{AD}",
                      "\u{200B}", "\u{FEFF}", "１２", "ﬁ", "™", "😀", "140亿", "«", "»", "\u{0}", " "]
        var inPlace = 0
        for _ in 0..<2000 {
            let text = randomText(pieces, count: 0...12, using: &g)
            let units = Array(text.utf16)
            let fast = try TextNormalizer.normalize(units)
            let nfkc = try Normalizer.nfkc.normalizeMapped(units)
            let reference = TextNormalizer.foldedUnitByUnit(nfkc)
            #expect(fast.units == reference.units, "\(text.debugDescription)")
            #expect(fast.sourceStart == reference.sourceStart && fast.sourceEnd == reference.sourceEnd, "\(text.debugDescription)")
            if fast.units.count == nfkc.units.count && !units.contains(0x0D) { inPlace += 1 }
        }
        #expect(inPlace > 200 && inPlace < 1800, "\(inPlace) of 2,000 folded in place")
    }

    /// Words turned away as no English article never fold to "a" or "an", and "a hundred",
    /// "an eighth" are still read.
    @Test func articleFilterNeverTurnsAwayAnArticle() {
        var g = SeededGenerator(seed: 106)
        let pieces = ["a", "A", "an", "An", "AN", "n", "nd", "bout", " ", "-", "'", ".", "\u{AD}", "\u{301}", "hundred", "third", "Ä", "ａ"]
        let lex = Lexicon.forLanguage("en")
        for _ in 0..<2_000 {
            let s = TextScanner(Array(randomText(pieces, count: 0...8, using: &g).utf16))
            let numbers = NumberExtractor(s: s, lex: lex, claimed: [Bool](repeating: false, count: s.n))
            for i in 0..<s.n where s.isAlphabeticLetter(i) && !s.isAlphabeticLetter(i - 1) && !numbers.mayBeEnglishArticle(at: i) {
                let word = s.folded(i..<s.wordEnd(i))
                #expect(word != "a" && word != "an", "\(String(decoding: s.t, as: UTF16.self))")
            }
        }
        let s = TextScanner(Array("He ran a hundred laps and an eighth of a mile.".utf16))
        let found = NumberExtractor(s: s, lex: lex, claimed: [Bool](repeating: false, count: s.n)).extract()
        #expect(found.map { "\($0.value)" } == ["100", "0.125"])
    }

    /// Runs of ASCII digits are read without Decimal(string:): the value must be the same,
    /// bit for bit (reports print it, and it keys comparisons), with leading zeros and at the
    /// 18-digit edge, and a run that is not all digits still goes the general way.
    @Test func plainDigitRunsParseAsDecimalStringDoes() throws {
        var g = SeededGenerator(seed: 107)
        let numbers = NumberExtractor(s: TextScanner([]), lex: Lexicon.forLanguage("en"), claimed: [])
        var tokens = ["0", "00", "007", "1000", "2026", String(repeating: "9", count: 18), "1" + String(repeating: "0", count: 17),
                      String(repeating: "9", count: 19), "12345678901234567890"]
        for _ in 0..<2_000 {
            tokens.append(String((0..<Int.random(in: 1...20, using: &g)).map { _ in "0123456789".randomElement(using: &g)! }))
        }
        for token in tokens {
            let parsed = try #require(numbers.parseDigits(token), "\(token)")
            let reference = try #require(Decimal(string: token))
            #expect(parsed.decimals == 0 && !parsed.foreign)
            let same = withUnsafeBytes(of: parsed.value) { a in withUnsafeBytes(of: reference) { b in a.elementsEqual(b) } }
            #expect(same, "\(token): \(parsed.value) against \(reference)")
        }
        #expect(numbers.parseDigits("1,500")?.value == 1500)
        #expect(numbers.parseDigits("2.75").map { "\($0.value) \($0.decimals)" } == "2.75 2")
    }

    /// Sources on a bilingual file's shelf are told apart by their bytes: the same text finds
    /// its read again, and a canonically equivalent text with other bytes (which String's ==
    /// calls equal) does not take a read whose offsets are another text's.
    @Test func sourceShelfKeysAreTheTextsBytes() throws {
        typealias Key = Checker.SourceKey
        let composed = "Путин посетил Париж и Zürich", decomposed = "Путин посетил Париж и Zu\u{308}rich"
        #expect(composed == decomposed)
        let a = Key(language: "ru", date: "", text: composed)
        #expect(a == Key(language: "ru", date: "", text: String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(a.hashValue == Key(language: "ru", date: "", text: String(decoding: Array(composed.utf8), as: UTF8.self)).hashValue)
        #expect(a != Key(language: "ru", date: "", text: decomposed))
        #expect(a != Key(language: "uk", date: "", text: composed))
        #expect(a != Key(language: "ru", date: "2025-11-11", text: composed))
        // The parts are delimited: moving a byte from one part to the next makes another key.
        #expect(Key(language: "ru", date: "1", text: "2") != Key(language: "ru", date: "", text: "12"))
        let shelf = Checker.SourceShelf()
        var reads = 0
        for text in [composed, decomposed, composed] {
            let (document, _) = try shelf.value(for: Key(language: "ru", date: "", text: text)) {
                reads += 1
                let document = try Document(text: text, language: "ru")
                return (document, SourceReference(document))
            }
            // The read on the shelf is of this very text: its units are the text's.
            #expect(document.original == Array(text.utf16))
        }
        #expect(reads == 2)
    }

    @Test func letterRunsAreTheWordsAWalkOverEveryUnitFinds() {
        var g = SeededGenerator(seed: 104)
        let pieces = ["a", "Fed", " ", "é", "e\u{301}", "U.S.", "U.N", "don't", "well-known", "-", "'", ".", "..", "12", "140亿", "Путин", "ﬁ",
                      "中国", "😀", "\n", "x.y.", "A.B.C.", "'s", "Ü"]
        for _ in 0..<1000 {
            let s = TextScanner(Array(randomText(pieces, count: 0...14, using: &g).utf16))
            let starts = (0..<s.n).filter { s.isAlphabeticLetter($0) && !s.isAlphabeticLetter($0 - 1) }
            #expect(s.runs.starts.map(Int.init) == starts)
            #expect(s.runs.ends.map(Int.init) == starts.map(s.wordEnd))
            // Asked in any order, at run starts and elsewhere, the cursor gives wordEnd.
            var hint = 0
            for _ in 0..<10 {
                let i = Bool.random(using: &g) && !starts.isEmpty ? starts.randomElement(using: &g)! : Int.random(in: 0...max(0, s.n), using: &g)
                #expect(s.runs.wordEnd(at: i, in: s, hint: &hint) == s.wordEnd(i))
            }
        }
    }

    @Test func scriptResidueSteppingOverLatinFindsTheRunsOfTheFullWalk() throws {
        var g = SeededGenerator(seed: 105)
        let kinds = try Checker.standard().rules.compactMap { $0.kind as? ScriptResidueRule }
        try #require(!kinds.isEmpty)
        let pieces = ["a", "Fed", " ", "  ", "12", ", ", ".", "\n", "\r", "é", "中国", "的", "。", "【", "】", "Путин", "е", "😀", "ﬁ", "（", "\u{A0}", "-", "«"]
        for _ in 0..<1500 {
            let text = Array(randomText(pieces, count: 0...14, using: &g).utf16)
            for kind in kinds {
                for language in ["en", "de", "zh"] {
                    let allowed = kind.allowed(for: language)
                    let fast = kind.foreignRuns(in: text, allowed: allowed), full = kind.foreignRuns(in: text, allowed: allowed, steppingOverLatin: false)
                    #expect(fast.map(\.range) == full.map(\.range) && fast.map(\.scripts) == full.map(\.scripts), "\(String(utf16Units: text).debugDescription)")
                }
            }
        }
    }

    /// Text with every kind of decade and address, at the edges of words and lines.
    static let addressesAndDecades = """
        In the 1990s and the '80s, in the  1960s, années 70, años 80, in den 50ern, 70-х годов, 1990er Jahre.
        Mail press@example.org, a.b+c-d@mail.example.co.uk or x@y; see https://example.com/a?b=1,
        HTTP://EXAMPLE.COM, www.example.org and WWW.Example.org/path; 1990 and 2000s; '20s; 10 20 30.
        foo.http://bar.example, awww.example.com, @handle, user@, 1900s-era, 1800'S.
        """

    @Test func datesAndAddressesFoundAtTheirStartsAreThoseFoundEverywhere() throws {
        let units = Array(Self.addressesAndDecades.utf16)
        let scanner = TextScanner(units)
        let url = try Extraction.urlPattern.clone()
        #expect(try url.matches(in: units, startingAt: Extraction.addressStarts(scanner)) == url.matches(in: units))
        #expect(try url.matches(in: units).count >= 8)
        for language in ["en", "fr", "es", "de", "ru"] {
            let extractor = DateExtractor(s: scanner, lex: Lexicon.forLanguage(language), articleDate: nil)
            let patterns = DateExtractor.Patterns.forBase(language)
            let everywhere = try patterns.decades.clone().matches(in: units)
            #expect(extractor.decadeMatches(patterns) == everywhere, "\(language)")
            #expect(everywhere.count >= 8)
        }
    }

    /// Numeric dates and clock times are tried only at digits where their patterns can begin;
    /// tried at every digit run they find the same.
    @Test func datesAndTimesTriedWhereTheyCanBeginAreThoseTriedAtEveryDigit() throws {
        var rng = SeededGenerator(seed: 5)
        let pieces = ["1", "2", "0", "5", "12", "2025", "31", ".", ":", "/", "-", " ", "\u{A0}", "\n", "GMT", "pm", "a.m.", "Uhr",
                      "h", "x", "UTC", "١", "𝟙", "\u{2009}", "и", "K", "11/12/2025", "2025-11-", "3.4.2020", "/2020"]
        var found = 0
        for language in ["en", "de", "fr"] {
            let extractor = DateExtractor(s: TextScanner([]), lex: Lexicon.forLanguage(language), articleDate: nil)
            let patterns = DateExtractor.Patterns.forBase(language)
            for _ in 0..<400 {
                let units = Array(randomText(pieces, count: 1...14, using: &rng).utf16)
                let scanner = TextScanner(units)
                let dates = DateExtractor(s: scanner, lex: extractor.lex, articleDate: nil)
                let starts = (0..<scanner.n).filter { scanner.isDigit($0) && !scanner.isDigit($0 - 1) }
                let numeric = try patterns.numericDates.matches(in: units, startingAt: starts.filter(dates.mayBeginNumericDate))
                #expect(try numeric == patterns.numericDates.matches(in: units, startingAt: starts), "\(String(decoding: units, as: UTF16.self))")
                for (regex, atDigit) in patterns.times where atDigit {
                    let times = try regex.matches(in: units, startingAt: starts.filter(dates.mayBeginTime))
                    #expect(try times == regex.matches(in: units, startingAt: starts), "\(String(decoding: units, as: UTF16.self))")
                    found += times.count
                }
                found += numeric.count
            }
        }
        #expect(found > 100)
    }

    @Test func foldingLatinByDecompositionMatchesTheTransliterator() throws {
        let latinASCII = try Transliterator(id: "Latin-ASCII")
        for text in ["Die Europäischen Union tagte in São Paulo", "Ørsted und Łódź", "Россия и Йемен", "Crème brûlée à Zürich", "佩特罗 met Pétro", "plain ascii"] {
            // Swift compares strings by canonical equivalence, so a decomposed й equals a composed one.
            #expect(NameKeys.foldLatin(text) == (try latinASCII.transform(text)).lowercased(), "\(text)")
        }
    }

    /// The written-out table must be ICU's readings: checked against the transliterator on
    /// every 37th ideograph (scripts/han-readings.sh writes it again after an ICU upgrade).
    @Test func hanReadingTableIsICUsReadings() throws {
        let transliterator = try Transliterator(id: "Han-Latin; Latin-ASCII")
        var checked = 0
        for range in HanReadingTable.ranges {
            for v in stride(from: range.lowerBound, through: range.upperBound, by: 37) {
                let c = Character(Unicode.Scalar(v)!)
                let icu = (try transliterator.transform(String(c))).lowercased().filter { $0.isLetter }
                #expect(HanReadings.tableReading(c) == icu, "U+\(String(v, radix: 16))")
                checked += 1
            }
        }
        #expect(checked > 700)
        #expect(HanReadings.tableReading("佩") == "pei")
        #expect(HanReadings.tableReading("A") == nil)
        #expect(NameKeys.key("佩特罗") == "peiteluo")
        #expect(NameKeys.key("中国（香港）") == NameKeys.key("中国香港"))
    }
}
