import Foundation
import ICUKit

/// Compares a translation with its source by value: numbers (scale words, spelled-out forms,
/// units and rounding resolved), dates and times, and names across scripts.
struct SourceComparison {
    let source: SourceReference
    let target: Document
    let targetExtraction: Extraction
    let targetLanguage: String
    /// Name facts of a fact sheet: their `source` forms are a glossary.
    var glossary: [FactSheet.NameFact] = []

    /// A target name the glossary pairs with a source form present in the source.
    func glossaryExplains(targetName: String) -> Bool {
        glossary.contains { fact in
            fact.forms.contains { targetName == $0 || targetName.hasSuffix(" " + $0) || $0.hasSuffix(" " + targetName) }
                && fact.source.contains { source.document.normalizedText.contains($0) }
        }
    }

    /// A source name the glossary pairs with a form present in the translation.
    func glossaryExplains(sourceName: String) -> Bool {
        glossary.contains { fact in
            fact.source.contains(sourceName) && fact.forms.contains { target.normalizedText.contains($0) }
        }
    }

    struct Result {
        var numberMismatches: [RuleMatch] = []
        var numbersMissing: [RuleMatch] = []
        var numbersAdded: [RuleMatch] = []
        var dateMismatches: [RuleMatch] = []
        var namesAdded: [RuleMatch] = []
        var namesMissing: [RuleMatch] = []
        /// Of the names added and missing, those CLDR knows as places or languages: their forms
        /// in the other language are known, so their absence there is sure.
        var placesAdded: [RuleMatch] = []
        var placesMissing: [RuleMatch] = []
        /// The sure source names without a counterpart (reported as missing, omitted or
        /// places missing).
        var unmatchedSourceNames: [NameMention] = []
        /// Source names too unsure to report alone (first words of sentences, German nouns,
        /// single Han words), not yet compared: a hole in the translation may have held one.
        var unsureSourceNames: [NameMention] = []
        /// Source names written in the translation's alphabet that the translation neither
        /// keeps nor replaces with a name of its own.
        var namesOmitted: [RuleMatch] = []
        /// Names of the translation with a title (President, Dr.) that match nothing in the
        /// source (not reported as names added).
        var personsAdded: [RuleMatch] = []
        /// Names of the translation spelt with letters its language does not write its words
        /// with (Banaś, Hamáček in English) that match nothing in the source (not reported as
        /// names added).
        var foreignNamesAdded: [RuleMatch] = []
        /// A source person's name gone and a name of the translation in its place (neither is
        /// reported as added or missing).
        var namesReplaced: [RuleMatch] = []
    }

    /// Whether a name is written in the alphabet of the translation's language (a Latin name
    /// in English): such names are kept as written, not transliterated.
    /// Languages written in the Latin alphabet (the usual ones; enough to tell how names are
    /// carried over).
    static let latinScriptLanguages: Set<String> = [
        "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "no", "fi", "pl", "cs", "sk", "sl", "hr", "ro", "hu",
        "tr", "id", "ms", "vi", "ca", "et", "lv", "lt", "is", "ga", "cy", "eu", "gl", "sq", "af", "sw", "tl",
    ]

    static func keepsNamesAsWritten(_ name: String, targetLanguage: String) -> Bool {
        let latinTarget = latinScriptLanguages.contains(String(targetLanguage.prefix(2)))
        return latinTarget && name.unicodeScalars.allSatisfy { $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic }
    }

    static let grouping = try? NumberFormat(.decimal, locale: "en")

    static func show(_ d: Decimal) -> String {
        (try? grouping?.format(decimal: d.plainString)) ?? d.plainString
    }

    /// Where a finding about something of the source that is missing points: the target
    /// sentence at the same relative place as the source mention (the whole text when it has
    /// no sentences).
    func counterpart(of sourceRange: Range<Int>) -> Range<Int> {
        let sourceLength = max(1, source.document.normalized.count)
        let p = Double(sourceRange.lowerBound) / Double(sourceLength)
        let offset = Int(p * Double(target.normalized.count))
        if let i = target.sentenceIndex(of: offset) ?? target.sentences.lastIndex(where: { $0.lowerBound <= offset }) {
            return target.original(target.sentences[i])
        }
        return wholeTarget
    }

    /// The whole target text, trimmed.
    var wholeTarget: Range<Int> {
        let t = target.normalized
        var lo = 0, hi = t.count
        while lo < hi && Segmentation.isSpace(t[lo]) { lo += 1 }
        while hi > lo && Segmentation.isSpace(t[hi - 1]) { hi -= 1 }
        return target.original(lo..<hi)
    }

    /// Texts as written in the files (not the normalized view), for messages.
    func sourceText(_ range: Range<Int>) -> String { source.document.originalString(source.document.original(range)) }
    func targetText(_ range: Range<Int>) -> String { target.originalString(target.original(range)) }

    func sourceNote(_ range: Range<Int>) -> Note {
        let r = source.document.original(range)
        return Note(message: "source", path: source.document.path, location: source.document.location(ofOriginal: r),
                    excerpt: source.document.originalString(r))
    }

    // MARK: Numbers

    static func sameValue(_ a: NumberMention, _ b: NumberMention) -> Bool {
        let tolerance = max(a.precision, b.precision)
        func close(_ x: Decimal, _ y: Decimal) -> Bool {
            let d = x - y
            return (d < 0 ? -d : d) <= tolerance
        }
        guard close(a.value, b.value), (a.max == nil) == (b.max == nil) else { return false }
        if let am = a.max, let bm = b.max { return close(am, bm) }
        return true
    }

    /// The power of ten between two values when one is the other times 10^k (k ≠ 0).
    static func powerOfTen(_ source: NumberMention, _ target: NumberMention) -> Int? {
        guard source.value != 0, target.value != 0 else { return nil }
        for k in [1, 2, 3, 4, 6, 8, 9, 12, -1, -2, -3, -4, -6, -8, -9, -12] {
            let scaled = target.value * Decimal.power10(k)
            let tolerance = max(source.precision, target.precision * Decimal.power10(k))
            let d = scaled - source.value
            if (d < 0 ? -d : d) <= tolerance { return k }
        }
        return nil
    }

    /// A range is also its two ends: "2 und 5 Tage" is "2-5 days".
    static func withRangeEnds(_ numbers: [NumberMention]) -> [NumberMention] {
        var out = numbers
        for n in numbers {
            guard let max = n.max else { continue }
            var low = n
            low.max = nil
            low.isWeak = true
            var high = low
            high.value = max
            out += [low, high]
        }
        return out
    }

    func compareNumbers(into result: inout Result, sourceIn: (Range<Int>) -> Bool = { _ in true }, targetIn: (Range<Int>) -> Bool = { _ in true }) {
        let sourceNumbers = Self.withRangeEnds(source.extraction.numbers.filter { $0.isQuantity && sourceIn($0.range) })
        let targetNumbers = Self.withRangeEnds(targetExtraction.numbers.filter { $0.isQuantity && targetIn($0.range) })
        // What the other side states otherwise: years and days of its dates ("1400" / "1,400",
        // "post-9/11" for "l'après-11 septembre"), numbers that are not quantities there (a
        // score "4-0" read as a code), "both" for two, a century for its years.
        let sourceYears = Self.statedValues(source.extraction, in: sourceIn)
        let targetYears = Self.statedValues(targetExtraction, in: targetIn)
        // Asked only for a number that is otherwise unmatched (rare), since each reads the text.
        func explainedInTarget(_ n: NumberMention) -> Bool {
            n.max == nil && (targetYears.contains(n.value) || (n.value == 2 && Self.saysBoth(target))
                || Self.inCentury(n.value, Self.centuries(targetExtraction, in: target, within: targetIn))
                || Self.isCentury(n, in: source.document, explainedBy: targetYears))
        }
        func explainedInSource(_ n: NumberMention) -> Bool {
            n.max == nil && (sourceYears.contains(n.value) || (n.value == 2 && Self.saysBoth(source.document))
                || Self.inCentury(n.value, Self.centuries(source.extraction, in: source.document, within: sourceIn))
                || Self.isCentury(n, in: target, explainedBy: sourceYears))
        }
        var targetUsed = Set<Int>()
        var unmatchedSource: [NumberMention] = []
        for s in sourceNumbers {
            if let j = targetNumbers.indices.first(where: { Self.sameValue(s, targetNumbers[$0]) }) {
                targetUsed.insert(j)
            } else if !s.isWeak, !explainedInTarget(s) {
                unmatchedSource.append(s)
            }
        }
        let sourceValues = Set(sourceNumbers.map(\.value))
        var unmatchedTarget = targetNumbers.indices.filter { j in
            // A range whose ends the source states one by one ("2-5 days" / "2 und 5 Tage").
            if let max = targetNumbers[j].max, sourceValues.contains(targetNumbers[j].value), sourceValues.contains(max) { return false }
            return !targetUsed.contains(j) && !targetNumbers[j].isWeak
                && !explainedInSource(targetNumbers[j])
                && !sourceNumbers.contains { Self.sameValue($0, targetNumbers[j]) }
        }
        var missing: [NumberMention] = []
        for s in unmatchedSource {
            // A power of ten apart: a scale slip (140亿 rendered as 1.4 billion).
            if let j = unmatchedTarget.first(where: { Self.powerOfTen(s, targetNumbers[$0]) != nil }) {
                let t = targetNumbers[j]
                let k = Self.powerOfTen(s, t)!
                let factor = Self.show(Decimal.power10(abs(k)))
                let how = k > 0 ? "\(factor)x too small" : "\(factor)x too large"
                result.numberMismatches.append(RuleMatch(
                    originalRange: target.original(t.valueRange),
                    fields: ["source": sourceText(s.valueRange), "sourceValue": Self.show(s.value),
                             "target": targetText(t.valueRange), "targetValue": Self.show(t.value), "how": how],
                    notes: [sourceNote(s.valueRange)]))
                unmatchedTarget.removeAll { $0 == j }
                continue
            }
            // Otherwise the nearest unmatched target number of the same kind took its place.
            if let j = unmatchedTarget.first(where: { targetNumbers[$0].unit == s.unit || (targetNumbers[$0].unit == nil) != (s.unit == nil) }) {
                let t = targetNumbers[j]
                result.numberMismatches.append(RuleMatch(
                    originalRange: target.original(t.valueRange),
                    fields: ["source": sourceText(s.valueRange), "sourceValue": Self.show(s.value),
                             "target": targetText(t.valueRange), "targetValue": Self.show(t.value), "how": "a different number"],
                    notes: [sourceNote(s.valueRange)]))
                unmatchedTarget.removeAll { $0 == j }
                continue
            }
            missing.append(s)
        }
        // All the missing numbers of one text are one finding.
        if !missing.isEmpty {
            result.numbersMissing.append(RuleMatch(
                originalRange: counterpart(of: missing[0].valueRange),
                fields: ["source": missing.map { sourceText($0.valueRange) }.joined(separator: ", "),
                         "sourceValue": missing.map { Self.show($0.value) }.joined(separator: ", ")],
                notes: missing.map { sourceNote($0.valueRange) }))
        }
        for j in unmatchedTarget {
            let t = targetNumbers[j]
            result.numbersAdded.append(RuleMatch(
                originalRange: target.original(t.valueRange),
                fields: ["target": targetText(t.valueRange), "targetValue": Self.show(t.value)]))
        }
    }

