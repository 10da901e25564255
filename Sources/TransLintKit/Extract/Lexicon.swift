import Foundation
import ICUKit

/// The words of one language that extraction needs: number words, scale words, currencies,
/// units, months and weekdays. Built once per language, from ICU and CLDR wherever they have
/// the data (spell-out rules, compact number forms, currency and unit display names, date
/// symbols); the few lists ICU does not carry (qualifiers, relative days, titles) are in
/// `LexicalData.swift`.
final class Lexicon: @unchecked Sendable {
    let language: String
    /// Base language subtag: "zh" for "zh-Hant".
    let base: String
    /// Lowercased spelled-out number words and phrases with their values ("twenty-five", "zwei").
    let numberWords: PhraseTable<Decimal>
    /// Words that are ordinals ("tenth", "dritten").
    let ordinalWords: Set<String>
    /// Every word that occurs in a spelled-out number (for finding multi-word runs).
    let numberPieces: Set<String>
    /// Scale words after a number: "billion" -> 9, "万" -> 4, "Mrd." -> 9.
    let scaleWords: PhraseTable<Int>
    let longestScale: Int
    /// Currency symbols ("$", "€", "US$") and names ("dollars", "美元") -> ISO code.
    let currencySymbols: PhraseTable<String>
    let currencyNames: PhraseTable<String>
    let longestCurrencyName: Int
    /// Unit names and abbreviations -> unit id ("kilometres" -> "km").
    let units: PhraseTable<String>
    let longestUnit: Int
    /// Month and weekday names, lowercased, without a final dot.
    let months: PhraseTable<Int>
    let weekdays: PhraseTable<Weekday>
    /// Month names that are also ordinary words ("May", "March"): months only next to a
    /// number.
    let ambiguousMonths: PhraseTable<Int>
    let monthStems: PhraseTable<Int>
    /// The units any month word (name, ambiguous name or stem) can begin with, in either case.
    let monthStarts: UnitSet
    /// Words for percent and percentage points ("per cent", "percentage points"; "%" alone
    /// where the language has none listed).
    let percentWords: PhraseTable<String>
    let percentagePointWords: PhraseTable<String>

    /// The month a word names, trying inflected forms through their stems.
    func month(_ word: String) -> Int? {
        if let m = months[word] { return m }
        guard !monthStems.isEmpty, word.count >= 4 else { return nil }
        for cut in 1...2 where word.count - cut >= 4 {
            if let m = monthStems[String(word.dropLast(cut))] { return m }
        }
        return nil
    }
    /// Roman numerals I–L (ICU's "roman" numbering system), for centuries ("XVe siècle").
    let romanNumerals: PhraseTable<Int>
    /// Spell-out parser for runs that the tables do not hold.
    let spellOut: NumberFormat?
    let decimal: NumberFormat?
    let usesCJKNumerals: Bool

    private static let cache = LockedCache<String, Lexicon>()

    static func forLanguage(_ language: String) -> Lexicon {
        let tag = canonicalTag(language)
        return cache.value(for: tag) { Lexicon(language: tag) }
    }

    static func canonicalTag(_ tag: String) -> String { Languages.canonical(tag) }

    private init(language: String) {
        // The tables are built in a value and kept as constants: a class's variables are
        // checked for exclusive access at every read, and extraction reads these at every word.
        let t = Tables(language: language)
        self.language = language
        base = t.base
        usesCJKNumerals = t.usesCJKNumerals
        spellOut = t.spellOut
        decimal = t.decimal
        numberWords = t.numberWords
        ordinalWords = t.ordinalWords
        numberPieces = t.numberPieces
        scaleWords = t.scaleWords
        longestScale = t.longestScale
        currencySymbols = t.currencySymbols
        currencyNames = t.currencyNames
        longestCurrencyName = t.longestCurrencyName
        units = t.units
        longestUnit = t.longestUnit
        months = t.months
        weekdays = t.weekdays
        ambiguousMonths = t.ambiguousMonths
        monthStems = t.monthStems
        monthStarts = t.monthStarts
        percentWords = t.percentWords
        percentagePointWords = t.percentagePointWords
        romanNumerals = t.romanNumerals
    }

