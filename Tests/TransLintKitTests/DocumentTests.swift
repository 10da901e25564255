import Testing
import TransLintKit

@Suite struct DocumentTests {
    /// The original text under a normalized range, for a substring of the normalized text.
    func original(of needle: String, in doc: Document) throws -> (String, FileSpan) {
        let normalized = doc.normalized
        let n = needle.utf16Units
        let start = try #require((0...(normalized.count - n.count)).first { Array(normalized[$0..<($0 + n.count)]) == n })
        let range = doc.originalRange(ofNormalized: start..<(start + n.count))
        return (doc.originalString(range), doc.location(ofOriginal: range))
    }

    @Test func normalizesQuotesDashesSpacesAndWidth() throws {
        let doc = try Document(text: "“Ford” — ‘x’ 10\u{A0}000 and １０，０００ in 19–20\u{AD}s")
        #expect(doc.normalizedText == "\"Ford\" – 'x' 10 000 and 10,000 in 19–20s")
    }

    @Test func mapsBackThroughMultiByteText() throws {
        let doc = try Document(text: "😀 佩特罗 met Petro on 11 November.\nÉmile said 76.")
        let (text, loc) = try original(of: "Petro", in: doc)
        #expect(text == "Petro")
        // 😀 is one code point: columns count code points, not UTF-16 units.
        #expect(loc == FileSpan(line: 1, column: 11, endLine: 1, endColumn: 16))
        let (n, l2) = try original(of: "76", in: doc)
        #expect(n == "76")
        #expect(l2 == FileSpan(line: 2, column: 12, endLine: 2, endColumn: 14))
    }

    @Test func mapsBackThroughNFDInput() throws {
        let doc = try Document(text: "Volker Tu\u{308}rk said 80%.")
        #expect(doc.normalizedText == "Volker Türk said 80%.")
        let (text, loc) = try original(of: "Türk", in: doc)
        #expect(text == "Tu\u{308}rk")
        #expect(loc.column == 8 && loc.endColumn == 13)
        let (_, l2) = try original(of: "80%", in: doc)
        #expect(l2.column == 19)
    }

    @Test func mapsBackThroughCRLF() throws {
        let doc = try Document(text: "First line.\r\nSecond 10,000.\r\nThird.")
        #expect(doc.normalizedText == "First line.\nSecond 10,000.\nThird.")
        let (text, loc) = try original(of: "10,000", in: doc)
        #expect(text == "10,000")
        #expect(loc == FileSpan(line: 2, column: 8, endLine: 2, endColumn: 14))
        #expect(doc.lineText(2) == "Second 10,000.")
        #expect(doc.lineCount == 3)
    }

    @Test func loneCarriageReturnsEndLinesToo() throws {
        let doc = try Document(text: "a\rb 5")
        let (_, loc) = try original(of: "5", in: doc)
        #expect(loc.line == 2 && loc.column == 3)
    }

    @Test func mapsBackThroughFullWidthDigits() throws {
        let doc = try Document(text: "共有１０，０００名士兵")
        let (text, loc) = try original(of: "10,000", in: doc)
        #expect(text == "１０，０００")
        #expect(loc == FileSpan(line: 1, column: 3, endLine: 1, endColumn: 9))
    }

    @Test func emojiSequencesStayWhole() throws {
        let doc = try Document(text: "👩‍👩‍👧 and 🇨🇴 then 19 strikes")
        let (_, loc) = try original(of: "19", in: doc)
        // ZWJ sequence: 5 code points; the zero-width joiners are dropped from the normalized view.
        #expect(loc.column == 19)
        #expect(!doc.normalizedText.contains("\u{200D}"))
    }

    @Test func sentencesAndParagraphs() throws {
        let doc = try Document(text: "Mr. Maduro spoke. He left.\n\nNew paragraph here.\nSecond line.")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.sentences.map { doc.normalizedString($0) } == ["Mr. Maduro spoke.", "He left.", "New paragraph here.", "Second line."])
    }

    @Test func chineseSentences() throws {
        let doc = try Document(text: "马杜罗11月11日表示反对。他说：“不。”", language: "zh")
        #expect(doc.sentences.count == 2)
    }
}

