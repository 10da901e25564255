import Foundation
import ICUKit

/// Reads every number of a text as a value. See `NumberMention` for what is recorded.
///
/// Digits are parsed with ICU's decimal format of the text's language (with a whole-input
/// check), spelled-out numbers with ICU's rule-based spell-out rules; scale words, currencies
/// and units come from the language's `Lexicon`. Positions already taken by dates and times
/// are skipped.
struct NumberExtractor {
    let s: TextScanner
    let lex: Lexicon
    let claimed: [Bool]
    /// For CJK text, the end of the dictionary word that starts at each offset (ICU word
    /// break): a numeral inside a longer word (三聚氰胺, 两国, 统一) is not a count.
    let wordEndAt: [Int: Int]
    let wordStartOf: [Int]
    /// Asked at every word: held here rather than read through the lexicon each time (which
    /// retains and releases the table: 1% of a corpus run).
    let numberWords: PhraseTable<Decimal>
    let isEnglish: Bool
    /// The language's qualifier words ("about", 左右), asked at every number.
    let qualifiersBefore: [String: Qualifier]?
    let qualifiersAfter: PhraseTable<Qualifier>?

    init(s: TextScanner, lex: Lexicon, claimed: [Bool]) {
        self.s = s
        self.lex = lex
        self.claimed = claimed
        numberWords = lex.numberWords
        isEnglish = lex.base == "en"
        qualifiersBefore = LexicalData.qualifiersBefore[lex.base]
        qualifiersAfter = LexicalData.qualifiersAfter[lex.base]
        var ends: [Int: Int] = [:]
        var starts = [Int](repeating: 0, count: lex.usesCJKNumerals ? s.n + 1 : 0)
        if lex.usesCJKNumerals, let iterator = try? BreakIterators.word(for: lex.base),
           let segments = try? s.t.withUnsafeBufferPointer({ try iterator.segments(of: $0) }) {
            for (range, _) in segments {
                ends[range.lowerBound] = range.upperBound
                for k in range { starts[k] = range.lowerBound }
            }
        }
        wordEndAt = ends
        wordStartOf = starts
    }

    /// Whether a CJK numeral run is part of a longer dictionary word that is not a count
    /// (numeral + classifier, such as 两个, counts).
    func isInsideWord(_ run: Range<Int>) -> Bool {
        guard lex.usesCJKNumerals, run.lowerBound < wordStartOf.count else { return false }
        let start = wordStartOf[run.lowerBound]
        // 第十 is an ordinal, not a word around a numeral.
        if start < run.lowerBound && !isCJKNumeral(start) && !(s.t[start] == 0x7B2C && start + 1 == run.lowerBound) { return true }
        guard let end = wordEndAt[start], end > run.upperBound else { return false }
        let rest = s.string(run.upperBound..<end)
        return !rest.allSatisfy { LexicalData.classifiers.contains($0) || Self.cjkScales.contains($0) || LexicalData.countedUnits.contains($0) }
    }

    /// Languages that write numbers into compounds ("24jährigen").
    static let compoundingLanguages: Set<String> = ["de", "nl", "sv", "da", "no", "nb", "fi"]
    /// Languages that capitalise every noun, so a capital letter does not mark a name.
    static let capitalisesNouns: Set<String> = ["de", "lb"]

    /// Languages that group thousands with spaces ("10 000").
    static let spaceGrouping: Set<String> = ["fr", "ru", "pl", "cs", "uk", "sv", "no", "nb", "fi", "de", "es", "it", "pt", "sk", "bg"]
    static let cjkDigits = Set("〇零一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖")
    static let cjkScales = Set("十百千万萬亿億兆拾佰仟")

    func isCJKNumeral(_ i: Int) -> Bool {
        guard let c = s.char(i) else { return false }
        return Self.cjkDigits.contains(c) || Self.cjkScales.contains(c)
    }

    func extract() -> [NumberMention] {
        var result: [NumberMention] = []
        var i = 0
        func take(_ mention: NumberMention) {
            var m = mention
            qualify(&m)
            result.append(m)
            i = max(i + 1, m.range.upperBound)
        }
        // (No optional mention is held across the branches: Swift copies a mention, some 200
        // bytes, at every test of one, and most words are none.)
        var run = 0
        while i < s.n {
            if claimed[i] { i += 1; continue }
            if s.isDigit(i) && !s.isDigit(i - 1) {
                if let m = digitNumber(at: i) { take(m); continue }
            } else if lex.usesCJKNumerals && (isCJKNumeral(i) || s.matches("百分之", at: i)) && !isCJKNumeral(i - 1) {
                if let m = cjkNumber(at: i) { take(m); continue }
            } else if s.isAlphabeticLetter(i) && !s.isAlphabeticLetter(i - 1) {
                // Most words can begin neither reading: they are turned away before a word is
                // built.
                if Self.isRomanFirst(s.t[i]), let m = romanCentury(at: i) { take(m); continue }
                if mayBeginSpelledNumber(at: i), let m = spelledNumber(at: i) { take(m); continue }
                i = max(i + 1, s.runs.wordEnd(at: i, in: s, hint: &run))
                continue
            }
            i += 1
        }
        return result
    }