    static func foldKeepingDot(_ s: String) -> String {
        var t = changesWhenLowercased(s) ? s.lowercased() : s
        // U+00AD is C2 AD in UTF-8: look for the byte before touching characters.
        // (On the contiguous bytes: the generic `utf8.contains` cost more than the lowercasing.)
        if t.withUTF8({ $0.contains(0xAD) }) { t.unicodeScalars.removeAll { $0 == "\u{AD}" } }
        return t
    }

    /// The words of a spelled-out number, split at spaces and hyphens as `Character`s. Text of
    /// Latin letters below U+0300 and Cyrillic letters has no character that joins a space or
    /// hyphen into a cluster, so its UTF-8 bytes are split instead (splitting nine thousand
    /// spell-outs by Character cost 90 M instructions for six languages).
    static func words(of text: String) -> [Substring] {
        let simple = text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x400...0x482).contains($0.value) || (0x48A...0x52F).contains($0.value) }
        guard simple else { return text.split(whereSeparator: { $0 == " " || $0 == "-" }) }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).map { Substring($0) }
    }

    /// Whether lowercasing changes `s`: an ASCII capital, or a scalar with Unicode's
    /// Changes_When_Lowercased. Most words outside ASCII are already lower case (spell-out
    /// rules, the source texts' words), and lowercasing them cost some 300 instructions a
    /// character; the check a tenth of that.
    static func changesWhenLowercased(_ s: String) -> Bool {
        var other = false
        for b in s.utf8 {
            if b >= 0x41 && b <= 0x5A { return true }
            if b >= 0x80 { other = true }
        }
        return other && s.unicodeScalars.contains { $0.value >= 0x80 && CaseProperty.changesWhenLowercased($0.value) }
    }

    static func fold(_ s: String) -> String {
        var t = foldKeepingDot(s)
        if t.utf8.count > 1 && t.utf8.last == 0x2E { t.removeLast() }
        return t
    }
}

extension Lexicon {
    /// The tables while they are built (see `Lexicon.init`).
    struct Tables {
        // The fields of `Lexicon`, documented there.
        let base: String
        let usesCJKNumerals: Bool
        let spellOut: NumberFormat?
        let decimal: NumberFormat?
        var numberWords = PhraseTable<Decimal>()
        var ordinalWords: Set<String> = []
        var numberPieces: Set<String> = []
        var scaleWords = PhraseTable<Int>()
        var longestScale = 0
        var currencySymbols = PhraseTable<String>()
        var currencyNames = PhraseTable<String>()
        var longestCurrencyName = 0
        var units = PhraseTable<String>()
        var longestUnit = 0
        var months = PhraseTable<Int>()
        var weekdays = PhraseTable<Weekday>()
        var ambiguousMonths = PhraseTable<Int>()
        var monthStems = PhraseTable<Int>()
        var monthStarts = UnitSet()
        var percentWords = PhraseTable<String>()
        var percentagePointWords = PhraseTable<String>()
        var romanNumerals = PhraseTable<Int>()

        init(language: String) {
            base = String(language.split(separator: "-").first ?? Substring(language)).lowercased()
            usesCJKNumerals = ["zh", "ja", "ko"].contains(base)
            spellOut = try? NumberFormat(.spellOut, locale: base, lenient: true)
            decimal = try? NumberFormat(.decimal, locale: language.replacingOccurrences(of: "-", with: "_"))
            buildNumberWords()
            romanNumerals = Self.romanNumerals
            buildScales()
            buildCurrencies()
            buildUnits()
            buildDates()
            for word in Array(months.keys) + Array(ambiguousMonths.keys) + Array(monthStems.keys) { monthStarts.insertInitial(of: word) }
            for w in LexicalData.percentWords[base] ?? ["%"] { percentWords[w] = "%" }
            for w in LexicalData.percentagePointWords[base] ?? [] { percentagePointWords[w] = "pp" }
        }

        /// I–L, the same for every language: formatted once per process (an ICU formatter
        /// and fifty formats a language cost some 5 M instructions each).
        static let romanNumerals: PhraseTable<Int> = {
            var table = PhraseTable<Int>()
            if let roman = try? NumberFormat(.decimal, locale: "en@numbers=roman") {
                for v in 1...50 { if let r = try? roman.format(decimal: String(v)) { table[r] = v } }
            }
            return table
        }()