    /// Values a text states other than as quantities: the years and days of its dates and
    /// decades, and its numbers that are not quantities.
    static func statedValues(_ e: Extraction, in within: (Range<Int>) -> Bool) -> Set<Decimal> {
        var values = Set<Decimal>()
        for d in e.dates where within(d.range) && d.precision != .time && d.precision != .weekday {
            if let y = d.year { values.insert(Decimal(y)) }
            if let day = d.day { values.insert(Decimal(day)) }
        }
        for n in e.numbers where !n.isQuantity && within(n.range) { values.insert(n.value) }
        return values
    }

    /// Whether a text says "both" (a pair stated without the number two).
    static func saysBoth(_ document: Document) -> Bool {
        guard let words = LexicalData.pairWords[String(document.language.prefix(2))] else { return false }
        let lowered = document.normalizedText.lowercased()
        return words.contains { word in
            var from = lowered.startIndex
            while let r = lowered.range(of: word, range: from..<lowered.endIndex) {
                let before = r.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: r.lowerBound)]
                let after = r.upperBound == lowered.endIndex ? nil : lowered[r.upperBound]
                if before?.isLetter != true && after?.isLetter != true { return true }
                from = r.upperBound
            }
            return false
        }
    }

    /// Centuries a text names by number ("19. Jahrhunderts", "19世纪", "19th century"), as the
    /// number of the century.
    static func centuries(_ e: Extraction, in document: Document, within: (Range<Int>) -> Bool) -> [Decimal] {
        e.numbers.filter { within($0.range) && isCenturyNumber($0, in: document) }.map(\.value)
    }

    static func isCenturyNumber(_ n: NumberMention, in document: Document) -> Bool {
        guard n.max == nil, n.value >= 1, n.value <= 21 else { return false }
        let s = TextScanner(document)
        var k = n.range.upperBound
        if k < s.n, s.t[k] == 0x2E { k += 1 }  // "19." in German
        while k < s.n, s.t[k] == 0x20 { k += 1 }
        if s.matches("世纪", at: k) { return true }
        guard k < s.n, s.isAlphabeticLetter(k) else { return false }
        let word = s.string(k..<s.wordEnd(k)).lowercased()
        return LexicalData.centuryWords.contains(word)
    }

    /// A century number whose years the other text gives instead ("19世纪初" / "the 1800s").
    static func isCentury(_ n: NumberMention, in document: Document, explainedBy years: Set<Decimal>) -> Bool {
        guard isCenturyNumber(n, in: document) else { return false }
        return years.contains { inCentury($0, [n.value]) }
    }

    /// Whether a year falls in one of these centuries (the 19th is 1800-1899, as written).
    static func inCentury(_ year: Decimal, _ centuries: [Decimal]) -> Bool {
        centuries.contains { c in year >= (c - 1) * 100 && year < c * 100 }
    }

    /// The word a number is attached to: "iPhone" of iPhone7, "Covid" of Covid-22, "Formula"
    /// of "Formula 6".
    static func label(of n: NumberMention, in document: Document) -> String? {
        let s = TextScanner(document)
        var k = n.numeralRange.lowerBound
        if k > 0 && (s.t[k - 1] == 0x2D || s.t[k - 1] == 0x20) { k -= 1 }
        if k > 0, s.isAlphabeticLetter(k - 1) {
            let word = s.string(s.wordStart(k)..<k)
            if word.count >= 2 { return word }
        }
        // Letters right after the digits: "600Mbit/s".
        let e = n.numeralRange.upperBound
        if s.isAlphabeticLetter(e) {
            let word = s.string(e..<s.wordEnd(e))
            if word.count >= 2 { return word }
        }
        return nil
    }

    /// Digits inside names and identifiers (iPhone6, Covid-19, Formula 1): when the name is in
    /// the source, its number must be too.
    func compareIdentifiers(into result: inout Result) {
        let sourceDigits = Set(source.extraction.numbers.map { sourceText($0.numeralRange).filter(\.isNumber) }
                               + source.extraction.numbers.map { $0.value.plainString })
        for t in targetExtraction.numbers where t.notAQuantity == .identifier || t.notAQuantity == .version {
            let digits = targetText(t.numeralRange).filter(\.isNumber)
            guard !digits.isEmpty, !sourceDigits.contains(digits), !sourceDigits.contains(t.value.plainString),
                  let label = Self.label(of: t, in: target), source.hasWord(label) else { continue }
            result.numberMismatches.append(RuleMatch(
                originalRange: target.original(t.numeralRange),
                fields: ["source": label, "sourceValue": "no \(digits)", "target": label + " " + digits, "targetValue": digits,
                         "how": "the source's \(label) has another number"]))
        }
    }

    // MARK: Dates

    static func sameDate(_ a: DateMention, _ b: DateMention) -> Bool {
        if let am = a.minutes, let bm = b.minutes {
            // A 12-hour reading of the same hour ("3" for 15:00) is the same time.
            return am == bm || abs(am - bm) == 720
        }
        if a.minutes != nil || b.minutes != nil { return false }
        if a.precision == .weekday || b.precision == .weekday {
            return a.weekday == nil || b.weekday == nil || a.weekday == b.weekday
        }
        if a.precision == .decade || b.precision == .decade {
            // "50er" says the decade, not the century.
            if a.isTwoDigitDecade || b.isTwoDigitDecade { return (a.year ?? 0) % 100 == (b.year ?? 0) % 100 }
            return a.year == b.year
        }
        if let ay = a.year, let by = b.year, ay != by { return false }
        if let am = a.month, let bm = b.month, am != bm { return false }
        if let ad = a.day, let bd = b.day, ad != bd { return false }
        if let aw = a.weekday, let bw = b.weekday, aw != bw { return false }
        return a.year != nil || a.month != nil || a.day != nil
    }

    /// A date's value for messages: "2025-11-11, Tuesday".
    static func describe(_ d: DateMention) -> String {
        (d.isoValue ?? "?") + (d.weekday.map { ", \($0.englishName)" } ?? "")
    }

    func compareDates(into result: inout Result, sourceIn: (Range<Int>) -> Bool = { _ in true }, targetIn: (Range<Int>) -> Bool = { _ in true }) {
        let sourceDates = source.extraction.dates.filter { (!$0.isRelative || $0.year != nil) && sourceIn($0.range) }
        let targetDates = targetExtraction.dates.filter { (!$0.isRelative || $0.year != nil) && targetIn($0.range) }
        let targetNumbers = targetExtraction.numbers.filter { $0.isQuantity && targetIn($0.range) }.map(\.value)
        let sourceNumbers = source.extraction.numbers.filter { $0.isQuantity && sourceIn($0.range) }.map(\.value)
        var used = Set<Int>()
        for s in sourceDates {
            if let j = targetDates.indices.first(where: { Self.sameDate(s, targetDates[$0]) }) { used.insert(j); continue }
            if s.precision == .year, let y = s.year, targetNumbers.contains(Decimal(y)) { continue }
            // Relative dates ("yesterday" / "on Monday") are often rendered either way.
            if s.isRelative || s.precision == .weekday { continue }
            // A different date in the translation of the same kind.
            let candidate = targetDates.indices.first { j in
                !used.contains(j) && targetDates[j].precision == s.precision && !targetDates[j].isRelative
                    && !sourceDates.contains { Self.sameDate($0, targetDates[j]) }
            }
            if let j = candidate {
                let t = targetDates[j]
                used.insert(j)
                result.dateMismatches.append(RuleMatch(
                    originalRange: target.original(t.range),
                    fields: ["source": sourceText(s.range), "sourceValue": Self.describe(s),
                             "target": targetText(t.range), "targetValue": Self.describe(t)],
                    notes: [sourceNote(s.range)]))
            }
        }
        // A weekday of the translation that is not the source's.
        for (j, t) in targetDates.enumerated() where !used.contains(j) && t.weekday != nil {
            let sourceWeekdays = sourceDates.compactMap(\.weekday)
            if !sourceWeekdays.isEmpty, !sourceWeekdays.contains(t.weekday!) {
                let s = sourceDates.first { $0.weekday != nil }!
                result.dateMismatches.append(RuleMatch(
                    originalRange: target.original(t.range),
                    fields: ["source": sourceText(s.range), "sourceValue": s.weekday!.englishName,
                             "target": targetText(t.range), "targetValue": t.weekday!.englishName],
                    notes: [sourceNote(s.range)]))
            }
        }
        // A year of the translation that is in neither the source's dates nor its numbers.
        for t in targetDates where t.precision == .year {
            guard let y = t.year, !sourceDates.contains(where: { $0.year == y }), !sourceNumbers.contains(Decimal(y)) else { continue }
            if result.dateMismatches.contains(where: { $0.originalRange == target.original(t.range) }) { continue }
            let s = sourceDates.first { $0.precision == .year }
            result.dateMismatches.append(RuleMatch(
                originalRange: target.original(t.range),
                fields: ["source": s.map { sourceText($0.range) } ?? "no such year",
                         "sourceValue": s?.isoValue ?? "-", "target": targetText(t.range), "targetValue": String(y)],
                notes: s.map { [sourceNote($0.range)] } ?? []))
        }
    }

    // MARK: Names

    /// What matching names across the two texts needs, made once per comparison.
    struct NameMatching {
        let targetWords: TargetWords
        let targetGazetteer: NameGazetteer
        let sourceGazetteer: NameGazetteer
        let sourceLetters: Set<String>, targetLetters: Set<String>
        let unpairedSource: Set<String>, unpairedTarget: Set<String>

        /// Acronyms are translated as acronyms (SIDA = AIDS, BIP = GDP, РФБ = RBF): one with the
        /// same letters in any order is its counterpart, and those left over on the two sides
        /// pair up one for one when they share a letter (CEDH is ECHR; NSA is none of them).
        func acronymExplained(_ text: String, leftOver: Set<String>, otherSide: Set<String>, otherLetters: Set<String>) -> Bool {
            guard Acronyms.isAcronym(text) else { return false }
            let letters = Acronyms.letters(text)
            if otherLetters.contains(letters) { return true }
            return leftOver.count <= otherSide.count && otherSide.contains { !Set(Acronyms.letters($0)).isDisjoint(with: letters) }
        }
    }

    func nameMatching() -> NameMatching {
        let targetWords = TargetWords(target, names: targetExtraction.names)
        let (sourceAcronyms, sourceLetters) = source.acronyms
        let targetAcronyms = Acronyms.find(in: target)
        let targetLetters = Set(targetAcronyms.map(Acronyms.letters))
        return NameMatching(
            targetWords: targetWords,
            targetGazetteer: NameGazetteer.between(source: source.language, target: targetLanguage),
            sourceGazetteer: NameGazetteer.between(source: targetLanguage, target: source.language),
            sourceLetters: sourceLetters, targetLetters: targetLetters,
            unpairedSource: Set(sourceAcronyms.filter { !targetLetters.contains(Acronyms.letters($0)) && !hasCounterpartInTarget($0, lowered: targetWords.lowered) }),
            unpairedTarget: Set(targetAcronyms.filter { !sourceLetters.contains(Acronyms.letters($0)) && !source.explains($0, targetLanguage: targetLanguage) }))
    }

    /// Whether a source name has a counterpart in the translation (`isPlace` when already known).
    func hasCounterpart(_ name: NameMention, _ m: NameMatching, isPlace: Bool? = nil) -> Bool {
        m.acronymExplained(name.text, leftOver: m.unpairedSource, otherSide: m.unpairedTarget, otherLetters: m.targetLetters)
            || m.targetWords.hasPinyin(of: name)
            || glossaryExplains(sourceName: name.text)
            || m.targetWords.explains(name, sourceLanguage: source.language, targetLanguage: targetLanguage,
                                      isPlace: isPlace ?? m.sourceGazetteer.knows(name.key))
    }

    /// How far persons' names of the translation can be matched with the source's: fully for
    /// sources in the Latin and Cyrillic alphabets (kept as written, or romanised the way
    /// English writes them); for Chinese only names with a title, since translated names of
    /// things look like persons' there ("Costume Design"); not at all for Japanese kanji (ICU
    /// reads them as Chinese: 岸田文雄 is not "Kishida"), Korean, Arabic and other scripts whose
    /// romanisations vary too much (윤석열, Yoon Suk Yeol; السيسي, el-Sisi).
    enum PersonMatching { case none, titled, all }
    var personsComparable: PersonMatching {
        let language = String(source.language.prefix(2))
        if language == "zh" { return .titled }
        let cyrillic: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"]
        if cyrillic.contains(language) || Self.latinScriptLanguages.contains(language) { return .all }
        return .none
    }

    /// What a name of the translation is with respect to the source.
    enum TargetNameStatus {
        /// Matched in the source (or half its words are: a name with a word translated).
        case explained
        /// A place or language CLDR names, absent from the source.
        case place
        /// A person (titled, or shaped like a person's name in an alphabetic source) the
        /// source lacks: another person.
        case person
        /// A name with letters the translation's language does not write its words with, that
        /// the source lacks: kept as written from another language, not translated from this one.
        case foreign
        /// Any other name the source lacks (may be a translation the gazetteer does not know).
        case other
    }

    /// Classifies a name of the translation; `words` are its words that count (no particles),
    /// for asking later whether any of them is unexplained.
    func status(of name: NameMention, _ m: NameMatching) -> (status: TargetNameStatus, words: [String]) {
        if m.acronymExplained(name.text, leftOver: m.unpairedTarget, otherSide: m.unpairedSource, otherLetters: m.sourceLetters) { return (.explained, []) }
        if glossaryExplains(targetName: name.text) || source.explains(name.text, targetLanguage: targetLanguage) {
            // A place is explained by its known forms only, not by a sound-alike.
            guard m.targetGazetteer.knows(name.key), !source.explains(name.text, targetLanguage: targetLanguage, bySound: false) else { return (.explained, []) }
            return (.place, [])
        }
        let words = name.text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            .filter { $0.count >= 2 && !LexicalData.nameParticles.contains($0.lowercased()) }
        let tokens = words.filter { !LexicalData.genericNameWords.contains($0.lowercased()) }
        guard !tokens.isEmpty else { return (.explained, words) }
        var unexplained = tokens.filter { !source.explains($0, targetLanguage: targetLanguage) }
        // Every word of a name shaped like a person's unexplained, even at the start of a
        // sentence ("Valvo Semilarski said"): another person.
        let wholePersonUnexplained = unexplained.count == tokens.count && tokens.count == words.count && Self.looksLikePersonName(name.text)
        // A capitalised first word of a sentence may be an ordinary word ("Psychologist
        // Veronika Stepanova"): it alone does not make a name unexplained.
        if let first = tokens.first, unexplained.first == first, isSentenceStart(name.range.lowerBound), !hasForeignLetters(first) { unexplained.removeFirst() }
        // A name with half its words in the source is that name with a word translated
        // ("Armed Forces Vladimir Putin" for 武装力量最高统帅普京).
        // Not when the unexplained half is a person's surname: a first name alone sounds like
        // too much ("Donald Trump" is not 约翰·刘易斯 because a Han run sounds like Donald).
        // (A place or language first is a translated name's: "Russian Knights".)
        let surnameUnexplained = tokens.count >= 2 && tokens.count == words.count && unexplained.last == tokens.last
            && Self.looksLikePersonName(name.text) && !m.targetGazetteer.knows(NameKeys.key(tokens[0]))
        guard wholePersonUnexplained || surnameUnexplained || (!unexplained.isEmpty && unexplained.count * 2 > tokens.count) else { return (.explained, words) }
        // A place or language CLDR names in both languages is sure; any other name may be
        // a translation the gazetteer does not know.
        if m.targetGazetteer.knows(name.key) { return (.place, words) }
        // (Every word unexplained: a name with one word in the source is that name in its
        // own language, "Asociación Argentina de Polo" for 阿根廷马球协会.)
        if personsComparable != .none, unexplained.count == tokens.count, unexplained.contains(where: hasForeignLetters) { return (.foreign, words) }
        if let role = name.role, !["saint", "st", "st."].contains(role.lowercased()), personsComparable != .none {
            // A person with a title: persons' names are transliterated or kept, never
            // translated, so one that matches nothing is another person. (Saint Petersburg
            // is a place.)
            return (.person, words)
        }
        if wholePersonUnexplained, personsComparable == .all {
            // Shaped like a person's name (two or more capitalised words, none a word that
            // organisations and places share), and no word of it in an alphabetic source:
            // persons' names are kept or transliterated there, so this is another person.
            // Not for Chinese, Japanese or Korean sources, whose translated names of things
            // ("Costume Design", "Neighborhood Home") look the same.
            return (.person, words)
        }
        return (.other, words)
    }

    /// The source's names as a comparison with a translation into one language reads them,
    /// before any translation is looked at: each with whether it is a place CLDR names in
    /// both languages and whether it is sure enough to report alone. The same for every
    /// translation of the source, so its `SourceReference` keeps them per target language.
    struct SourceNameCandidates: Sendable {
        struct Candidate: Sendable {
            let name: NameMention
            let isPlace: Bool
            /// A place, a German apposition's name, or a name `sourceNameIsReliable` accepts.
            let isSure: Bool
            /// For persons' names of a Chinese source: the name without a place before it
            /// and a place suffix after it (`coreOfHanName`).
            let hanCore: NameMention?
        }
        let names: [Candidate]
        /// The ranges of names that follow a German noun in apposition (sure names).
        let apposed: Set<Range<Int>>
        /// The uncertain first words of sentences, other than places CLDR names.
        let unsureFirstWords: [NameMention]
    }

    func sourceNameCandidates(_ m: NameMatching) -> SourceNameCandidates {
        // The first word of a sentence is unsure unless it is a place CLDR names (Madagaskar
        // ist bei Weitem...).
        let sourcePlaceAtStart = { (n: NameMention) in n.isUncertain && n.key.count >= 4 && m.sourceGazetteer.knows(n.key) }
        var apposed: Set<Range<Int>> = []
        let sourceNames = source.extraction.names.filter { !$0.isUncertain || sourcePlaceAtStart($0) }.map { name in
            guard let apposition = germanApposition(name) else { return name }
            apposed.insert(apposition.range)
            return apposition
        }
        // A place of several words in another case is that place ("der Vereinten Nationen").
        let inflectedPlaces = sourceNames.map { name -> NameMention in
            guard name.text.utf8.contains(0x20), !m.sourceGazetteer.knows(name.key),
                  let place = m.sourceGazetteer.inflectedPlace(name.text.split(separator: " ").map(String.init)) else { return name }
            return NameMention(range: name.range, text: name.text, role: name.role, keyOf: place)
        }
        let titled = personsComparable == .titled
        let names = (inflectedPlaces + placesInsideNames(sourceNames, m) + placesWithoutCapitals(m)).map { name in
            // A place CLDR names is sure whatever the capitalisation rules of the language
            // (German Indien); other names only when reliable.
            let isPlace = m.sourceGazetteer.knows(name.key)
            let isSure = isPlace || apposed.contains(name.range) || sourceNameIsReliable(name)
            return SourceNameCandidates.Candidate(
                name: name, isPlace: isPlace, isSure: isSure,
                hanCore: titled && isSure && !isPlace ? Self.coreOfHanName(name, places: m.sourceGazetteer) : nil)
        }
        return SourceNameCandidates(
            names: names, apposed: apposed,
            unsureFirstWords: source.extraction.names.filter { $0.isUncertain && !sourcePlaceAtStart($0) })
    }

    func compareNames(into result: inout Result) {
        let m = nameMatching()
        // Names of the translation that match nothing in the source (a replaced name).
        var unexplainedTargetNames: [[String]] = []
        // Where each name of the translation stands, as a share of its length: of several
        // names the source lacks, the one where the source's name stood replaced it.
        var targetPlace: [Int: Double] = [:]
        let targetLength = Double(max(1, target.normalized.count)), sourceLength = Double(max(1, source.document.normalized.count))
        // (A first word of a sentence is unsure, unless its letters are not the translation
        // language's: "Hamáček lost the first set" is no ordinary English word.)
        for name in targetExtraction.names where !name.isUncertain || hasForeignLetters(name.text) {
            let (status, words) = status(of: name, m)
            // Only a name the source lacks may stand for a source name; one explained as a
            // whole or by half its words ("World Cup" for WM) stands for its own.
            if status == .other || status == .person || status == .foreign { unexplainedTargetNames.append(words) }
            let match = RuleMatch(originalRange: target.original(name.range), fields: ["target": name.text, "key": name.key])
            targetPlace[match.originalRange.lowerBound] = Double(name.range.lowerBound) / targetLength
            // A place inside a longer name that the source lacks ("the Ministry of Health of
            // Singapore" for 联邦航空事故调查局): places are kept whatever happens to the rest.
            // (Only in a name the source lacks: South Korea for Südkorea is explained whole;
            // and not a word that names share: World, African.)
            if status == .other || status == .person {
                for place in Self.placeWords(of: name, in: target.normalized, m.targetGazetteer)
                where !LexicalData.genericNameWords.contains(place.text.lowercased()) && !source.explains(place.text, targetLanguage: targetLanguage, bySound: false) {
                    result.placesAdded.append(RuleMatch(originalRange: target.original(place.range), fields: ["target": place.text, "key": place.key]))
                }
            }
            switch status {
            case .explained: continue
            case .place: result.placesAdded.append(match)
            case .person: result.personsAdded.append(match)
            case .foreign: result.foreignNamesAdded.append(match)
            case .other: result.namesAdded.append(match)
            }
        }
        // Whether the translation has a name of its own that may stand for a source name, of
        // generic words too ("National Team" may be Equipo Nacional). Asked only when needed.
        var otherName: Bool?
        func translationHasOtherName() -> Bool {
            if let otherName { return otherName }
            let found = unexplainedTargetNames.contains { words in words.contains { !source.explains($0, targetLanguage: targetLanguage) } }
            otherName = found
            return found
        }
        // Names of the source that have no counterpart in the translation (a dropped name).
        // First words of sentences and, in German, single capitalised nouns are too unsure to
        // report alone: they are checked only when a hole asks for them (unsureCandidates).
        var missing: [RuleMatch] = []
        var singleNames: Set<String> = []
        // Single capitalised Cyrillic words with no mark of transliteration: names (Сочи,
        // Петербурге) or nouns written with a capital (Луна, Отечеству, Министерства). Only a
        // replacement that no single noun translates stands for them: see `replacesNoun`.
        var cyrillicWords: Set<String> = []
        var sourcePlace: [String: Double] = [:]
        // The source's names, read once per target language (`sourceNameCandidates`).
        let candidates = source.nameCandidates(for: targetLanguage) { sourceNameCandidates(m) }
        let apposed = candidates.apposed
        for candidate in candidates.names {
            let name = candidate.name, isPlace = candidate.isPlace
            guard candidate.isSure else {
                result.unsureSourceNames.append(name)
                continue
            }
            if hasCounterpart(name, m, isPlace: isPlace) { continue }
            result.unmatchedSourceNames.append(name)
            sourcePlace[name.text] = Double(name.range.lowerBound) / sourceLength
            let match = RuleMatch(
                originalRange: counterpart(of: name.range),
                fields: ["source": name.text, "key": name.key],
                notes: [sourceNote(name.range)])
            if isPlace {
                result.placesMissing.append(match)
            } else if (Self.keepsNamesAsWritten(name.text, targetLanguage: targetLanguage)
                        || (personsComparable == .all && Self.looksLikePersonName(name.text) && !namesAThing(name.text, m))) && !translationHasOtherName()
                        && !followsArticle(name.range.lowerBound) {
                // (After an article it is a noun written with a capital: "ma Ville", "La Unidad".)
                // Nothing in the translation could be this name translated: it was left out.
                result.namesOmitted.append(match)
            } else {
                missing.append(match)
                // A single word of an alphabetic source kept as written (Bush, Słania, Mashhad),
                // not a noun after an article (la Chambre) nor a word of a longer title (Las
                // Siete Hermanas; Economía, Comercio e Industria): a name, not a word.
                // (An acronym takes an article in these languages: la CTMO, la NASA; one the
                // translation spells out, la ONG for "non-governmental organization", is there.)
                let acronym = Acronyms.isAcronym(name.text)
                if personsComparable == .all, !name.text.utf8.contains(0x20), Self.keepsNamesAsWritten(name.text, targetLanguage: targetLanguage),
                   apposed.contains(name.range) || germanCompoundName(name.text)
                    || (acronym ? !spellsOut(name.text) : !followsArticle(name.range.lowerBound)) && !followsCapitalisedWord(name.range.lowerBound) {
                    singleNames.insert(name.text)
                }
                // A single Cyrillic word written the way Russian transliterates foreign names
                // (Джордан, Брайанта, Билл): a name, since a capitalised noun (Луна, Отечеству)
                // has none of those letter groups.
                if personsComparable == .all, Self.isCyrillicWord(name.text), !followsCapitalisedWord(name.range.lowerBound) {
                    if Self.looksTransliteratedIntoCyrillic(name.text) {
                        singleNames.insert(name.text)
                    } else if name.text.count >= 4, !acronym, !namesAThing(name.text, m) {
                        cyrillicWords.insert(name.text)
                    }
                }
                // A transliterated name of a Chinese source: a sure name too, once a place before
                // it (南非|勒斯滕堡) and a generic character after it (塞阿拉|州, state) are set
                // aside and what is left has no counterpart either.
                // Nor one whose sound is close to a name the translation adds (孙德本尔斯,
                // Sundarbans: two consonants swapped).
                if personsComparable == .titled {
                    let core = candidate.hanCore ?? Self.coreOfHanName(name, places: m.sourceGazetteer)
                    let looselyAdded = (result.namesAdded + result.personsAdded).contains { added in
                        let a = NameKeys.phonetic(added.fields["key"] ?? ""), b = core.phonetic
                        // (A sound of one or two consonants only when the same: 米勒 MR is not Zora.)
                        return min(a.count, b.count) >= 3 ? NameKeys.editDistance(a, b) <= max(1, min(a.count, b.count) / 3) : a == b
                    }
                    if !looselyAdded && !hasCounterpart(core, m) { singleNames.insert(name.text) }
                }
            }
        }
        result.unsureSourceNames += candidates.unsureFirstWords
        // A person's name of the source, in the translation's alphabet, gone, and a name of the
        // translation that the source lacks: the person was replaced. Two or more capitalised
        // words without connectors (Satoru Iwata, M. Tremblay) are a person's name; single
        // capitalised words and names with "de"/"des" are often institutions, translated.
        // A person of the translation that matches nothing is the likeliest replacement.
        // For a single name of a Chinese source the replacement must be a name itself, no word
        // of it one that titles and institutions share: such a source's translated titles are
        // names of the translation the source lacks ("Overall Defense Command Law").
        func isPlainName(_ match: RuleMatch) -> Bool {
            personsComparable != .titled
                || !(match.fields["target"] ?? "").split(whereSeparator: { $0 == " " || $0 == "-" }).contains { LexicalData.genericNameWords.contains($0.lowercased()) }
        }
        let personIndex = missing.firstIndex(where: { Self.looksLikePersonName($0.fields["source"] ?? "") })
        let singleIndex = missing.firstIndex(where: { singleNames.contains($0.fields["source"] ?? "") })
        // A capitalised Cyrillic noun translates to one English word (Луна: Moon, Отечеству:
        // Fatherland) or to an institution's name (Министерства: Ministry of Defense); a name
        // of two or more words, one of them no generic word (Mount Vinson, Baltic Sea), or an
        // acronym (VAR) is none of these.
        // (Nor one with a word inside the source word: State Duma for Госдума.)
        func replacesNoun(_ match: RuleMatch, sourceKey: String) -> Bool {
            let target = match.fields["target"] ?? ""
            let words = target.split(whereSeparator: { $0 == " " || $0 == "-" })
            let lowered = words.map { $0.lowercased() }
            if words.contains(where: { w in let k = NameKeys.key(String(w)); return k.count >= 4 && sourceKey.contains(k.dropLast()) }) { return false }
            return (words.count >= 2 || Acronyms.isAcronym(target))
                && !lowered.contains { LexicalData.organisationWords.contains($0) || (LexicalData.titles["en"] ?? []).contains($0) || LexicalData.nameParticles.contains($0) }
                && lowered.contains { !LexicalData.genericNameWords.contains($0) }
        }
        func nearest(_ candidates: [RuleMatch], to sourceName: RuleMatch) -> RuleMatch? {
            guard candidates.count > 1, let place = sourcePlace[sourceName.fields["source"] ?? ""] else { return candidates.first }
            return candidates.min { abs((targetPlace[$0.originalRange.lowerBound] ?? 0) - place) < abs((targetPlace[$1.originalRange.lowerBound] ?? 0) - place) }
        }
        // The source name at `i` of `missing` and the translation's name that took its place:
        // one finding, neither reported as missing or added.
        func replace(_ i: Int, by replacement: RuleMatch) {
            var match = replacement
            match.fields["source"] = missing[i].fields["source"]
            match.notes = missing[i].notes
            result.namesReplaced.append(match)
            for list in [\Result.personsAdded, \Result.foreignNamesAdded, \Result.namesAdded] {
                result[keyPath: list].removeAll { $0.originalRange == replacement.originalRange }
            }
            missing.remove(at: i)
        }
        let cyrillicIndex = missing.firstIndex(where: { cyrillicWords.contains($0.fields["source"] ?? "") })
        if personIndex == nil, singleIndex == nil, let i = cyrillicIndex, result.personsAdded.isEmpty, result.foreignNamesAdded.isEmpty,
           let replacement = result.namesAdded.first(where: { replacesNoun($0, sourceKey: NameKeys.key(missing[i].fields["source"] ?? "")) }) {
            replace(i, by: replacement)
        } else if let i = personIndex ?? singleIndex,
                  let replacement = result.personsAdded.first ?? result.foreignNamesAdded.first
                    ?? nearest(result.namesAdded.filter { personIndex != nil || isPlainName($0) }, to: missing[i]) {
            replace(i, by: replacement)
        }
        result.namesMissing += missing
    }

    /// Whether a name has a letter that the translation's language writes neither its words
    /// nor its loanwords with (CLDR's exemplar letters through ICU: Banaś, Hamáček in English,
    /// not Café).
    func hasForeignLetters(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }),
              let letters = UnicodeSet.exemplarLetters(of: String(targetLanguage.prefix(while: { $0 != "-" && $0 != "_" }))) else { return false }
        return text.unicodeScalars.contains { $0.properties.isAlphabetic && !letters.contains($0) }
    }

    /// A surname of `LexicalData.chineseSurnames` and a given name of one or two Han characters.
    static func isChinesePersonName(_ text: String) -> Bool {
        guard (2...3).contains(text.count), let first = text.first, LexicalData.chineseSurnames.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// A single word written only in Cyrillic letters (no space, hyphen or other script).
    static func isCyrillicWord(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x400...0x4FF).contains($0.value) }
    }

    /// One Cyrillic word, not an adjective, with a letter group of transliteration
    /// (`LexicalData.cyrillicTransliterationMarks`) or a doubled final consonant (Билл).
    static func looksTransliteratedIntoCyrillic(_ text: String) -> Bool {
        guard text.count >= 3, isCyrillicWord(text) else { return false }
        let word = text.lowercased()
        if LexicalData.cyrillicAdjectiveEndings.contains(where: { word.hasSuffix($0) }) { return false }
        let last = Array(word.suffix(2))
        if last.count == 2, last[0] == last[1], !"аеёиоуыэюяьъй".contains(last[0]) { return true }
        return LexicalData.cyrillicTransliterationMarks.contains { word.contains($0) }
    }

    /// Two or more words, each capitalised, none a connector or particle: how persons' names
    /// are written in alphabetic scripts ("Satoru Iwata", "M. Tremblay", not "Guerra del Medio
    /// Oriente" or "Hermanas").
    /// In Cyrillic, a first word with an adjective's ending is a place or thing (Восточной
    /// Азии, Млечный Путь), not a first name.
    static func looksLikePersonName(_ text: String) -> Bool {
        // A Chinese or Japanese transliteration with a middle dot between given name and
        // surname (约翰·刘易斯, John Lewis).
        // (Scalars first: a Character search walks the text. U+0387 is canonically "·".)
        if text.unicodeScalars.contains(where: { $0 == "\u{B7}" || $0 == "\u{387}" || $0 == "\u{30FB}" }),
           let dot = text.firstIndex(where: { $0 == "·" || $0 == "・" }) {
            let isCJK = { (c: Character) in c.unicodeScalars.allSatisfy { (0x3040...0x9FFF).contains($0.value) } }
            let before = text[..<dot], after = text[text.index(after: dot)...].filter { $0 != "·" && $0 != "・" }
            // Each side a name's length, written mostly with the characters of transliteration
            // (not a run that extraction left joined to ordinary words: 分析师伊丽莎白·迪).
            let letters = before + after
            let transliterating = letters.filter { LexicalData.transliterationCharacters.contains($0) }.count
            return (1...6).contains(before.count) && (1...6).contains(after.count) && before.allSatisfy(isCJK) && after.allSatisfy(isCJK)
                && transliterating * 2 >= letters.count
        }
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return false }
        guard words.allSatisfy({ w in w.first?.isUppercase == true && !LexicalData.nameParticles.contains(w.lowercased()) }) else { return false }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.allSatisfy({ $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) }) { return true }
        if letters.allSatisfy({ (0x400...0x4FF).contains($0.value) }) {
            let first = words[0].lowercased()
            return !LexicalData.cyrillicAdjectiveEndings.contains { first.hasSuffix($0) }
        }
        return false
    }

    /// Whether a name of a non-Latin source shaped like a person's is an institution's or a
    /// day's: it has an acronym, a place (Гидрометцентр России, ВМФ России) or an adjective
    /// (Дня Военно-морского) among its words. Such names are translated.
    func namesAThing(_ text: String, _ m: NameMatching) -> Bool {
        text.split(separator: " ").contains { word in
            let w = String(word)
            return Acronyms.isAcronym(w) || m.sourceGazetteer.knows(NameKeys.key(w))
                || LexicalData.cyrillicAdjectiveEndings.contains { w.lowercased().hasSuffix($0) }
        }
    }

    /// The places CLDR names among the words of longer source names (Albanie of "la Grande
    /// Albanie", Taipei of "Taipei IT Month"): a translation keeps them whatever it does with
    /// the rest.
    func placesInsideNames(_ names: [NameMention], _ m: NameMatching) -> [NameMention] {
        names.filter { !m.sourceGazetteer.knows($0.key) }.flatMap { Self.placeWords(of: $0, in: source.document.normalized, m.sourceGazetteer) }
    }

    /// The capitalised words of a name of several words (spaces between them in `text`) that
    /// are places the gazetteer knows, each with its own range.
    static func placeWords(of name: NameMention, in text: [UInt16], _ gazetteer: NameGazetteer) -> [NameMention] {
        guard name.text.utf8.contains(0x20) else { return [] }
        var found: [NameMention] = []
        var start = name.range.lowerBound
        for word in name.text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { start += word.utf16.count + 1 }
            let key = NameKeys.key(String(word))
            guard key.count >= 4, word.first?.isUppercase == true, gazetteer.knows(key) else { continue }
            let range = start..<(start + word.utf16.count)
            guard range.upperBound <= text.count, String(utf16Units: text[range]) == word else { continue }
            found.append(NameMention(range: range, text: String(word)))
        }
        return found
    }

    /// Places of a Chinese or Japanese source that extraction does not take for names (it
    /// reads names by the characters of transliteration: 比利时 is, 中美洲 is not): CLDR's
    /// names of them in the source language, found in the text, outside the names found.
    func placesWithoutCapitals(_ m: NameMatching) -> [NameMention] {
        guard ["zh", "ja"].contains(String(source.language.prefix(2))) else { return [] }
        let text = source.document.normalized
        var taken = source.extraction.names.map(\.range)
        var found: [NameMention] = []
        // Inside a longer transliterated name it is syllables of that name (马里 in 波特马里恩,
        // Point Marion).
        func transliterating(_ k: Int) -> Bool {
            guard k >= 0 && k < text.count, let u = Unicode.Scalar(text[k]) else { return false }
            return LexicalData.transliterationCharacters.contains(Character(u))
        }
        // ICU's word boundaries, made when first needed.
        var wordBoundaries: Set<Int>?
        func boundaries() -> Set<Int> {
            if let wordBoundaries { return wordBoundaries }
            var b: Set<Int> = (try? text.withUnsafeBufferPointer { try BreakIterators.word(for: source.language).boundaries(of: $0) }).map(Set.init) ?? []
            b.formUnion([0, text.count])
            wordBoundaries = b
            return b
        }
        // Unless the neighbour is a word of its own of two characters or more (阿根廷|马球协会,
        // the Argentine Polo Association).
        func transliteratingNeighbour(_ range: Range<Int>) -> Bool {
            let before = transliterating(range.lowerBound - 1), after = transliterating(range.upperBound)
            guard before || after else { return false }
            let b = boundaries()
            guard b.contains(range.lowerBound), b.contains(range.upperBound) else { return true }
            return (before && b.contains(range.lowerBound - 1)) || (after && b.contains(range.upperBound + 1))
        }
        var i = 0
        scan: while i < text.count {
            for units in m.sourceGazetteer.places(at: i, in: text) {
                let range = i..<(i + units.count)
                guard !taken.contains(where: { $0.overlaps(range) }), !transliteratingNeighbour(range) else { continue }
                taken.append(range)
                found.append(NameMention(range: range, text: String(utf16Units: units)))
                i = range.upperBound
                continue scan
            }
            i += 1
        }
        guard !found.isEmpty else { return [] }
        // Only whole words of ICU's segmentation: 南非 is not in 西南非洲, 马里 not in 波特马里恩.
        // Names of three characters or more are taken as found: ICU splits some (中美|洲).
        return found.filter { $0.range.count >= 3 || (boundaries().contains($0.range.lowerBound) && boundaries().contains($0.range.upperBound)) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The unsure source names of a comparison (see `Result.unsureSourceNames`) that have no
    /// counterpart in the translation: what a hole in it may have held.
    func unmatchedUnsureNames(_ names: [NameMention]) -> [NameMention] {
        guard !names.isEmpty else { return [] }
        let m = nameMatching()
        return names.filter { !hasCounterpart($0, m) }
    }

    /// A source acronym whose expansion or region the translation carries (США: US).
    func hasCounterpartInTarget(_ acronym: String, lowered: String) -> Bool {
        let reversed = NameGazetteer.between(source: targetLanguage, target: source.language)
        return reversed.sourceForms(of: NameKeys.key(acronym)).contains { lowered.containsWord($0) }
    }

    /// Whether an article or determiner stands right before this offset of the source (in
    /// German also an inflected adjective: "einer Roten Karte", "den betroffenen").
    func followsArticle(_ offset: Int) -> Bool {
        guard let previous = sourceWord(before: offset, skipping: [0x20, 0x27, 0x2019]) else { return false }
        var word = String(utf16Units: source.document.normalized[previous]).lowercased()
        // French and Italian elision: l'Unité.
        if let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) { word = String(word[..<apostrophe]) }
        let language = String(source.language.prefix(2))
        if LexicalData.determiners[language]?.contains(word) == true { return true }
        return language == "de" && (word.hasSuffix("en") || word.hasSuffix("em") || word.hasSuffix("er") || word.hasSuffix("es"))
    }

    /// Characters Chinese appends to a place's name: state, province, city, county, island,
    /// lake, river, mountain, district, village, town.
    static let hanPlaceSuffixes: Set<Character> = ["州", "省", "市", "县", "岛", "湖", "河", "山", "区", "村", "镇"]

    /// A Han name without a CLDR place it starts with and a place suffix it ends with.
    static func coreOfHanName(_ name: NameMention, places: NameGazetteer) -> NameMention {
        var text = name.text
        if let place = places.longestPlacePrefix(of: text, leaving: 2) {
            text = String(text.dropFirst(place.count))
        }
        if let last = text.last, hanPlaceSuffixes.contains(last), text.count > 2 { text = String(text.dropLast()) }
        guard text != name.text else { return name }
        return NameMention(range: name.range, text: text, role: name.role)
    }

    /// Whether consecutive words of the translation (hyphen parts counted) have the letters of
    /// an acronym as their initials, in any order: ONG in "non-governmental organization".
    func spellsOut(_ acronym: String) -> Bool {
        let letters = Acronyms.letters(acronym)
        let n = letters.count
        let initials = target.normalizedText.split(whereSeparator: { $0 == " " || $0 == "-" })
            .compactMap { $0.first(where: \.isLetter).map { String($0).uppercased() } }
        guard n >= 2, initials.count >= n else { return false }
        for start in 0...(initials.count - n) where Acronyms.letters(initials[start..<(start + n)].joined()) == letters { return true }
        return false
    }

    /// In German, the name set beside a noun after an article: "der Netzbetreiber Tennet", "die
    /// Diözese Nantes", "der Hauptinsel Java" (Tennet, Nantes, Java). Not an adjective and its
    /// noun ("der Schwedischen Post").
    func germanApposition(_ name: NameMention) -> NameMention? {
        guard source.language.hasPrefix("de"), !name.text.contains("-") else { return nil }
        let words = name.text.split(separator: " ")
        // (After a definite article only: "einem europäischen Binnenmarkt Investitionszäune"
        // is a noun and its object.)
        guard words.count == 2, let article = sourceWord(before: name.range.lowerBound, skipping: [0x20]),
              Self.germanDefiniteArticles.contains(String(utf16Units: source.document.normalized[article]).lowercased()) else { return nil }
        // (Nor a participle: "der betroffenen Länder"; the noun's -ent stays: "Präsident".)
        let first = words[0].lowercased()
        guard !Self.endsLikeGermanAdjective(first, stems: Self.germanAdjectiveStems + ["er", "ten"]),
              !Self.endsLikeGermanAdjective(first, stems: ["t", "d"]) || first.hasSuffix("ent") else { return nil }
        let second = String(words[1])
        guard second.count >= 3, second.first?.isUppercase == true, !Acronyms.isAcronym(second) else { return nil }
        let start = name.range.upperBound - second.utf16.count
        return NameMention(range: start..<name.range.upperBound, text: second)
    }

    /// A German compound of capitalised parts, none an acronym (Johns-Hopkins-Universität,
    /// Dingolfing-Landau): a name even after an article; a translation keeps a part of it.
    func germanCompoundName(_ text: String) -> Bool {
        guard source.language.hasPrefix("de") else { return false }
        let parts = text.split(separator: "-")
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 && $0.first?.isUppercase == true && !Acronyms.isAcronym(String($0)) }
    }

    /// Endings of German adjectives before their inflection (persönliches, Schwedischen).
    static let germanAdjectiveStems = ["lich", "isch", "ig", "ell", "iv"]

    /// Whether a lowercased German word is one of `stems` and an adjective's inflection.
    static func endsLikeGermanAdjective(_ word: String, stems: [String]) -> Bool {
        // The last letter first: every ending is one of e, s, r, n, m (the full test built 25
        // strings per word).
        guard let last = word.unicodeScalars.last, "esrnm".unicodeScalars.contains(last) else { return false }
        return stems.contains { stem in ["e", "es", "er", "en", "em"].contains { word.hasSuffix(stem + $0) } }
    }

    static let germanDefiniteArticles: Set<String> = ["der", "die", "das", "den", "dem", "des", "im", "am", "zum", "zur", "vom", "beim"]

    /// German verbs of saying that put their speaker right after them ("sagte Grindel"): the
    /// capitalised word there is a person, not a noun.
    static let germanSpeechVerbs: Set<String> = ["sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
                                                 "schrieb", "schreibt", "kritisierte", "forderte", "fordert", "so", "warnte", "sagten"]

    func followsSpeechVerb(_ offset: Int) -> Bool {
        guard let previous = sourceWord(before: offset, skipping: [0x20]) else { return false }
        return Self.germanSpeechVerbs.contains(String(utf16Units: source.document.normalized[previous]).lowercased())
    }

    /// Whether the word before this offset of the source (across spaces and a comma) starts
    /// with a capital, in the same script: the name is then one word of a longer title (not
    /// so KP.ru after "Сайт").
    func followsCapitalisedWord(_ offset: Int) -> Bool {
        guard let previous = sourceWord(before: offset, skipping: [0x20, 0x2C]) else { return false }
        let t = source.document.normalized
        guard (t[previous.lowerBound] < 0x250) == (t[offset] < 0x250) else { return false }
        return TextScanner(source.document).isUppercaseLetter(previous.lowerBound)
    }

    /// The source word that ends right before `offset`, across the units in `skipped`; nil
    /// when anything else stands there.
    func sourceWord(before offset: Int, skipping skipped: Set<UInt16>) -> Range<Int>? {
        let s = TextScanner(source.document)
        var k = offset - 1
        while k >= 0 && skipped.contains(s.t[k]) { k -= 1 }
        guard k >= 0, s.isAlphabeticLetter(k) else { return nil }
        return s.wordStart(k)..<(k + 1)
    }

    func isSentenceStart(_ offset: Int) -> Bool {
        target.sentences.contains { $0.lowerBound == offset }
    }

    /// Source names sure enough to require a counterpart. German capitalises every noun: there
    /// only hyphenated names with capitals ("Johns-Hopkins-Universität"), names with initials,
    /// names after a title and two capitalised words after no article count. In Chinese and Japanese, runs written mostly with the
    /// characters of transliterated names. Acronyms in another script (АПЛ) are translated.
    func sourceNameIsReliable(_ name: NameMention) -> Bool {
        let text = name.text
        // A capitalised word of one or two letters is more often a typo or a pronoun ("En 1940
        // Il a tenu") than a name; acronyms (UE) are names.
        // (After a German verb of saying it is the speaker: "sagte Hu".)
        if text.count <= 2 && text != text.uppercased() { return source.language.hasPrefix("de") && followsSpeechVerb(name.range.lowerBound) }
        if source.language.hasPrefix("de") {
            let initials = text.split(separator: " ").contains { $0.count == 2 && $0.hasSuffix(".") }
            // (Not an acronym and a noun: WM-Punkte, UN-Experte are compounds, translated.)
            let parts = text.split(separator: "-")
            let hyphenated = parts.count >= 2 && parts.allSatisfy { $0.first?.isUppercase == true }
                && !(text.split(separator: " ").count == 1 && parts.count == 2 && Acronyms.isAcronym(String(parts[0])))
            // Two capitalised words after no article: a person's name (Eroll Flynn, Lewis
            // Hamilton), not a noun with its adjective (einer Roten Karte).
            // Nor one that starts with a place (Portugals Hauptstadt; Real Madrid is a name).
            let places = NameGazetteer.between(source: targetLanguage, target: source.language)
            let words = text.split(separator: " ")
            // Nor an adjective and its noun ("Persönliches Engagement").
            let adjective = Self.endsLikeGermanAdjective(words[0].lowercased(), stems: Self.germanAdjectiveStems)
            let twoWords = words.count >= 2 && Self.looksLikePersonName(text) && !followsArticle(name.range.lowerBound)
                && !places.knows(NameKeys.key(String(words[0]))) && !adjective
            return initials || hyphenated || name.role != nil || twoWords || followsSpeechVerb(name.range.lowerBound)
        }
        if ["zh", "ja"].contains(String(source.language.prefix(2))) {
            // A name in Latin letters inside Chinese or Japanese text is kept as written.
            if Self.keepsNamesAsWritten(text, targetLanguage: targetLanguage) { return true }
            if Self.looksLikePersonName(text) { return true }
            // A name after a title (站长|段梦琪), a surname and a given name (陈光明), a person
            // kept anonymous (黄某某), a province, city or county (江西省).
            if name.role != nil || Self.isChinesePersonName(text) || text.contains("某") { return true }
            if let last = text.last, NameExtractor.adminSuffixes.contains(last) { return true }
            let chars = text.filter { $0 != "·" && $0 != "・" }
            let share = Double(chars.filter { LexicalData.transliterationCharacters.contains($0) }.count) / Double(max(1, chars.count))
            return chars.count >= 2 && share >= 0.75
        }
        if text.count <= 5 && text == text.uppercased() && text.unicodeScalars.contains(where: { $0.value > 0x250 }) { return false }
        return true
    }

    func compare() -> Result {
        var r = Result()
        let sourceSentences = source.document.sentences, targetSentences = target.sentences
        if sourceSentences.count > 1 && targetSentences.count > 1 {
            compareAligned(into: &r, sourceSentences: sourceSentences, targetSentences: targetSentences)
        } else {
            compareNumbers(into: &r)
            compareDates(into: &r)
        }
        compareIdentifiers(into: &r)
        compareNames(into: &r)
        return r
    }

    /// Articles: numbers and dates compared group by aligned group, so that a changed figure is
    /// paired with the figure it replaced. What a group misses or adds is reported only when
    /// the whole other text does not have it either (the alignment may be wrong there).
    func compareAligned(into r: inout Result, sourceSentences: [Range<Int>], targetSentences: [Range<Int>]) {
        func values(_ e: Extraction, _ range: Range<Int>) -> Set<Decimal> {
            Set(e.numbers.filter { $0.isQuantity && !$0.isWeak && range.overlaps($0.range) }.map(\.value)
                + e.dates.filter { range.overlaps($0.range) }.compactMap { $0.day.map { Decimal($0) } ?? $0.year.map { Decimal($0) } })
        }
        let sourceValues = sourceSentences.map { values(source.extraction, $0) }
        let targetValues = targetSentences.map { values(targetExtraction, $0) }
        let alignment = SentenceAlignment(
            source: sourceSentences.map(\.count), target: targetSentences.map(\.count),
            anchors: { si, tj in
                let a = si.reduce(into: Set<Decimal>()) { $0.formUnion(sourceValues[$1]) }
                let b = tj.reduce(into: Set<Decimal>()) { $0.formUnion(targetValues[$1]) }
                return a.intersection(b).count
            })
        var grouped = Result()
        for g in alignment.groups where !g.source.isEmpty || !g.target.isEmpty {
            let sRanges = g.source.map { sourceSentences[$0] }, tRanges = g.target.map { targetSentences[$0] }
            let sourceIn = { (x: Range<Int>) in sRanges.contains { $0.overlaps(x) } }
            let targetIn = { (x: Range<Int>) in tRanges.contains { $0.overlaps(x) } }
            compareNumbers(into: &grouped, sourceIn: sourceIn, targetIn: targetIn)
            compareDates(into: &grouped, sourceIn: sourceIn, targetIn: targetIn)
        }
        // Whole-document fall-back for what a group misses or adds.
        var whole = Result()
        compareNumbers(into: &whole)
        let wholeMissing = Set(whole.numbersMissing.flatMap { $0.notes.compactMap(\.excerpt) })
        let wholeAdded = Set(whole.numbersAdded.map(\.originalRange))
        let wholeMismatch = Set(whole.numberMismatches.map(\.originalRange))
        r.numberMismatches += grouped.numberMismatches.filter { m in
            // A pairing inside a group stands when the whole text does not have the value either.
            wholeMismatch.contains(m.originalRange) || wholeAdded.contains(m.originalRange)
        }
        r.numbersMissing += grouped.numbersMissing.compactMap { m in
            let notes = m.notes.filter { wholeMissing.contains($0.excerpt ?? "") }
            guard !notes.isEmpty else { return nil }
            var kept = m
            kept.notes = notes
            kept.fields["source"] = notes.compactMap(\.excerpt).joined(separator: ", ")
            kept.fields["sourceValue"] = kept.fields["source"]
            return kept
        }
        r.numbersAdded += grouped.numbersAdded.filter { wholeAdded.contains($0.originalRange) }
        r.dateMismatches += grouped.dateMismatches
    }
}