    // MARK: Digits

    /// The digit token at i: digits with grouping and decimal marks.
    func digitToken(at start: Int) -> Range<Int> {
        var j = start
        let spaceOK = Self.spaceGrouping.contains(lex.base)
        while j < s.n {
            if s.isDigit(j) { j += 1; continue }
            let u = s.t[j]
            let isMark = u == 0x2C || u == 0x2E || u == 0x27 || u == 0x66B || u == 0x66C
            if isMark && s.isDigit(j + 1) && !claimed[j + 1] { j += 1; continue }
            // "10 000": a space followed by exactly three digits.
            if spaceOK && u == 0x20 && s.isDigit(j + 1) && s.isDigit(j + 2) && s.isDigit(j + 3) && !s.isDigit(j + 4),
               !claimed[j + 1], groupBefore(j, from: start) {
                j += 1
                continue
            }
            break
        }
        // A trailing mark is punctuation: "in 2025."
        return start..<j
    }

    /// Whether the digits just before `j` form a 1–3 digit group (for space grouping).
    func groupBefore(_ j: Int, from start: Int) -> Bool {
        var k = j
        while k > start && s.isDigit(k - 1) { k -= 1 }
        return (1...3).contains(j - k)
    }

    /// Parses a digit token: the language's own notation first, then the other common one.
    /// Returns the value, the number of decimals written and whether the notation is foreign.
    func parseDigits(_ token: String, scaleFollows: Bool = false) -> (value: Decimal, decimals: Int, foreign: Bool)? {
        // ASCII digits alone (most numbers): what the general path below makes of them.
        if !token.isEmpty, token.utf8.allSatisfy({ $0 &- 0x30 < 10 }) {
            // Up to 18 of them fit a UInt64, and Decimal(UInt64) is the value Decimal(string:)
            // reads, bit for bit, at a hundredth of the cost (3,300 instructions a parse).
            if token.utf8.count <= 18 {
                var value: UInt64 = 0
                for b in token.utf8 { value = value &* 10 &+ UInt64(b &- 0x30) }
                return (Decimal(value), 0, false)
            }
            if let v = Decimal(string: token) { return (v, 0, false) }
        }
        let ascii = String(token.unicodeScalars.map { sc -> Character in
            if let v = sc.properties.numericValue, sc.properties.generalCategory == .decimalNumber { return Character(String(Int(v))) }
            if sc == "\u{66B}" { return "." }
            if sc == "\u{66C}" { return "," }
            return Character(sc)
        })
        let marks = ascii.filter { $0 == "," || $0 == "." || $0 == "'" || $0 == " " }
        if marks.isEmpty, let v = Decimal(string: ascii) { return (v, 0, false) }
        // "20.000" in a text whose decimal mark is the dot: three digits after a lone dot are
        // thousands grouping from a source language far more often than a third decimal.
        // ("4.176 million" is a decimal: a scale word follows.)
        if localDecimalMark == ".", marks == ".", !scaleFollows, let dot = ascii.firstIndex(of: "."),
           ascii.distance(from: dot, to: ascii.endIndex) == 4, ascii.first != "0",
           let v = Decimal(string: ascii.replacingOccurrences(of: ".", with: "")) {
            return (v, 0, true)
        }
        // The language's notation, through ICU, which must consume it all.
        if let formatter = lex.decimal, let plain = formatter.parseWhole(ascii), let v = Decimal(string: plain),
           plausibleGrouping(ascii, decimalMark: localDecimalMark) {
            return (v, decimals(ascii, decimalMark: localDecimalMark), false)
        }
        // Otherwise the other convention, decided by the marks: the last mark is the decimal
        // mark unless it is followed by exactly three digits and is the only kind of mark.
        let otherMark: Character = localDecimalMark == "." ? "," : "."
        for mark in [otherMark, localDecimalMark] {
            let group: Set<Character> = Set([",", ".", "'", " "]).subtracting([mark])
            guard plausibleGrouping(ascii, decimalMark: mark) else { continue }
            let cleaned = String(ascii.filter { !group.contains($0) }).replacingOccurrences(of: String(mark), with: ".")
            if cleaned.filter({ $0 == "." }).count <= 1, let v = Decimal(string: cleaned) {
                return (v, decimals(ascii, decimalMark: mark), mark != localDecimalMark)
            }
        }
        return nil
    }

    var localDecimalMark: Character {
        ["en", "zh", "ja", "ko", "he", "th", "hi"].contains(lex.base) ? "." : ","
    }

    func decimals(_ token: String, decimalMark: Character) -> Int {
        guard let idx = token.lastIndex(of: decimalMark) else { return 0 }
        return token.distance(from: token.index(after: idx), to: token.endIndex)
    }