        mutating func buildNumberWords() {
            // The lenient parser formats as a strict one would (leniency is for parsing only),
            // with its default rule set set back after: one RBNF format a language, not two.
            guard !usesCJKNumerals, let formatter = spellOut else { return }
            try? formatter.restoringDefaultRuleSet { buildNumberWords(with: formatter) }
        }

        private mutating func buildNumberWords(with formatter: NumberFormat) {
            var values: [Int] = Array(0...100) + stride(from: 200, through: 900, by: 100) + [1000, 10_000, 100_000, 1_000_000, 1_000_000_000]
            values.append(contentsOf: [1_000_000_000_000])
            let ruleSets = formatter.ruleSets.filter { !$0.contains("year") && !$0.contains("verbose") }
            for ruleSet in ruleSets {
                let ordinal = ruleSet.contains("ordinal")
                for v in values {
                    guard let text = try? formatter.format(decimal: String(v), ruleSet: ruleSet) else { continue }
                    let folded = Lexicon.fold(text)
                    if ordinal { ordinalWords.insert(folded) }
                    // A text already met (most are: a number reads alike in most rule sets) has
                    // its pieces in already.
                    guard numberWords[folded] == nil else { continue }
                    numberWords[folded] = Decimal(v)
                    for piece in Lexicon.words(of: folded) {
                        numberPieces.insert(String(piece))
                    }
                }
            }
            // Connectors that only join number words ("one hundred and five", "vingt et un").
            for w in LexicalData.numberConnectors[base] ?? [] { numberPieces.insert(w) }
        }

