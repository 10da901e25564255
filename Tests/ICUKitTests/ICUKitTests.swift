import ICUKit
import Testing

@Suite struct NormalizationTests {
    @Test func nfkcFoldsFullWidthAndCompatibilityForms() throws {
        #expect(try Normalizer.nfkc.normalize("１２３") == "123")
        #expect(try Normalizer.nfkc.normalize("１０，０００") == "10,000")
        #expect(try Normalizer.nfkc.normalize("ﬁ") == "fi")
    }

    @Test func nfcComposesAndNfdDecomposes() throws {
        #expect(try Normalizer.nfc.normalize("e\u{301}") == "é")
        #expect(try Normalizer.nfd.normalize("é").unicodeScalars.count == 2)
    }

    @Test func mappedNormalizationPointsEachUnitBackToItsSource() throws {
        // "a", fullwidth "１", "e" + combining acute, "ﬁ"
        let input = "a１e\u{301}ﬁ".utf16Units
        let mapped = try Normalizer.nfkc.normalizeMapped(input)
        #expect(String(utf16Units: mapped.units) == "a1éfi")
        #expect(mapped.sourceStart == [0, 1, 2, 4, 4])
        #expect(mapped.sourceEnd == [1, 2, 4, 5, 5])
    }
}

@Suite struct TransliterationTests {
    @Test func chineseNamesToAscii() throws {
        let t = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(try t.transform("佩特罗") == "pei te luo")
        #expect(try t.transform("马杜罗") == "ma du luo")
    }

    @Test func russianToLatin() throws {
        let t = try Transliterator(id: "Russian-Latin/BGN; Latin-ASCII")
        #expect(try t.transform("Путин") == "Putin")
    }

    @Test func unknownIdIsAnError() {
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Transliterator") }
    }
}

@Suite struct SegmentationTests {
    @Test func englishSentencesKeepTitlesTogether() throws {
        let text = "Mr. Maduro spoke on Tuesday. He left. Did he?".utf16Units
        let b = try BreakIterator(.sentence, locale: "en@ss=standard")
        let ends = try text.withUnsafeBufferPointer { try b.boundaries(of: $0) }
        #expect(ends == [29, 38, 45])
    }

    @Test func chineseSentences() throws {
        let text = "委内瑞拉总统马杜罗11月11日表示反对。他说：“不。”真的吗？".utf16Units
        let b = try BreakIterator(.sentence, locale: "zh")
        let ends = try text.withUnsafeBufferPointer { try b.boundaries(of: $0) }
        #expect(ends.count == 3)
    }

    @Test func wordsWithRuleStatus() throws {
        let text = "Petro sent 10,000 soldiers".utf16Units
        let b = try BreakIterator(.word, locale: "en")
        let segments = try text.withUnsafeBufferPointer { try b.segments(of: $0) }
        let words = segments.filter { $0.status != 0 }.map { String(utf16Units: text[$0.range]) }
        #expect(words == ["Petro", "sent", "10,000", "soldiers"])
        let number = segments.first { String(utf16Units: text[$0.range]) == "10,000" }!
        #expect((100..<200).contains(number.status))
    }

    @Test func clonesWorkIndependently() throws {
        let prototype = try BreakIterator(.sentence, locale: "en@ss=standard")
        let a = try prototype.clone(), b = try prototype.clone()
        let t1 = "One. Two.".utf16Units, t2 = "Three.".utf16Units
        #expect(try t1.withUnsafeBufferPointer { try a.boundaries(of: $0) } == [5, 9])
        #expect(try t2.withUnsafeBufferPointer { try b.boundaries(of: $0) } == [6])
    }
}

@Suite struct ScriptTests {
    @Test func scriptOfCharacters() {
        #expect(Script.of("佩") == .han)
        #expect(Script.of("a") == .latin)
        #expect(Script.of("П") == .cyrillic)
        #expect(Script.of("1") == .common)
        #expect(Script.of("【").name == "Common")
    }

    @Test func scriptExtensionsOfSharedPunctuation() {
        let ext = Script.extensions(of: "【")
        #expect(ext.contains(.han))
        #expect(!ext.contains(.latin))
    }

    @Test func scriptsOfLocales() {
        #expect(Script.scripts(ofLocale: "en") == [.latin])
        #expect(Script.scripts(ofLocale: "ru") == [.cyrillic])
        #expect(Script.scripts(ofLocale: "ja").contains(.han))
    }