    /// Groups of three digits after every grouping mark (Indian 2-digit groups allowed), at most
    /// one decimal mark, and it comes last.
    func plausibleGrouping(_ token: String, decimalMark: Character) -> Bool {
        let parts = token.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." || $0 == "'" || $0 == " " })
        let marks = token.filter { $0 == "," || $0 == "." || $0 == "'" || $0 == " " }
        var groups = Array(parts.dropFirst())
        var markList = Array(marks)
        if markList.last == decimalMark {
            groups.removeLast()
            markList.removeLast()
        }
        if markList.contains(decimalMark) { return false }
        guard !markList.isEmpty else { return true }
        let lastGroupOK = groups.last?.count == 3
        return lastGroupOK && groups.dropLast().allSatisfy { $0.count == 3 || $0.count == 2 }
    }

    static let half = Decimal(string: "0.5")!

    func digitNumber(at start: Int) -> NumberMention? {
        let tokenRange = digitToken(at: start)
        let token = s.string(tokenRange)
        var m = NumberMention(range: tokenRange, text: token, value: 0, precision: Self.half)
        // Version strings and dotted ids: more than one dot with no grouping sense.
        if token.filter({ $0 == "." }).count >= 2 && lex.base == "en" && !plausibleGrouping(token, decimalMark: ",") {
            m.notAQuantity = .version
            return m
        }
        let scaleFollows = s.longestMatch(at: s.skipSpaces(tokenRange.upperBound), in: lex.scaleWords, maxLength: lex.longestScale) != nil
        guard let parsed = parseDigits(token, scaleFollows: scaleFollows) else {
            m.notAQuantity = .identifier
            return m
        }
        m.value = parsed.value
        m.precision = Decimal.halfUnit(decimals: parsed.decimals)
        if parsed.foreign { m.usesForeignNotation = true }
        var end = tokenRange.upperBound
        // Attached to letters before: iPhone6, MH17, COVID-19.
        if s.isAlphabeticLetter(start - 1) || (start >= 2 && s.t[start - 1] == 0x2D && s.isAlphabeticLetter(start - 2)) {
            m.notAQuantity = .identifier
        }
        // Phone numbers: 555-123-4567, +1 ...
        if s.matches("+", at: start - 1) || isPhone(from: end) {
            m.notAQuantity = .phoneNumber
            while end < s.n && (s.t[end] == 0x2D || s.t[end] == 0x20) && s.isDigit(end + 1) {
                end += 1
                while s.isDigit(end) { end += 1 }
            }
            m.range = start..<end
            m.text = s.string(m.range)
            return m
        }
        end = applySuffixes(&m, from: end, attachedDigits: true)
        // Attached to letters after, unless a suffix took them: 5G, 3D.
        // (German "24jährigen" is a quantity: lowercase letters run on in compounds.)
        if m.notAQuantity == nil, s.isAlphabeticLetter(end), end == tokenRange.upperBound,
           s.char(end)?.isUppercase == true || !Self.compoundingLanguages.contains(lex.base) {
            m.notAQuantity = .identifier
        }
        // A small number right after a capitalised word names something: "Formula 1",
        // "Apollo 11", "Россия 1".
        if m.notAQuantity == nil, m.unit == nil, m.scaleExponent == 0, m.value < 100, !token.contains(where: { !$0.isNumber }),
           start >= 2, s.isSpace(start - 1), s.isAlphabeticLetter(start - 2) {
            let ws = s.wordStart(start - 1)
            let word = s.string(ws..<(start - 1))
            if word.first?.isUppercase == true, word.count > 1, !isSentenceStart(ws), !word.allSatisfy({ $0.isUppercase }),
               lex.month(Lexicon.fold(word)) == nil, lex.ambiguousMonths[Lexicon.fold(word)] == nil, lex.weekdays[Lexicon.fold(word)] == nil,
               !(LexicalData.titles[lex.base] ?? []).contains(word.lowercased()) {
                m.notAQuantity = .identifier
            }
        }
        // List markers: "1." or "2)" at the start of a line.
        if m.notAQuantity == nil, isLineStart(start), end < s.n, s.t[end] == 0x29 || (s.t[end] == 0x2E && s.isSpace(end + 1) && m.unit == nil) {
            if !s.isDigit(s.skipSpaces(end + 1)) { m.notAQuantity = .listMarker }
        }
        m.range = start..<end
        m.numeralRange = tokenRange
        m.text = s.string(m.range)
        markYear(&m, token: token)
        return m
    }

    func isLineStart(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && s.isSpace(k) { k -= 1 }
        return k < 0 || s.t[k] == 0x0A
    }

    func isPhone(from end: Int) -> Bool {
        // Two more dash-separated digit groups.
        var j = end
        var groups = 0
        while j < s.n && (s.t[j] == 0x2D) && s.isDigit(j + 1) {
            j += 1
            let g = j
            while s.isDigit(j) { j += 1 }
            if j - g < 3 { return false }
            groups += 1
        }
        return groups >= 2
    }

    /// A bare four-digit integer from 1000 to 2100 is a year.
    func markYear(_ m: inout NumberMention, token: String) {
        guard m.notAQuantity == nil, m.unit == nil, m.qualifier == nil, !m.isOrdinal, m.max == nil,
              token.count == 4, token.allSatisfy({ $0.isASCII && $0.isNumber }),
              let v = Int(token), (1000...2100).contains(v), m.value == Decimal(v) else { return }
        // "the 1990s" is a decade, handled with dates; "2000 people" stays a year (rare).
        m.notAQuantity = .year
    }