        mutating func buildScales() {
            // CLDR's compact forms name the scale words: "1 billion", "2 Milliarden", "10万", "1 млрд".
            var locales = [base]
            if base == "en" { locales.append("en_IN") }  // lakh, crore
            if base == "zh" { locales.append("zh_Hant") }
            if base == "zh" || base == "ja" { locales.append(base == "zh" ? "ja" : "zh") }
            let values = (3...13).flatMap { exponent in [1.0, 2.0, 5.0].map { $0 * pow(10.0, Double(exponent)) } }
            let skeletons = ["compact-long", "compact-short"]
            for locale in locales {
                // One formatter a skeleton for all the values (a formatter each cost ICU some
                // 116,000 instructions, 594 of them for six languages); one at a time if the
                // batch fails.
                let texts: [[String?]] = skeletons.map { skeleton in
                    if let all = try? NumberFormat.format(values, skeleton: skeleton, locale: locale), all.count == values.count { return all }
                    return values.map { try? NumberFormat.format($0, skeleton: skeleton, locale: locale) }
                }
                for (v, value) in values.enumerated() {
                    for k in skeletons.indices {
                        guard let text = texts[k][v] else { continue }
                        // Strip the digits: what is left is the scale word of the shown value.
                        // ASCII digits only: 万, 千 and 兆 are numeric characters too.
                        let digits = text.filter { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
                        let word = text.filter { !(($0.isASCII && $0.isNumber) || $0 == "." || $0 == ",") }.trimmingCharacters(in: .whitespaces)
                        guard !word.isEmpty, let shown = Double(digits.replacingOccurrences(of: ",", with: "")), shown > 0 else { continue }
                        let wordExponent = Int((log10(value / shown)).rounded())
                        let key = Lexicon.fold(word)
                        if wordExponent > 0 && scaleWords[key] == nil { scaleWords[key] = wordExponent }
                    }
                }
            }
            for (word, exponent) in LexicalData.extraScales[base] ?? [:] where scaleWords[word] == nil {
                scaleWords[word] = exponent
            }
            // Number words that are scales in their own right ("hundred", "thousand", "Millionen").
            longestScale = scaleWords.keys.map(\.count).max() ?? 0
        }

        mutating func buildCurrencies() {
            // Plural names only for the categories the language has: ICU gives another
            // category's name as the "other" one, and each name asked for opens its data
            // (some 10,000 instructions; 8,478 asks for six languages).
            let categories = PluralRules.categories(locale: base)
            let counts = ["zero", "one", "two", "few", "many", "other"].filter { categories?.contains($0) ?? true }
            for code in Currencies.commonCodes() {
                for kind in [Currencies.NameKind.symbol, .narrowSymbol] {
                    if let s = Currencies.name(code, locale: base, kind: kind), s != code, s.count <= 4,
                       !s.allSatisfy({ $0.isLetter }) || s.unicodeScalars.contains(where: { $0.value > 0x2000 }) {
                        // A narrow "$" is every dollar; keep the locale's own first.
                        if currencySymbols[s] == nil || kind == .symbol { currencySymbols[s] = code }
                    }
                }
                var names: [String] = []
                if let long = Currencies.name(code, locale: base, kind: .long) { names.append(long) }
                for count in counts {
                    if let p = Currencies.name(code, locale: base, kind: .plural, pluralCount: count) { names.append(p) }
                }
                for n in names {
                    let key = Lexicon.fold(n)
                    if currencyNames[key] == nil { currencyNames[key] = code }
                }
            }
            // The symbol of the locale's own currency wins for shared symbols: ¥ is CNY in Chinese.
            for (symbol, code) in LexicalData.localSymbols[base] ?? [:] { currencySymbols[symbol] = code }
            for (name, code) in LexicalData.extraCurrencyNames[base] ?? [:] where currencyNames[name] == nil {
                currencyNames[name] = code
            }
            longestCurrencyName = currencyNames.keys.map(\.count).max() ?? 0
        }

        mutating func buildUnits() {
            // One value of each plural category the language has: a unit's name changes only
            // with the category, and each value formatted cost ICU some 70,000 instructions
            // (1.6% of a 20,000-pair run, for 702 formats).
            let values = PluralRules.firstOfEachCategory([1.0, 2.0, 5.0, 1.5, 21.0], locale: base)
            for (icuUnit, id) in LexicalData.measureUnits {
                for width in ["unit-width-full-name", "unit-width-short", "unit-width-narrow"] {
                    let texts = (try? NumberFormat.format(values, skeleton: "measure-unit/\(icuUnit) \(width)", locale: base)) ?? []
                    for text in texts {
                        let word = text.filter { !(($0.isASCII && $0.isNumber) || $0 == "." || $0 == ",") }.trimmingCharacters(in: .whitespaces)
                        guard !word.isEmpty else { continue }
                        let key = Lexicon.fold(word)
                        if units[key] == nil { units[key] = id }
                    }
                }
            }
            // The hand-listed readings win: 吨 is a metric tonne in Chinese.
            for (name, id) in LexicalData.extraUnits[base] ?? [:] { units[name] = id }
            // A bare "年" or "г." is a year of a date far more often than a duration, and English "in"
            // is a preposition far more often than inches.
            for ambiguous in ["年", "г", "j", "a", "h", "t", "yr"] + (LexicalData.ambiguousUnitWords[base] ?? []) { units[ambiguous] = nil }
            longestUnit = units.keys.map(\.count).max() ?? 0
        }

        mutating func buildDates() {
            guard let format = try? DateFormat(locale: base, pattern: "d MMMM y") else { return }
            for type in [DateFormat.SymbolType.months, .shortMonths, .standaloneMonths, .standaloneShortMonths] {
                for m in 1...12 {
                    if let name = format.symbol(type, m) { months[Lexicon.fold(name)] = m }
                }
            }
            for type in [DateFormat.SymbolType.weekdays, .shortWeekdays, .standaloneWeekdays, .standaloneShortWeekdays] {
                for d in 1...7 {
                    if let name = format.symbol(type, d), let w = Weekday(rawValue: d) { weekdays[Lexicon.fold(name)] = w }
                }
            }
            for (name, w) in LexicalData.extraWeekdays[base] ?? [:] { weekdays[name] = w }
            // One-letter or ambiguous abbreviations ("may" is also a verb; "mar" Spanish "sea"):
            // keep only names of three letters or more, and drop English "may" as a bare word.
            months = months.filter { $0.key.count >= 3 || usesCJKNumerals }
            weekdays = weekdays.filter { $0.key.count >= 3 || usesCJKNumerals }
            for w in LexicalData.ambiguousDateWords[base] ?? [] {
                if let m = months[w] { ambiguousMonths[w] = m }
                months[w] = nil
                weekdays[w] = nil
            }
            // Inflected languages: stems of the month names (октября -> октябр, for октябре).
            if ["ru", "uk", "pl", "cs", "sk", "be", "bg", "sr", "hr", "sl", "lt", "lv", "fi"].contains(base) {
                for (name, m) in months where name.count >= 5 { monthStems[String(name.dropLast())] = m }
            }
        }
    }
}