    /// ICU's Changes_When_Lowercased is the standard library's for every character both
    /// Unicode versions have (ICU 72 has Unicode 15.0).
    @Test func changesWhenLowercasedAgreesWithTheStandardLibrary() {
        var checked = 0
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 15 || (age.major == 15 && age.minor == 0) else { continue }
            #expect(CaseProperty.changesWhenLowercased(value) == scalar.properties.changesWhenLowercased, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 140_000)
        #expect(CaseProperty.changesWhenLowercased(0x416) && !CaseProperty.changesWhenLowercased(0x436))  // Ж ж
    }

    @Test func unicodeSetPatterns() throws {
        let set = try UnicodeSet(pattern: "[\\p{Han}\\uFF01-\\uFF5E]")
        #expect(set.contains("佩"))
        #expect(set.contains("，"))
        #expect(!set.contains(","))
        #expect(throws: UnicodeSet.PatternError.self) { try UnicodeSet(pattern: "[\\p{NoSuchProperty}") }
    }
}

@Suite struct RegexTests {
    @Test func findsMatchesWithGroups() throws {
        let r = try ICURegex(#"(\d+)(?:[.,](\d+))?"#)
        #expect(try r.matchStrings(in: "11 and 28.3 and 2015") == ["11", "28.3", "2015"])
        let m = try r.matches(in: "x 28.3".utf16Units)
        #expect(m[0].groups[1] == 2..<4)
        #expect(m[0].groups[2] == 5..<6)
    }

    /// Matching at given starts sees the text as a search of the whole would: look-behinds
    /// and \b read what stands before the start, ^ holds at the text's start and (multiline)
    /// after a line end only, and a match may run to the end.
    @Test func matchesAtStartsSeeTheWholeText() throws {
        func at(_ pattern: String, _ text: String, _ starts: [Int], _ options: ICURegex.Options = []) throws -> [Range<Int>] {
            try ICURegex(pattern, options: options).matches(in: text.utf16Units, startingAt: starts).map(\.range)
        }
        #expect(try at(#"(?<=a)b"#, "ab b", [1, 3]) == [1..<2])
        #expect(try at(#"\bb"#, "ab b", [1, 3]) == [3..<4])
        #expect(try at(#"^b"#, "ab\nb", [1, 3], [.multiline]) == [3..<4])
        #expect(try at(#"^b"#, "ab\nb", [1, 3]) == [])
        #expect(try at(#"b.*$"#, "abcd", [1]) == [1..<4])
        // Starts inside a match already found are passed over, as a search would.
        #expect(try at(#"aa"#, "aaaa", [0, 1, 2]) == [0..<2, 2..<4])
        // The same matcher is used again for the next text.
        let r = try ICURegex(#"(?<=x)y"#)
        #expect(try r.matches(in: "xy".utf16Units, startingAt: [1]).map(\.range) == [1..<2])
        #expect(try r.matches(in: "zy".utf16Units, startingAt: [1]).isEmpty)
    }

    @Test func catastrophicPatternIsStoppedByTheTimeLimit() throws {
        let r = try ICURegex("(a+)+$", timeLimit: 5)
        let text = String(repeating: "a", count: 40) + "b"
        do {
            _ = try r.matches(in: text.utf16Units)
            Issue.record("expected a time-out")
        } catch let e as ICUError {
            #expect(e.isTimeOut)
        }
    }

    @Test func clonesKeepTheTimeLimit() throws {
        let r = try ICURegex("(a+)+$", timeLimit: 5).clone()
        do {
            _ = try r.matches(in: (String(repeating: "a", count: 40) + "b").utf16Units)
            Issue.record("expected a time-out")
        } catch let e as ICUError {
            #expect(e.isTimeOut)
        }
    }

    @Test func badPatternReportsItsOffset() {
        do {
            _ = try ICURegex("abc(def")
            Issue.record("expected a pattern error")
        } catch let e as ICURegex.PatternError {
            #expect(e.offset >= 3)
        } catch {
            Issue.record("wrong error \(error)")
        }
    }
}

@Suite struct NumberParsingTests {
    /// A lenient spell-out format writes what a strict one writes in every rule set, and
    /// after formatting with other rule sets its default one is set back: the lexicon builds
    /// its number words with the format it parses with.
    @Test func lenientSpellOutFormatsAsAStrictOneAndKeepsItsDefault() throws {
        for locale in ["en", "de", "ru", "fr", "es"] {
            let lenient = try NumberFormat(.spellOut, locale: locale, lenient: true)
            let strict = try NumberFormat(.spellOut, locale: locale)
            let before = try #require(lenient.defaultRuleSet)
            #expect(before.hasPrefix("%spellout"), "\(locale): \(before)")
            let plain = try lenient.format(decimal: "1234")
            try lenient.restoringDefaultRuleSet { () throws -> Void in
                for ruleSet in lenient.ruleSets {
                    for v in ["1", "21", "1000005"] {
                        #expect(try lenient.format(decimal: v, ruleSet: ruleSet) == strict.format(decimal: v, ruleSet: ruleSet), "\(locale) \(ruleSet) \(v)")
                    }
                }
                #expect(lenient.defaultRuleSet != before || lenient.ruleSets.count == 1)
            }
            let after = try lenient.format(decimal: "1234")
            #expect(lenient.defaultRuleSet == before && after == plain, "\(locale)")
            #expect(lenient.parseWhole(plain) == "1234")
        }
    }

    @Test func germanDecimal() throws {
        let de = try NumberFormat(.decimal, locale: "de")
        #expect(de.parseWhole("1.000,5") == "1000.5")
    }

    @Test func frenchNarrowNoBreakSpaceGrouping() throws {
        let fr = try NumberFormat(.decimal, locale: "fr")
        #expect(fr.parseWhole("10\u{202F}000,5") == "10000.5")
        #expect(fr.parseWhole("10\u{A0}000,5") == "10000.5")
    }

    @Test func wrongLocaleIsNotTakenForAWholeParse() throws {
        let en = try NumberFormat(.decimal, locale: "en")
        #expect(en.parseWhole("1.000,5") == nil)
        #expect(en.parseWhole("1,000.5") == "1000.5")
    }

    @Test func chineseSpellOut() throws {
        let zh = try NumberFormat(.spellOut, locale: "zh", lenient: true)
        #expect(zh.parseWhole("一亿四千万") == "140000000")
        #expect(zh.parseWhole("十九") == "19")
        #expect(zh.parseWhole("两万") == "20000")
    }

    @Test func englishAndGermanSpellOut() throws {
        let en = try NumberFormat(.spellOut, locale: "en", lenient: true)
        #expect(en.parseWhole("one hundred and twenty-five") == "125")
        #expect(en.parseWhole("Ten Thousand") == "10000")
        let de = try NumberFormat(.spellOut, locale: "de", lenient: true)
        #expect(de.parseWhole("zehntausend") == "10000")
    }

    @Test func partialParseStopsAndSaysWhere() throws {
        let en = try NumberFormat(.decimal, locale: "en")
        let text = "76 suspected".utf16Units
        let p = text.withUnsafeBufferPointer { en.parse($0) }
        #expect(p?.decimal == "76")
        #expect(p?.end == 2)
    }

    @Test func formatsSpellOut() throws {
        let en = try NumberFormat(.spellOut, locale: "en")
        #expect(try en.format(decimal: "10000") == "ten thousand")
    }

    /// The unit tables format one number of each plural category: fewer for English and
    /// Chinese, all that differ for Russian and Arabic.
    @Test func oneValueOfEachPluralCategory() throws {
        let samples = [1.0, 2.0, 5.0, 1.5, 21.0]
        #expect(PluralRules.firstOfEachCategory(samples, locale: "en") == [1.0, 2.0])
        #expect(PluralRules.firstOfEachCategory(samples, locale: "zh") == [1.0])
        #expect(PluralRules.firstOfEachCategory(samples, locale: "ru") == [1.0, 2.0, 5.0, 1.5])
        #expect(PluralRules.firstOfEachCategory(samples, locale: "ar") == samples)
        #expect(Set(PluralRules.categories(locale: "en") ?? []) == ["one", "other"])
        #expect(PluralRules.categories(locale: "zh") == ["other"])
        #expect(Set(PluralRules.categories(locale: "ru") ?? []) == ["one", "few", "many", "other"])
        // What is dropped names the unit as what is kept does: "2 kilometers", "5 kilometers".
        let kept = try NumberFormat.format([2.0, 5.0], skeleton: "measure-unit/length-kilometer unit-width-full-name", locale: "en")
        #expect(kept.map { $0.filter { !$0.isNumber } } == [" kilometers", " kilometers"])
    }

    @Test func plainDecimalStrings() {
        #expect(DecimalString.plain("1.4E+9") == "1400000000")
        #expect(DecimalString.plain("1.25E-2") == "0.0125")
        #expect(DecimalString.plain("2.50") == "2.5")
        #expect(DecimalString.plain("-0") == "0")
        #expect(DecimalString.plain("abc") == nil)
    }
}

@Suite struct DateTests {
    @Test func weekdayOfADate() {
        #expect(CalendarDate(year: 2025, month: 11, day: 11).weekday == .tuesday)
        #expect(CalendarDate(year: 2000, month: 1, day: 1).weekday == .saturday)
        #expect(CalendarDate(year: 2024, month: 2, day: 29).weekday == .thursday)
    }

    @Test func impossibleDatesHaveNoWeekday() {
        #expect(CalendarDate(year: 2025, month: 2, day: 30).weekday == nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29).weekday == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1).weekday == nil)
    }

    @Test func englishMonthDayWithDefaultYear() throws {
        let f = try DateFormat(locale: "en", skeleton: "MMMMd")
        let p = try #require(f.parseWhole("November 11", defaultYear: 2025))
        #expect(p.date == CalendarDate(year: 2025, month: 11, day: 11))
        #expect(p.weekday == .tuesday)
    }

    @Test func chineseAndGermanFullDates() throws {
        let zh = try DateFormat(locale: "zh", skeleton: "yMMMMd")
        #expect(zh.parseWhole("2025年11月11日", defaultYear: 2000)?.date == CalendarDate(year: 2025, month: 11, day: 11))
        let de = try DateFormat(locale: "de", skeleton: "yMMMMd")
        #expect(de.parseWhole("11. November 2025", defaultYear: 2000)?.date == CalendarDate(year: 2025, month: 11, day: 11))
    }

    @Test func weekdayNames() throws {
        let zh = try DateFormat(locale: "zh", pattern: "EEEE")
        #expect(try zh.format(CalendarDate(year: 2025, month: 11, day: 11)) == "星期二")
        let de = try DateFormat(locale: "de", pattern: "EEEE")
        #expect(try de.format(CalendarDate(year: 2025, month: 11, day: 11)) == "Dienstag")
    }
}

@Suite struct ConfusableTests {
    @Test func cyrillicLookalikeHasTheLatinSkeleton() throws {
        let spoof = ConfusableSkeleton.shared
        #expect(try spoof.areConfusable("Hegseth", "Hegs\u{435}th"))
        #expect(try !spoof.areConfusable("Hegseth", "Hagseth"))
    }
}

@Suite struct DecodingTests {
    @Test func invalidUTF8ReportsTheByteOffset() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xC3, 0x28] + Array("def".utf8)
        do {
            _ = try bytes.withUnsafeBytes { try ByteDecoder.decode($0, charset: "UTF-8") }
            Issue.record("expected malformed input")
        } catch let m as ByteDecoder.Malformed {
            #expect(m.byteOffset == 3)
        } catch {
            Issue.record("wrong error \(error)")
        }
    }