/// The words of a translation, for finding a source name's counterpart.
struct TargetWords {
    let keys: [String]
    let phonetics: [String]
    /// Whether each word starts with a capital: only those can be a name sounding like one of
    /// the source ("stun" is not Сиэтле).
    let capitalised: [Bool]
    /// `keys` as a set, for a translation of many words; a sentence's few keys are scanned
    /// (building a set of them cost more than the scans of the few names asked about).
    private let set: Set<String>?
    let names: [NameMention]
    let lowered: String

    /// Whether a word of the translation has this key.
    func hasKey(_ key: String) -> Bool { set?.contains(key) ?? keys.contains(key) }

    init(_ document: Document, names: [NameMention]) {
        let s = TextScanner(document)
        var keys: [String] = []
        var capitalised: [Bool] = []
        var i = 0
        while i < s.n {
            if s.isAlphabeticLetter(i) {
                let e = s.wordEnd(i)
                capitalised.append(s.isUppercaseLetter(i))
                // A possessive is its owner's word: "CEP's" is CEP.
                let possessive = e - i > 2 && (s.t[e - 2] == 0x27 || s.t[e - 2] == 0x2019) && (s.t[e - 1] == 0x73 || s.t[e - 1] == 0x53)
                keys.append(NameKeys.key(units: s.t[(i..<(possessive ? e - 2 : e)).clamped(to: 0..<s.n)]))
                i = e
            } else {
                i += 1
            }
        }
        self.keys = keys
        self.capitalised = capitalised
        // Only a capitalised word's sound is ever compared (see `capitalised`): the others
        // are left empty (their sounds were a quarter of building these words).
        phonetics = zip(keys, capitalised).map { key, cap in cap ? NameKeys.phonetic(key) : "" }
        set = keys.count > 32 ? Set(keys) : nil
        self.names = names
        lowered = document.normalizedText.lowercased()
    }