@Suite struct DecodingFromDiskTests {
    @Test func utf8WithBOMIsReadWithoutIt() throws {
        let doc = try Document(bytes: [0xEF, 0xBB, 0xBF] + Array("Hi 5".utf8), path: "x.txt")
        #expect(doc.originalText == "Hi 5")
        #expect(doc.location(ofOriginal: 3..<4).column == 4)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for u in "Petro 佩".utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try Document(bytes: le, path: "le.txt").originalText == "Petro 佩")
        var be: [UInt8] = [0xFE, 0xFF]
        for u in "Petro 佩".utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try Document(bytes: be, path: "be.txt").originalText == "Petro 佩")
    }

    @Test func utf32WithBOMIsDecoded() throws {
        var le: [UInt8] = [0xFF, 0xFE, 0x00, 0x00]
        for s in "Türk 😀".unicodeScalars {
            let v = s.value
            le += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        }
        #expect(try Document(bytes: le, path: "32.txt").originalText == "Türk 😀")
    }

    @Test func invalidUTF8NamesFileAndByte() {
        let bytes = Array("Petro said ".utf8) + [0xFF] + Array(" more".utf8)
        #expect(throws: InputError(path: "bad.txt", message: "invalid UTF-8 (not a text file in a supported encoding)", byteOffset: 11)) {
            try Document(bytes: bytes, path: "bad.txt")
        }
    }

    @Test func nulIsBinary() {
        let bytes = Array("ab".utf8) + [0x00] + Array("cd".utf8)
        do {
            _ = try Document(bytes: bytes, path: "bin.dat")
            Issue.record("expected an error")
        } catch let e as InputError {
            #expect(e.byteOffset == 2)
            #expect(e.description.contains("bin.dat"))
            #expect(e.description.contains("binary"))
        } catch {
            Issue.record("wrong error \(error)")
        }
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        let doc = try Document(bytes: [], path: "empty.txt")
        #expect(doc.sentences.isEmpty)
        #expect(doc.lineCount == 1)
    }
}

@Suite struct LanguageTagTests {
    /// Tags from input files pick a lexicon; junk ones share ICU's root data, so that a corpus
    /// of fact sheets with made-up languages cannot grow memory without bound.
    @Test func lexiconTagsAreCanonicalAndBounded() {
        #expect(Languages.canonical("en") == "en")
        #expect(Languages.canonical("EN") == "en")
        #expect(Languages.canonical("xx") == "und")
        #expect(Languages.canonical("yue") == "yue")
        #expect(Languages.canonical("de_ch") == "de-CH")
        #expect(Languages.canonical("zh-hant-tw") == "zh-Hant-TW")
        #expect(Languages.canonical("es-419") == "es-419")
        #expect(Languages.canonical("PIP_DEFAULT_TIMEOUT") == "und")
        #expect(Languages.canonical("xx-YY") == "und")
        #expect(Languages.canonical("") == "und")
    }

    /// A text's language from its letters, the same on every run: a tie goes the same way.
    @Test func guessedLanguagesAreStable() {
        let guess = { (t: String) in Languages.guess(Array(t.utf16)) }
        #expect(guess("北京的天气") == "zh" && guess("東京へ行く") == "ja" && guess("Москва") == "ru" && guess("Paris") == "en")
        #expect(guess("") == "en" && guess("123 !") == "en")
        #expect(guess("ab аб") == "ru" && guess("ab 北京") == "zh")
    }

    /// Latin-script text by its function words; a string too short to tell stays English.
    @Test func latinScriptTextIsGuessedByItsFunctionWords() {
        let guess = { (t: String) in Languages.guess(Array(t.utf16)) }
        #expect(guess("Bisher wurden in Spanien mehr als 28.000 Tote registriert, die meisten davon in Madrid und in der Region.") == "de")
        #expect(guess("Le président a rencontré les ministres dans la capitale pour parler des élections.") == "fr")
        #expect(guess("El presidente se reunió con los ministros en la capital para hablar de las elecciones.") == "es")
        #expect(guess("Il presidente ha incontrato i ministri nella capitale per parlare delle elezioni.") == "it")
        #expect(guess("O presidente reuniu-se com os ministros na capital para falar das eleições.") == "pt")
        #expect(guess("De president heeft de ministers in de hoofdstad ontmoet om over de verkiezingen te praten.") == "nl")
        #expect(guess("The president met the ministers in the capital to talk about the elections.") == "en")
        #expect(guess("Save file") == "en" && guess("Gustavo Petro") == "en" && guess("der") == "en")
    }
}