    // MARK: After the number: scale, range, percent, currency, unit

    /// Reads what follows a number; returns the new end.
    func applySuffixes(_ m: inout NumberMention, from start: Int, attachedDigits: Bool) -> Int {
        var end = start
        // Ordinal suffixes.
        if attachedDigits, let e = ordinalSuffix(at: end) {
            m.isOrdinal = true
            end = e
        }
        end = applyScale(&m, from: end)
        end = applyRange(&m, from: end)
        end = applyPercent(&m, from: end)
        end = applyCurrencyOrUnit(&m, from: end)
        // Qualifiers after: 20%左右, 10多, "or more"; 一个多月 puts 多 after the classifier.
        if let table = qualifiersAfter {
            var k = lex.usesCJKNumerals ? end : s.skipSpaces(end)
            if lex.usesCJKNumerals, let c = s.char(k), LexicalData.classifiers.contains(c), let next = s.char(k + 1), next == "多" || next == "余" { k += 1 }
            if let q = s.longestMatch(at: k, in: table, maxLength: 8) {
                m.qualifier = q.value
                end = q.end
                if lex.usesCJKNumerals { end = applyCurrencyOrUnit(&m, from: end) }
            }
        }
        return end
    }

    func ordinalSuffix(at i: Int) -> Int? {
        switch lex.base {
        case "en":
            for suffix in ["st", "nd", "rd", "th"] where s.matches(suffix, at: i) && !s.isAlphabeticLetter(i + 2) { return i + 2 }
        case "fr":
            for suffix in ["ème", "eme", "er", "re", "e"] where s.matches(suffix, at: i) && !s.isAlphabeticLetter(i + suffix.utf16.count) {
                return i + suffix.utf16.count
            }
        case "de", "cs", "pl", "da", "no", "nb", "fi", "sk":
            // "der 19. Angriff": a dot followed by a word on the same line.
            if s.matches(".", at: i), s.isSpace(i + 1), s.isAlphabeticLetter(i + 2), s.char(i + 2)?.isLowercase == true || ["de", "da", "no", "nb"].contains(lex.base) {
                return i + 1
            }
        case "es", "it", "pt":
            for suffix in ["º", "ª", ".º", ".ª", "°"] where s.matches(suffix, at: i) { return i + suffix.utf16.count }
        case "ru":
            for suffix in ["-й", "-го", "-я", "-е", "-м", "-х"] where s.matches(suffix, at: i) && !s.isAlphabeticLetter(i + 2) { return i + 2 }
        default: break
        }
        return nil
    }

    func applyScale(_ m: inout NumberMention, from start: Int) -> Int {
        var end = start
        var exponent = 0
        while true {
            let k = lex.usesCJKNumerals ? end : s.skipSpaces(end)
            guard let hit = s.longestMatch(at: k, in: lex.scaleWords, maxLength: lex.longestScale) else { break }
            // 千瓦 is kilowatts, not a thousand watts: a longer unit wins over a scale.
            if exponent > 0 || lex.usesCJKNumerals, let unit = s.longestMatch(at: k, in: lex.units, maxLength: lex.longestUnit),
               unit.end > hit.end { break }
            // One-letter scales ("m", "k", "B") only right after the digits of an amount of money.
            if hit.key.count == 1 && !lex.usesCJKNumerals {
                // "10k" is a count anywhere; "5m" and "2b" only as money ("$5m").
                guard k == start, hit.key == "k" || isCurrencyCode(m.unit) else { break }
            }
            // "hundred" alone after digits is rare and not a scale we want ("300 hundred").
            exponent += hit.value
            end = hit.end
        }
        if exponent > 0 {
            let factor = Decimal.power10(exponent)
            m.value *= factor
            m.precision *= factor
            if let max = m.max { m.max = max * factor }
            m.scaleExponent = exponent
            // 3億5千万: a smaller part follows the larger one.
            if lex.usesCJKNumerals, s.isDigit(end), !claimed[end] {
                let r = digitToken(at: end)
                if let p = parseDigits(s.string(r)) {
                    var part = NumberMention(range: r, text: "", value: p.value, precision: Decimal.halfUnit(decimals: p.decimals))
                    let e = applyScale(&part, from: r.upperBound)
                    if part.scaleExponent > 0 && part.scaleExponent < exponent {
                        m.value += part.value
                        m.precision = part.precision
                        end = e
                    }
                }
            }
        }
        return end
    }

    func isCurrencyCode(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return unit.count == 3 && unit.allSatisfy { $0.isUppercase }
    }