    /// Whether a text is ASCII: its Characters are then its bytes, and no mark joins a space
    /// or hyphen into a cluster.
    static func isSimple(_ text: Substring) -> Bool { !text.utf8.contains { $0 >= 0x80 } }

    /// `text.split(separator:)` at an ASCII separator: on the bytes of an ASCII text (the
    /// Character split of a name's words cost some 5,000 instructions a name), by Characters
    /// otherwise.
    static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        // Most names have no separator at all, and only U+0020 or U+002D is a Character
        // equal to it: the whole text is then the one piece (a Han name's Character split
        // was most of the 3,400 instructions a split cost).
        guard text.utf8.contains(separator) else { return text.isEmpty ? [] : [text] }
        guard isSimple(text) else { return text.split(separator: Character(Unicode.Scalar(separator))) }
        return text.utf8.split(separator: separator).map { Substring($0) }
    }

    /// Whether the translation writes a Han name in pinyin, syllables joined or not ("Jiangxi",
    /// "Xu Zhengyu", "Huang" for 黄某某): its toneless pinyin among the letters of the text.
    func hasPinyin(of name: NameMention) -> Bool {
        let han = name.text.filter { $0 != "某" && $0.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) } }
        guard !han.isEmpty, han.count == name.text.filter({ $0 != "某" && $0 != "·" && $0 != "・" }).count else { return false }
        let core = han.last.map { NameExtractor.adminSuffixes.contains($0) } == true && han.count > 2 ? String(han.dropLast()) : han
        let pinyin = core.map { HanReadings.pinyin($0) }.joined()
        guard pinyin.count >= 4 || (name.text.contains("某") && pinyin.count >= 2) else { return false }
        return keys.indices.contains { i in
            var joined = ""
            for k in keys[i...].prefix(4) {
                joined += k
                if joined == pinyin { return true }
                if !pinyin.hasPrefix(joined) { return false }
            }
            return false
        }
    }

    /// `isPlace`: the name is a place CLDR names in both languages, so only its forms count,
    /// not a word of the translation that sounds like it (中美洲 is not "country").
    func explains(_ name: NameMention, sourceLanguage: String, targetLanguage: String, isPlace: Bool = false) -> Bool {
        if hasKey(name.key) { return true }
        // Any part of the name but a first name in the translation ("Whitmer" for 格雷琴·惠特默
        // is enough; "Vladimir" of Vladimir Zelensky is not Владимира Путина).
        // (A transliteration's given name before "·" counts: 格雷琴 is as rare as Whitmer.)
        let words: [Substring] = Self.split(name.text[...], at: 0x20)
        var pieces: [Substring] = Array(words.dropFirst())
        if let first = words.first {
            // A hyphen compound's first word keeps its parts (the US of US-Präsident).
            let hyphenParts = Self.split(first, at: 0x2D)
            pieces += hyphenParts.dropLast()
            if words.count == 1, let last = hyphenParts.last { pieces.append(last) }
        }
        // (Not a word that names share, the Show of "The Tracy Ullman Show", unless the name is
        // a place: Central Asian has the Central of Asia Central.)
        let parts: [String] = pieces.flatMap { piece in
            Self.isSimple(piece) ? Self.split(piece, at: 0x2D) : piece.split(whereSeparator: { $0 == "-" || $0 == "·" || $0 == "・" })
        }
            .filter { isPlace || !LexicalData.genericNameWords.contains($0.lowercased()) }
            .map { NameKeys.key(String($0)) }.filter { $0.count >= 3 }
        for p in parts + [name.key] {
            if hasKey(p) { return true }
            // Inflected forms by their stem, word for word: the key of a whole name of several
            // words is no stem ("vladimir" is not "vladimiraputina").
            if p == name.key && words.count > 1 { continue }
            if keys.contains(where: { SourceReference.sameStem($0, p) }) { return true }
            if isPlace { continue }
            let sp = NameKeys.phonetic(p)
            if sp.count >= 3 && zip(phonetics, capitalised).contains(where: { kp, cap in cap && (kp == sp || kp.hasPrefix(sp) || (kp.count >= 3 && sp.hasPrefix(kp))) }) { return true }
        }
        // The source name is a region whose name the translation carries.
        let reversed = NameGazetteer.between(source: targetLanguage, target: sourceLanguage)
        for form in reversed.sourceForms(of: name.key) {
            if lowered.containsWord(form) { return true }
            let formKey = NameKeys.key(form)
            // Initials written with dots: U.N. for UN.
            if !form.utf8.contains(0x20), hasKey(formKey) { return true }
            if !form.utf8.contains(0x20), formKey.count >= 4, keys.contains(where: { SourceReference.sameStem($0, formKey) }) { return true }
        }
        if isPlace { return names.contains { NameKeys.phonetic($0.key) == NameKeys.phonetic(name.key) } }
        // Sound: the whole name against the translation's names and words, and windows of words.
        let sound = NameKeys.phonetic(name.key)
        // A name in the translation's own alphabet is kept as written: a short sound-alike or
        // an ordinary word that sounds like it is not its counterpart ("Apple", "appealed").
        // Other names with too short a sound to compare (one consonant) count as found.
        let asWritten = SourceComparison.keepsNamesAsWritten(name.text, targetLanguage: targetLanguage)
        if asWritten && sound.count < 3 { return false }
        // Cyrillic keys are romanised as English spells names (Сочи: sochi), so a short one is
        // found by its spelling or not at all.
        let cyrillic = name.text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        guard sound.count >= 2 else { return !cyrillic }
        // A name kept as written with three consonants or fewer is not one that differs in
        // one of them (Charmé is not Jersey).
        let loose = !asWritten || sound.count > 3
        for n in names {
            let p = NameKeys.phonetic(n.key)
            if p == sound || (loose && NameKeys.closeSkeletons(p, sound)) { return true }
            for part in Self.split(n.text[...], at: 0x20) {
                let pp = NameKeys.phonetic(NameKeys.key(String(part)))
                if pp == sound || (loose && pp.count >= 3 && NameKeys.closeSkeletons(pp, sound)) { return true }
            }
        }
        for ((k, p), cap) in zip(zip(keys, phonetics), capitalised) where cap && k.count >= 3 && !asWritten {
            if p == sound || (sound.count >= 3 && NameKeys.closeSkeletons(p, sound)) { return true }
        }
        return false
    }
}