    @Test func truncatedSequenceAtTheEnd() {
        let bytes: [UInt8] = Array("ab".utf8) + [0xE4, 0xBD]
        do {
            _ = try bytes.withUnsafeBytes { try ByteDecoder.decode($0, charset: "UTF-8") }
            Issue.record("expected malformed input")
        } catch let m as ByteDecoder.Malformed {
            #expect(m.byteOffset == 2)
        } catch {
            Issue.record("wrong error \(error)")
        }
    }

    @Test func utf16RoundTrip() {
        let s = "Türk 佩特罗 😀"
        #expect(String(utf16Units: s.utf16Units) == s)
        #expect(s.utf16Units == Array(s.utf16))
    }
}

@Suite struct DisplayNameTests {
    /// CLDR's exemplar cities, read from ICU's zone lines on their units: what splitting
    /// the text into Characters gave, on ICU's own output and on lines with marks, emoji and
    /// missing parts.
    @Test func exemplarCitiesReadAsTheCharacterSplitReadsThem() {
        func byCharacters(_ text: String) -> [String: String] {
            var cities: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                if parts.count == 2 { cities[String(parts[0])] = String(parts[1]) }
            }
            return cities
        }
        let crafted = "Europe/Rome\tRom\nAsia/Tokyo\t東京\n\nx\t\n\ty\nAmerica/Bogota\tBogota\u{301}\nA/B\t😀\u{FE0F}\nno tab\nlast\tcity"
        #expect(DisplayNames.zoneLines(crafted.utf16Units) == byCharacters(crafted))
        #expect(DisplayNames.exemplarCities(in: "de")["Europe/Rome"] == "Rom")
        #expect(DisplayNames.exemplarCities(in: "zh")["Europe/Rome"] == "罗马")
        #expect(DisplayNames.exemplarCities(in: "ru").count > 300)
    }

    @Test func regionsAndCurrenciesInTwoLanguages() {
        #expect(DisplayNames.region("CO", in: "zh") == "哥伦比亚")
        #expect(DisplayNames.region("013", in: "zh") == "中美洲")
        #expect(DisplayNames.region("013", in: "en") == "Central America")
        #expect(DisplayNames.currency("USD", in: "zh") == "美元")
        #expect(DisplayNames.language("zh", in: "en") == "Chinese")
    }
}