    func applyRange(_ m: inout NumberMention, from start: Int) -> Int {
        // 19–20, 19-20, 19 to 20 (same unit), 19至20, 19~20
        var k = start
        let separators = ["–", "-", "~", "至", "到", "〜"]
        guard let sep = separators.first(where: { s.matches($0, at: s.skipSpaces(k)) }) else { return start }
        k = s.skipSpaces(k) + sep.utf16.count
        // "-" directly between digits only; "–" with or without spaces.
        if sep == "-" && (s.isSpace(start) || s.isSpace(k)) { return start }
        let j = s.skipSpaces(k)
        guard j < s.n, !claimed[j] else { return start }
        var second: NumberMention?
        if s.isDigit(j) {
            let r = digitToken(at: j)
            if let p = parseDigits(s.string(r)) {
                var n = NumberMention(range: r, text: "", value: p.value, precision: Decimal.halfUnit(decimals: p.decimals))
                let e = applyScale(&n, from: r.upperBound)
                n.range = j..<e
                second = n
            }
        } else if lex.usesCJKNumerals, isCJKNumeral(j) {
            second = cjkNumber(at: j, allowSuffixes: false)
        }
        guard let two = second, two.notAQuantity == nil else { return start }
        // "1.2-1.5 billion": the scale of the second applies to the first.
        if m.scaleExponent == 0 && two.scaleExponent > 0 {
            let f = Decimal.power10(two.scaleExponent)
            m.value *= f
            m.precision *= f
            m.scaleExponent = two.scaleExponent
        }
        guard two.value > m.value else { return start }
        m.max = two.value
        return two.range.upperBound
    }

    func applyPercent(_ m: inout NumberMention, from start: Int) -> Int {
        let k = lex.usesCJKNumerals ? start : s.skipSpaces(start)
        if let hit = s.longestMatch(at: k, in: lex.percentagePointWords, maxLength: 24), hit.key != "points" || m.value < 100 {
            // "points" alone is percentage points only after a small number in a percent context.
            if hit.key == "points" && !nearbyPercent(start) { return start }
            m.unit = "pp"
            return hit.end
        }
        if let hit = s.longestMatch(at: s.skipSpaces(start), in: lex.percentWords, maxLength: 12) {
            m.unit = "%"
            return hit.end
        }
        return start
    }

    func nearbyPercent(_ i: Int) -> Bool {
        let window = s.string(max(0, i - 80)..<min(s.n, i + 40)).lowercased()
        return window.contains("%") || window.contains("percent") || window.contains("per cent")
    }

    func applyCurrencyOrUnit(_ m: inout NumberMention, from start: Int) -> Int {
        guard m.unit == nil || isCurrencyCode(m.unit) else { return start }
        let k = lex.usesCJKNumerals ? start : s.skipSpaces(start)
        if m.unit == nil, let hit = s.longestMatch(at: k, in: lex.currencyNames, maxLength: lex.longestCurrencyName) {
            m.unit = hit.value
            return hit.end
        }
        if m.unit == nil, let hit = s.longestMatch(at: k, in: lex.currencySymbols, maxLength: 4, wordBoundary: true) {
            m.unit = hit.value
            return hit.end
        }
        // ISO code after: "5 USD".
        if m.unit == nil, k + 3 <= s.n, !s.isAlphabeticLetter(k + 3) {
            let code = s.string(k..<(k + 3))
            if code.allSatisfy({ $0.isASCII && $0.isUppercase }), Currencies.isKnown(code) {
                m.unit = code
                return k + 3
            }
        }
        guard m.unit == nil else { return start }
        // Units: "50 km", "50-kilometre", "25 градусов", "500公里".
        var u = k
        if u == start, u < s.n, s.t[u] == 0x2D, s.isAlphabeticLetter(u + 1) { u += 1 }
        if let hit = s.longestMatch(at: u, in: lex.units, maxLength: lex.longestUnit) {
            // Single-letter units need to follow the digits directly or be a symbol ("5 m" is fine).
            m.unit = hit.value
            return hit.end
        }
        return start
    }

    // MARK: Before the number: currency symbols and qualifiers

    func qualify(_ m: inout NumberMention) {
        var start = m.range.lowerBound
        // Currency symbol or ISO code before: "$1.4 billion", "US$5", "€ 20", "USD 5".
        let k = s.skipSpacesBack(start)
        if m.unit == nil || m.unit == "%" {
            for length in stride(from: 4, through: 1, by: -1) where k - length >= 0 {
                let sym = s.string((k - length)..<k)
                if let code = lex.currencySymbols[sym] ?? (length == 3 && Currencies.isKnown(sym) ? sym : nil),
                   !s.isAlphabeticLetter(k - length - 1), m.unit == nil {
                    m.unit = code
                    start = k - length
                    // "$5m": one-letter scales now apply.
                    if m.scaleExponent == 0, let hit = s.longestMatch(at: m.range.upperBound, in: lex.scaleWords, maxLength: lex.longestScale) {
                        let f = Decimal.power10(hit.value)
                        m.value *= f
                        m.precision *= f
                        m.scaleExponent = hit.value
                        m.range = m.range.lowerBound..<hit.end
                        if m.notAQuantity == .identifier { m.notAQuantity = nil }
                    }
                    if m.notAQuantity == .year { m.notAQuantity = nil }
                    break
                }
            }
        }
        // 第 before: ordinal.
        if lex.usesCJKNumerals, start > 0, s.t[start - 1] == 0x7B2C {
            m.isOrdinal = true
            start -= 1
        }
        m.valueRange = start..<m.range.upperBound
        // Qualifier words before.
        if let table = qualifiersBefore {
            let end = lex.usesCJKNumerals ? start : s.skipSpacesBack(start)
            if let hit = s.longestMatchEnding(at: end, in: table), let q = table[hit.key], !claimed[hit.start] {
                m.qualifier = q
                start = hit.start
                if m.notAQuantity == .year { m.notAQuantity = nil }
            }
        }
        m.range = start..<m.range.upperBound
        m.text = s.string(m.range)
    }