/// Acronyms: words of two to six capital letters in any alphabetic script, dots allowed
/// (GDP, U.S., СПИД, ВМФ).
enum Acronyms {
    static func isAcronym(_ text: String) -> Bool {
        asciiIsAcronym(text) ?? characterIsAcronym(text)
    }

    /// `isAcronym` of an ASCII text, on its bytes: a Character is then a byte, and an
    /// upper-case letter is A-Z (filtering Characters and asking their properties cost some
    /// 28,000 instructions a sentence pair). nil for other text.
    static func asciiIsAcronym(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var count = 0
            for b in bytes where b != 0x2E {
                guard b >= 0x41 && b <= 0x5A else { return false }
                count += 1
            }
            return (2...6).contains(count)
        }
    }

    static func characterIsAcronym(_ text: String) -> Bool {
        let letters = text.filter { $0 != "." }
        guard (2...6).contains(letters.count) else { return false }
        return letters.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    /// The letters of an acronym in Latin, sorted: SIDA and AIDS give the same.
    static func letters(_ text: String) -> String {
        String(NameKeys.key(text).sorted())
    }

    static func find(in document: Document) -> [String] {
        let s = TextScanner(document)
        var found: [String] = []
        var i = 0
        while i < s.n {
            if s.isAlphabeticLetter(i) {
                let e = s.wordEnd(i)
                // An acronym starts with a capital, or with an elided article (l'UE).
                guard s.isUppercaseLetter(i) || s.t[i..<e].contains(0x27) || s.t[i..<e].contains(0x2019) else {
                    i = e
                    continue
                }
                // Most capitalised words have an a–z letter after any elision, which no
                // acronym has: those are passed over on the original's units, before strings
                // are made (this search was 3% of a pairs run).
                let range = document.original(i..<e).clamped(to: 0..<document.original.count)
                var k = range.upperBound - 1
                while k >= range.lowerBound, case let u = document.original[k], u != 0x27 && u != 0x2019 && !ASCIIUnit.isLower(u) { k -= 1 }
                if k >= range.lowerBound && ASCIIUnit.isLower(document.original[k]) {
                    i = e
                    continue
                }
                var word = document.originalString(range)
                // French and Italian elision: l'UE.
                if let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) { word = String(word[word.index(after: apostrophe)...]) }
                if isAcronym(word) { found.append(word) }
                i = e
            } else {
                i += 1
            }
        }
        return found
    }
}
