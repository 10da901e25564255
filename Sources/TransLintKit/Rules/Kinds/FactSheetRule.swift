import Foundation
import ICUKit

/// `kind: fact-sheet` — the text against the facts it must carry (`--reference`). Does nothing
/// without a fact sheet.
///
/// `check` selects the facts:
/// - `numbers`: in each sentence with a fact's `near` word, the number nearest to that word
///   must equal the fact within its tolerance (default: the precision written);
/// - `names`: a name that is a near miss of a fact's name or alias (a changed, dropped or
///   swapped letter, a dropped diacritic, a lookalike letter, a variant transliteration);
/// - `dates`: in each sentence with a `near` word, the nearest date must be the fact's;
/// - `terms`: a forbidden form of a term.
///
/// Message fields: `{fact}`, `{expected}`, `{found}`, `{how}`.
public struct FactSheetRule: RuleKind {
    public static let name = "fact-sheet"
    public static let optionKeys: Set<String> = ["check"]
    public static let messageFields: Set<String> = ["fact", "expected", "found", "how"]

    enum Check: String, CaseIterable { case numbers, names, dates, terms }
    let check: Check

    public init(options: RuleOptions) throws {
        check = Check(rawValue: try options.choice("check", among: Check.allCases.map(\.rawValue)))!
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        guard let sheet = context.facts else { return [] }
        let extraction = context.mentions(in: document)
        switch check {
        case .numbers: return numbers(sheet, document, extraction)
        case .names: return names(sheet, document, extraction)
        case .dates: return dates(sheet, document, extraction)
        case .terms: return try terms(sheet, document)
        }
    }

    func note(_ sheet: FactSheet, _ place: FactSheet.Place, _ what: String) -> Note {
        Note(message: "fact sheet", path: sheet.path,
             location: place.line.map { FileSpan(line: $0, column: place.column ?? 1, endLine: $0, endColumn: place.column ?? 1) },
             excerpt: what)
    }

    /// Offsets of every `near` word in the text: whole words in any case, plurals included
    /// ("strike" finds "strikes"); in CJK text, anywhere.
    static func nearWords(_ words: [String], in document: Document) -> [Range<Int>] {
        let s = TextScanner(document)
        let lowered = Array(document.normalizedText.lowercased().utf16)
        guard lowered.count == s.n else { return [] }
        var hits: [Range<Int>] = []
        for word in words {
            let u = Array(Lexicon.foldKeepingDot(word).utf16)
            guard !u.isEmpty else { continue }
            var i = 0
            while i + u.count <= s.n {
                defer { i += 1 }
                guard lowered[i] == u[0], Array(lowered[i..<(i + u.count)]) == u else { continue }
                if s.isCJK(i) { hits.append(i..<(i + u.count)); continue }
                guard !s.isAlphabeticLetter(i - 1) else { continue }
                var end = i + u.count
                if end < s.n && lowered[end] == 0x73 && !s.isAlphabeticLetter(end + 1) { end += 1 }
                else if end + 1 < s.n && lowered[end] == 0x65 && lowered[end + 1] == 0x73 && !s.isAlphabeticLetter(end + 2) { end += 2 }
                guard !s.isAlphabeticLetter(end) else { continue }
                hits.append(i..<end)
            }
        }
        return hits
    }