    // MARK: Chinese and Japanese numerals

    func cjkNumber(at start: Int, allowSuffixes: Bool = true) -> NumberMention? {
        var i = start
        var isPercent = false
        if s.matches("百分之", at: i) {
            isPercent = true
            i += 3
        }
        var j = i
        while j < s.n && (isCJKNumeral(j) || ((s.isDigit(j) || s.t[j] == 0x2E) && j > i)) { j += 1 }
        guard j > i else { return nil }
        let run = s.string(i..<j)
        // Runs of scale characters alone (千万 "by all means", 万一 "in case") are words.
        guard run.contains(where: { Self.cjkDigits.contains($0) || $0.isNumber }) || run.hasPrefix("十") else { return nil }
        // 十分 "very".
        if run == "十" && s.matches("分", at: j) && !s.matches("分之", at: j) { return nil }
        var m = NumberMention(range: start..<j, text: run, value: 0, precision: 0, isSpelledOut: true)
        // 一万六七千: two adjacent digits make a range.
        let chars = Array(run)
        var rangeAt: Int?
        for k in 0..<(chars.count - 1) {
            if let a = Self.cjkDigitValue(chars[k]), let b = Self.cjkDigitValue(chars[k + 1]), b == a + 1, a > 0 { rangeAt = k; break }
        }
        if let k = rangeAt {
            var low = chars; low.remove(at: k + 1)
            var high = chars; high.remove(at: k)
            guard let lo = parseCJK(String(low)), let hi = parseCJK(String(high)) else { return nil }
            m.value = lo
            m.max = hi
        } else {
            guard let v = parseCJK(run) else { return nil }
            m.value = v
        }
        var end = j
        // 三分之一: a fraction.
        if s.matches("分之", at: end), let denominator = Optional(m.value), denominator != 0 {
            var k = end + 2
            while k < s.n && isCJKNumeral(k) { k += 1 }
            if let numerator = parseCJK(s.string((end + 2)..<k)) {
                m.value = numerator / denominator
                end = k
                m.isFraction = true
            }
        }
        if isPercent { m.unit = "%" }
        if run == "一" || run == "壹" || (isInsideWord(i..<j) && !m.isFraction) {
            m.isWeak = true
        }
        // A single numeral directly before an ordinary character (三聚氰胺, 两国) is part of a
        // word: a count takes a classifier, a unit or a scale.
        if run.count == 1, Self.cjkDigitValue(run.first!) != nil, !m.isFraction, !m.isOrdinal, start > 0 ? s.t[start - 1] != 0x7B2C : true,
           let next = s.char(j), s.isCJK(j), !LexicalData.classifiers.contains(next), !LexicalData.countedUnits.contains(next),
           !Self.cjkScales.contains(next), !isCJKNumeral(j), next != "分", next != "多", next != "余",
           s.longestMatch(at: j, in: lex.units, maxLength: lex.longestUnit, wordBoundary: false) == nil,
           s.longestMatch(at: j, in: lex.currencyNames, maxLength: lex.longestCurrencyName, wordBoundary: false) == nil {
            m.isWeak = true
        }
        if allowSuffixes {
            end = applySuffixes(&m, from: end, attachedDigits: false)
        }
        m.range = start..<end
        m.numeralRange = i..<j
        m.text = s.string(m.range)
        // 之一 "one of"; 一些 "some"; 一直, 一起: value 1 as a word.
        if m.value == 1 && m.max == nil && !m.isOrdinal { m.isWeak = true }
        return m
    }

    static let digitsTheParseLeaves: Set<Character> = ["兩", "貳", "參", "陸"]

    static func cjkDigitValue(_ c: Character) -> Int? {
        switch c {
        case "一", "壹": return 1
        case "二", "两", "兩", "贰", "貳": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    func parseCJK(_ text: String) -> Decimal? {
        guard !text.isEmpty else { return nil }
        // A lone Chinese digit is read without ICU: the spell-out parse of 二 or 三 opened the
        // collator and cost 2 to 3 ms. (The parse reads none of 兩 貳 參 陸; tested to agree.)
        if lex.base == "zh", text.unicodeScalars.count == 1, let c = text.first, !Self.digitsTheParseLeaves.contains(c),
           let v = Self.cjkDigitValue(c) {
            return Decimal(v)
        }
        if let plain = SpellOutCache.parse(text, with: lex), let v = Decimal(string: plain) { return v }
        return nil
    }

    // MARK: Roman numerals

    /// I, V, X and L: what a Roman century can begin with.
    static func isRomanFirst(_ u: UInt16) -> Bool { u == 0x49 || u == 0x56 || u == 0x58 || u == 0x4C }

    /// "XVe siècle", "siglo XV", "XX века": a Roman numeral next to a word for century.
    func romanCentury(at start: Int) -> NumberMention? {
        // I, V, X or L first: look before building the word.
        guard Self.isRomanFirst(s.t[start]) else { return nil }
        let end = s.wordEnd(start)
        var token = s.string(start..<end)
        var suffix = ""
        for sfx in ["ème", "eme", "er", "e"] where token.hasSuffix(sfx) && token.count > sfx.count {
            suffix = sfx
            break
        }
        token = String(token.dropLast(suffix.count))
        guard let value = lex.romanNumerals[token] else { return nil }
        let after = s.skipSpaces(end)
        let nextWord = s.folded(after..<s.wordEnd(after))
        let before = s.skipSpacesBack(start)
        let previousWord = s.folded(s.wordStart(before)..<before)
        guard LexicalData.centuryWords.contains(nextWord) || LexicalData.centuryWords.contains(previousWord)
                || (s.t.count > end && (s.matches("–", at: end) || s.matches("-", at: end))) else { return nil }
        var m = NumberMention(range: start..<end, text: s.string(start..<end), value: Decimal(value), precision: 0)
        m.isOrdinal = true
        // "Xe–XIe siècle": a range of centuries.
        if s.matches("–", at: end) || s.matches("-", at: end), let second = romanCentury(at: end + 1) {
            m.max = second.value
            m.range = start..<second.range.upperBound
            m.text = s.string(m.range)
        }
        return m
    }

    // MARK: Spelled-out numbers

    /// Most words cannot begin a number word (nor English "a"/"an"): they are turned away
    /// before the word is built. Every reading of `spelledNumber` begins with a number word
    /// (whole, before a hyphen, or as a fraction's numerator), so its first two letters decide.
    func mayBeginSpelledNumber(at start: Int) -> Bool {
        guard !numberWords.isEmpty else { return false }
        return mayBeEnglishArticle(at: start) || numberWords.mayStart(at: start, in: s)
    }

    /// False when the word at `start` surely does not fold to English "a" or "an" (which
    /// begin "a hundred", "a third"): "and", "about", "after" are turned away before a word is
    /// built, as 'a' begins no English number word. A word with a unit outside ASCII is left
    /// to the fold.
    func mayBeEnglishArticle(at start: Int) -> Bool {
        guard isEnglish, (s.t[start] | 0x20) == 0x61 else { return false }
        let word = s.t[start..<s.wordEnd(start)]
        if word.contains(where: { $0 >= 0x80 }) { return true }
        return word.count == 1 || (word.count == 2 && (word[word.startIndex + 1] | 0x20) == 0x6E)
    }

    /// A spelled-out number at a word start where `mayBeginSpelledNumber` holds (`extract`
    /// asks it first).
    func spelledNumber(at start: Int) -> NumberMention? {
        var wordEnd = s.wordEnd(start)
        var word = s.folded(start..<wordEnd)
        var value: Decimal?
        var isOrdinal = false
        var isFraction = false
        // "a hundred", "a million", "a third".
        if lex.base == "en" && (word == "a" || word == "an") {
            let k = s.skipSpaces(wordEnd)
            guard s.isAlphabeticLetter(k) else { return nil }
            var nextEnd = s.wordEnd(k)
            var next = s.folded(k..<nextEnd)
            // "a hundred-run partnership"
            if lex.scaleWords[next] == nil, let dash = next.firstIndex(of: "-") {
                next = String(next[..<dash])
                nextEnd = k + next.utf16.count
            }
            if let e = lex.scaleWords[next], e >= 2, next.count > 2 {
                var m = NumberMention(range: start..<nextEnd, text: "", value: Decimal.power10(e), precision: 0, isSpelledOut: true)
                m.scaleExponent = e
                let end = applySuffixes(&m, from: m.range.upperBound, attachedDigits: false)
                m.range = start..<end
                m.text = s.string(m.range)
                return m
            }
            if let d = Self.englishDenominators[next] ?? Self.englishDenominators[String(next.dropLast())] {
                var m = NumberMention(range: start..<s.wordEnd(k), text: "", value: Decimal(1) / Decimal(d), precision: 0, isSpelledOut: true)
                m.isFraction = true
                m.isWeak = true  // "a third more" is often rendered loosely
                m.text = s.string(m.range)
                return m
            }
            return nil
        }
        // Only a hyphenated word can hold a number as its leading part.
        if lex.numberWords[word] == nil, word.utf8.contains(0x2D), englishFraction(word) == nil {
            // "four-month-old", "twenty-five-year-old": the number is the leading part.
            let parts = word.split(separator: "-").map(String.init)
            if parts.count > 1, let n = (1..<parts.count).reversed().first(where: { lex.numberWords[parts[0..<$0].joined(separator: "-")] != nil }) {
                word = parts[0..<n].joined(separator: "-")
                wordEnd = start + word.utf16.count
            }
        }
        if let v = lex.numberWords[word] {
            value = v
            isOrdinal = lex.ordinalWords.contains(word)
            // A capitalised ordinal inside a sentence names something ("Ninth Ward").
            if isOrdinal, !Self.capitalisesNouns.contains(lex.base), s.char(start)?.isUppercase == true, !isSentenceStart(start) { return nil }
        } else if lex.base == "en", let fraction = englishFraction(word) {
            value = fraction
            isFraction = true
        } else {
            return nil
        }
        // "one third", "two thirds": a fraction written with a space.
        if lex.base == "en", !isFraction, let v = value, !isOrdinal {
            let k = s.skipSpaces(wordEnd)
            if s.isAlphabeticLetter(k) {
                var d = s.folded(k..<s.wordEnd(k))
                if d.hasSuffix("s") { d.removeLast() }
                if let denominator = Self.englishDenominators[d], d != "second" {
                    value = v / Decimal(denominator)
                    isFraction = true
                    wordEnd = s.wordEnd(k)
                }
            }
        }
        // Extend over following number words: "one hundred and twenty-five", "vingt et un".
        var end = wordEnd
        var k = s.skipSpaces(end)
        var runWords = [word]
        while s.isAlphabeticLetter(k) && !isFraction {
            let e = s.wordEnd(k)
            let w = s.folded(k..<e)
            let isConnector = (LexicalData.numberConnectors[lex.base] ?? []).contains(w)
            guard lex.numberPieces.contains(w) || lex.numberWords[w] != nil else { break }
            if isConnector {
                // A connector must be followed by another number word.
                let k2 = s.skipSpaces(e)
                guard s.isAlphabeticLetter(k2) else { break }
                let w2 = s.folded(k2..<s.wordEnd(k2))
                guard lex.numberWords[w2] != nil, lex.scaleWords[w2] == nil || runWords.count > 0 else { break }
                // "three and four" is two numbers; "hundred and five" one.
                guard let last = runWords.last, lex.scaleWords[last] != nil else { break }
            }
            // Plural scales ("millions of") are not part of a number.
            if lex.scaleWords[w] != nil && lex.base == "en" && w.hasSuffix("s") { break }
            runWords.append(w)
            end = e
            k = s.skipSpaces(end)
        }
        // Number words that are each below ten are never one number ("two first", "двух
        // первых"; English RBNF reads "four eight" as 408): not parsed, each its own number.
        let separateDigits = runWords.allSatisfy { lex.numberWords[$0].map { $0 < 10 } ?? false }
        if runWords.count > 1 {
            let text = s.string(start..<end)
            if !separateDigits, let plain = SpellOutCache.parse(text, with: lex), let v = Decimal(string: plain) {
                value = v
                isOrdinal = lex.ordinalWords.contains(runWords.last!)
            } else {
                // Fall back to the first word alone.
                end = wordEnd
            }
        }
        wordEnd = end
        word = s.folded(start..<end)
        guard let v = value else { return nil }
        var m = NumberMention(range: start..<end, text: word, value: v, precision: 0, isSpelledOut: true)
        m.isOrdinal = isOrdinal
        m.isFraction = isFraction
        // One as a word is usually an article or a pronoun ("one of", "ein", "une"); "one
        // third" is often rendered loosely.
        if v == 1 || (isOrdinal && v <= 2) || (isFraction && v <= Decimal(1) / Decimal(2)) { m.isWeak = true }
        let after = applySuffixes(&m, from: end, attachedDigits: false)
        m.range = start..<after
        m.numeralRange = start..<end
        m.text = s.string(m.range)
        return m
    }

    func isSentenceStart(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && (s.isSpace(k) || s.t[k] == 0x22 || s.t[k] == 0x27 || s.t[k] == 0x28) { k -= 1 }
        return k < 0 || [0x2E, 0x21, 0x3F, 0x0A, 0x3A].contains(s.t[k])
    }

    static let englishDenominators: [String: Int] = ["half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10]

    /// "one-third", "two-thirds", "three-quarters".
    func englishFraction(_ word: String) -> Decimal? {
        guard word.utf8.contains(0x2D) else { return nil }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let numerator = lex.numberWords[String(parts[0])] else { return nil }
        var d = String(parts[1])
        if d.hasSuffix("s") { d.removeLast() }
        guard let denominator = Self.englishDenominators[d] else { return nil }
        return numerator / Decimal(denominator)
    }
}

/// RBNF parses are slow (about 0.1 ms lenient), so each distinct text is parsed once.
enum SpellOutCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String?] = [:]

    static func parse(_ text: String, with lex: Lexicon) -> String? {
        let key = lex.base + "\u{1}" + text
        lock.lock()
        if let hit = cache[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = lex.spellOut?.parseWhole(text)
        lock.lock()
        if cache.count > 100_000 { cache.removeAll() }
        cache[key] = value
        lock.unlock()
        return value
    }
}