    /// How far (UTF-16 units) a number or date may stand from its near word.
    static let reach = 40

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    func numbers(_ sheet: FactSheet, _ document: Document, _ e: Extraction) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        let quantities = e.numbers.filter { $0.isQuantity && !$0.isWeak }
        for fact in sheet.numbers {
            for word in Self.nearWords(fact.near, in: document) {
                guard let si = document.sentenceIndex(of: word.lowerBound) else { continue }
                let sentence = document.sentences[si]
                var candidates = quantities.filter { sentence.contains($0.range.lowerBound) }
                if let unit = fact.unit {
                    let sameUnit = candidates.filter { $0.unit == unit || ($0.unit == nil && !isMoney(unit)) }
                    if !sameUnit.isEmpty { candidates = sameUnit }
                }
                // Attached to the word or close by: a figure across the sentence speaks of
                // something else ("nearly two decades ... lethal strikes").
                guard let n = candidates.min(by: { Self.distance($0.valueRange, word) < Self.distance($1.valueRange, word) }),
                      Self.distance(n.valueRange, word) <= Self.reach else { continue }
                var tolerance = max(n.precision, fact.precision)
                if let t = fact.tolerance { tolerance = fact.relative ? abs(fact.value) * t : t }
                let d = n.value - fact.value
                guard (d < 0 ? -d : d) > tolerance else { continue }
                var how = "a different figure"
                if let k = SourceComparison.powerOfTen(NumberMention(range: 0..<0, text: "", value: fact.value, precision: fact.precision), n) {
                    let factor = SourceComparison.show(Decimal.power10(abs(k)))
                    how = k > 0 ? "\(factor)x too small" : "\(factor)x too large"
                }
                let expected = SourceComparison.show(fact.value) + (fact.unit.map { " \($0)" } ?? "")
                let match = RuleMatch(
                    originalRange: document.original(n.valueRange),
                    fields: ["fact": fact.id ?? fact.text, "expected": expected,
                             "found": document.originalString(document.original(n.valueRange)) + " (" + SourceComparison.show(n.value) + ")", "how": how],
                    notes: [note(sheet, fact.place, "\(fact.id ?? "number"): \(fact.text)")])
                if !matches.contains(where: { $0.originalRange == match.originalRange }) { matches.append(match) }
            }
        }
        return matches
    }

    func isMoney(_ unit: String) -> Bool { unit.count == 3 && unit.allSatisfy(\.isUppercase) }

    func names(_ sheet: FactSheet, _ document: Document, _ e: Extraction) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        for mention in e.names {
            let words = mention.text.split(separator: " ").map(String.init)
            for fact in sheet.names {
                if fact.forms.contains(mention.text) || fact.forms.contains(where: { mention.text.hasSuffix(" " + $0) || $0.hasSuffix(" " + mention.text) }) { break }
                // Each run of the mention's words as long as a form, word against word: all alike,
                // at least one a near miss ("UN's Volker Turk" holds "Volker Türk").
                var found: (String, String)?
                var span = mention.range
                for form in fact.forms {
                    let formWords = form.split(separator: " ").map(String.init)
                    guard formWords.count <= words.count else { continue }
                    for start in 0...(words.count - formWords.count) {
                        let window = Array(words[start..<(start + formWords.count)])
                        let pairs = Array(zip(window, formWords))
                        guard pairs.allSatisfy({ $0.0 == $0.1 || Self.nearMiss($0.0, $0.1) }),
                              let miss = pairs.first(where: { $0.0 != $0.1 }) else { continue }
                        found = miss
                        // The span of just these words inside the name.
                        let windowText = window.joined(separator: " ")
                        if let r = mention.text.range(of: windowText) {
                            let offset = mention.text.utf16.distance(from: mention.text.utf16.startIndex, to: r.lowerBound.samePosition(in: mention.text.utf16)!)
                            span = (mention.range.lowerBound + offset)..<(mention.range.lowerBound + offset + windowText.utf16.count)
                        }
                        break
                    }
                    if found != nil { break }
                }
                if let (w, f) = found {
                    matches.append(RuleMatch(
                        originalRange: document.original(span),
                        fields: ["fact": fact.id ?? fact.name, "expected": fact.name, "found": document.normalizedString(span), "how": Self.describeMiss(w, f)],
                        notes: [note(sheet, fact.place, fact.name)]))
                    break
                }
            }
        }
        return matches
    }

    /// A different spelling of the same word: diacritics, a lookalike letter, one edit (two for
    /// long names, a swap counting as one), or the same sound skeleton.
    static func nearMiss(_ a: String, _ b: String) -> Bool {
        if NameConsistencyRule.baseLetters(a) == NameConsistencyRule.baseLetters(b) { return true }
        if (try? ConfusableSkeleton.shared.areConfusable(a, b)) == true { return true }
        let ka = NameKeys.key(a), kb = NameKeys.key(b)
        guard ka.count >= 4, kb.count >= 4, ka.first == kb.first else { return false }
        // A derived word is not a misspelling: "Colombia" / "Colombian", "Petro" / "Petro's".
        for (long, short) in [(ka, kb), (kb, ka)] where long.hasPrefix(short) {
            if ["s", "n", "an", "ian", "ese", "ish", "es", "ns"].contains(String(long.dropFirst(short.count))) { return false }
        }
        let allowed = min(ka.count, kb.count) >= 8 ? 2 : 1
        if NameConsistencyRule.optimalStringAlignment(ka, kb) <= allowed { return true }
        return NameKeys.phonetic(ka) == NameKeys.phonetic(kb)
    }

    static func describeMiss(_ found: String, _ expected: String) -> String {
        if NameConsistencyRule.baseLetters(found) == NameConsistencyRule.baseLetters(expected) { return "diacritics differ" }
        if (try? ConfusableSkeleton.shared.areConfusable(found, expected)) == true { return "a lookalike letter from another script" }
        return "spelled differently"
    }

    func dates(_ sheet: FactSheet, _ document: Document, _ e: Extraction) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        for fact in sheet.dates {
            for word in Self.nearWords(fact.near, in: document) {
                guard let si = document.sentenceIndex(of: word.lowerBound) else { continue }
                let sentence = document.sentences[si]
                let candidates = e.dates.filter { sentence.contains($0.range.lowerBound) && $0.precision != .time && $0.precision != .weekday }
                guard let d = candidates.min(by: { Self.distance($0.range, word) < Self.distance($1.range, word) }),
                      Self.distance(d.range, word) <= Self.reach else { continue }
                var differs = false
                if let y = d.year, y != fact.year, d.precision != .decade { differs = true }
                if let m = fact.month, let dm = d.month, m != dm { differs = true }
                if let day = fact.day, let dd = d.day, day != dd { differs = true }
                guard differs else { continue }
                let match = RuleMatch(
                    originalRange: document.original(d.range),
                    fields: ["fact": fact.id ?? fact.text, "expected": fact.text,
                             "found": document.originalString(document.original(d.range)) + " (" + (d.isoValue ?? "?") + ")", "how": "a different date"],
                    notes: [note(sheet, fact.place, "\(fact.id ?? "date"): \(fact.text)")])
                if !matches.contains(where: { $0.originalRange == match.originalRange }) { matches.append(match) }
            }
        }
        return matches
    }

    func terms(_ sheet: FactSheet, _ document: Document) throws -> [RuleMatch] {
        var matches: [RuleMatch] = []
        for term in sheet.terms where !term.forbidden.isEmpty {
            let regex = try TerminologyRule.wordsRegex(term.forbidden, caseSensitive: false)
            for m in try regex.matches(in: document.normalized) {
                matches.append(RuleMatch(originalRange: document.original(m.range),
                                         fields: ["fact": term.target, "expected": term.target, "found": document.normalizedString(m.range), "how": "a forbidden form"],
                                         notes: [note(sheet, term.place, term.target)]))
            }
        }
        return matches.sorted { $0.originalRange.lowerBound < $1.originalRange.lowerBound }
    }
}
