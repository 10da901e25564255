import Foundation
import ICUKit

/// `kind: date-consistency` — dates that cannot be right.
///
/// `check` selects the test:
/// - `weekday`: a weekday written with a date that falls on another day ("Wednesday,
///   November 11, 2025"). The year comes from the text, else from the article date
///   (`--date`, the configuration or a fact sheet); without one the date is not checked.
/// - `impossible`: a day the month does not have (February 30, April 31; February 29 only in
///   leap years when the year is known).
/// - `event`: the same event dated twice differently: the same name and the same word before
///   the date ("Maduro signed ... on November 11" / "Maduro signed ... on November 12").
///
/// Message fields: `{date}`, `{weekday}`, `{actual}`, `{other}`, `{line}`, `{otherLine}`.
public struct DateConsistencyRule: RuleKind {
    public static let name = "date-consistency"
    public static let optionKeys: Set<String> = ["check"]
    public static let messageFields: Set<String> = ["date", "weekday", "actual", "other", "line", "otherLine"]

    enum Check: String { case weekday, impossible, event }
    let check: Check

    public init(options: RuleOptions) throws {
        check = Check(rawValue: try options.choice("check", among: ["weekday", "impossible", "event"]))!
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let extraction = context.mentions(in: document)
        switch check {
        case .weekday: return weekdays(extraction.dates, document)
        case .impossible: return impossible(extraction.dates, document)
        case .event: return events(extraction, document)
        }
    }

    /// Dates with a weekday, including a weekday written just before or after a date
    /// ("Tuesday (November 11)").
    func weekdays(_ dates: [DateMention], _ document: Document) -> [RuleMatch] {
        var pairs: [(DateMention, Weekday, Range<Int>)] = []
        for d in dates where d.weekday != nil && d.day != nil { pairs.append((d, d.weekday!, d.range)) }
        for (a, b) in zip(dates, dates.dropFirst()) {
            let gap = document.normalizedString(a.range.upperBound..<b.range.lowerBound)
            guard gap.allSatisfy({ " ,()（）".contains($0) }) else { continue }
            if a.precision == .weekday, !a.isRelative, b.day != nil, b.weekday == nil { pairs.append((b, a.weekday!, a.range.lowerBound..<b.range.upperBound)) }
            if b.precision == .weekday, !b.isRelative, a.day != nil, a.weekday == nil { pairs.append((a, b.weekday!, a.range.lowerBound..<b.range.upperBound)) }
        }
        return pairs.compactMap { (date, written, pairSpan) in
            var span = pairSpan
            // "Friday (November 11, 2025)": take the closing bracket too.
            if span.upperBound < document.normalized.count, [0x29, 0xFF09].contains(document.normalized[span.upperBound]),
               document.normalizedString(span).contains("(") { span = span.lowerBound..<(span.upperBound + 1) }
            guard let y = date.year, let m = date.month, let d = date.day else { return nil }
            let calendarDate = CalendarDate(year: y, month: m, day: d)
            guard let actual = calendarDate.weekday, actual != written else { return nil }
            return RuleMatch(originalRange: document.original(span),
                             fields: ["date": document.normalizedString(date.range), "weekday": written.englishName,
                                      "actual": actual.englishName, "other": calendarDate.description,
                                      "line": String(document.line(ofNormalized: span))])
        }.sorted { $0.originalRange.lowerBound < $1.originalRange.lowerBound }
    }

    func impossible(_ dates: [DateMention], _ document: Document) -> [RuleMatch] {
        dates.compactMap { d in
            guard let m = d.month, let day = d.day else { return nil }
            // Without a year, February 29 is possible (2024 is a leap year).
            let date = CalendarDate(year: d.year ?? 2024, month: m, day: day)
            guard !date.exists else { return nil }
            return RuleMatch(originalRange: document.original(d.range),
                             fields: ["date": document.normalizedString(d.range), "line": String(document.line(ofNormalized: d.range))])
        }
    }

    /// The runs of letters of a text, lowercased, as splitting it into Characters gives them.
    /// The text is first cut at ASCII non-letters (no grapheme joins one to what follows, so
    /// they separate words either way); a piece of ASCII letters is lowercased unit by unit,
    /// any other piece split by Character (splitting the whole String by Character cost
    /// 58,000 instructions a date).
    static func letterRuns(_ units: ArraySlice<UInt16>) -> [String] {
        var runs: [String] = []
        var start = units.startIndex
        var ascii = true
        func close(_ end: Int) {
            guard end > start else { return }
            if ascii {
                runs.append(String(decoding: units[start..<end].map { UInt8($0 | 0x20) }, as: UTF8.self))
            } else {
                runs += String(utf16Units: units[start..<end]).lowercased().split { !$0.isLetter }.map(String.init)
            }
        }
        for i in units.indices {
            let u = units[i]
            if u < 0x80 && !ASCIIUnit.isLetter(u) {
                close(i)
                start = i + 1
                ascii = true
            } else if u >= 0x80 {
                ascii = false
            }
        }
        close(units.endIndex)
        return runs
    }

    func events(_ extraction: Extraction, _ document: Document) -> [RuleMatch] {
        var seen: [String: (DateMention, Set<String>)] = [:]
        var matches: [RuleMatch] = []
        // The first sure name of each sentence, in one pass.
        var subjects: [Int: NameMention] = [:]
        for name in extraction.names where !name.isUncertain {
            if let si = document.sentenceIndex(of: name.range.lowerBound), subjects[si] == nil { subjects[si] = name }
        }
        for d in extraction.dates where d.precision == .day && d.month != nil && !d.isRelative {
            guard let si = document.sentenceIndex(of: d.range.lowerBound), let subject = subjects[si] else { continue }
            // The content words between the name and the date: "Maduro signed the law on
            // November 11" -> {signed, law}. The same name with a shared word is the same event.
            guard subject.range.upperBound <= d.range.lowerBound else { continue }
            let words = Set(Self.letterRuns(document.normalized[subject.range.upperBound..<d.range.lowerBound])
                .filter { $0.count > 2 && !LexicalData.englishStopwords.contains($0) && !["said", "says", "also", "its"].contains($0) })
            guard !words.isEmpty else { continue }
            let subjectKey = subject.fullForm.map(NameKeys.key) ?? subject.key
            if let (earlier, earlierWords) = seen[subjectKey], !earlierWords.isDisjoint(with: words) {
                if (earlier.month, earlier.day, earlier.year ?? d.year) != (d.month, d.day, d.year ?? earlier.year) {
                    matches.append(RuleMatch(
                        originalRange: document.original(d.range),
                        fields: ["date": document.normalizedString(d.range), "other": document.normalizedString(earlier.range),
                                 "line": String(document.line(ofNormalized: d.range)),
                                 "otherLine": String(document.line(ofNormalized: earlier.range))],
                        notes: [document.note("dated here", at: earlier.range)]))
                }
            } else if seen[subjectKey] == nil {
                seen[subjectKey] = (d, words)
            }
        }
        return matches
    }
}

/// `kind: unit-conversion` — a value with its conversion in brackets must agree within the
/// rounding written: "50 km (31 miles)", "30°C (86°F)", "100 kg (220 lb)". Money is not
/// converted (exchange rates change).
///
/// Options: `tolerance` (extra relative slack, default 1%). Message fields: `{value}`,
/// `{converted}`, `{written}`, `{line}`.
public struct UnitConversionRule: RuleKind {
    public static let name = "unit-conversion"
    public static let optionKeys: Set<String> = ["tolerance"]
    public static let messageFields: Set<String> = ["value", "converted", "written", "line"]

    let tolerance: Double

    public init(options: RuleOptions) throws {
        if let t = try options.string("tolerance") {
            guard let v = Double(t.replacingOccurrences(of: "%", with: "")) else { throw options.error("tolerance", "not a percentage: \(t)") }
            tolerance = v / 100
        } else {
            tolerance = 0.01
        }
    }

    /// Linear conversions to a base unit: value × factor (+ offset for temperatures).
    static let units: [String: (dimension: String, factor: Double, offset: Double)] = [
        "km": ("length", 1000, 0), "m": ("length", 1, 0), "cm": ("length", 0.01, 0), "mm": ("length", 0.001, 0),
        "mi": ("length", 1609.344, 0), "ft": ("length", 0.3048, 0), "in": ("length", 0.0254, 0), "yd": ("length", 0.9144, 0),
        "nmi": ("length", 1852, 0),
        "kg": ("mass", 1, 0), "g": ("mass", 0.001, 0), "t": ("mass", 1000, 0), "lb": ("mass", 0.45359237, 0),
        "oz": ("mass", 0.028349523125, 0),
        "°C": ("temperature", 1, 0), "°F": ("temperature", 5.0 / 9.0, -32 * 5.0 / 9.0),
        "km²": ("area", 1_000_000, 0), "m²": ("area", 1, 0), "ha": ("area", 10_000, 0), "ac": ("area", 4046.8564224, 0),
        "mi²": ("area", 2_589_988.110336, 0),
        "l": ("volume", 1, 0), "m³": ("volume", 1000, 0), "gal": ("volume", 3.785411784, 0),
        "km/h": ("speed", 1, 0), "mph": ("speed", 1.609344, 0),
    ]

    static func toBase(_ v: Double, _ unit: String) -> Double? {
        guard let u = units[unit] else { return nil }
        return v * u.factor + u.offset
    }

    static func fromBase(_ v: Double, _ unit: String) -> Double? {
        guard let u = units[unit] else { return nil }
        return (v - u.offset) / u.factor
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let numbers = context.mentions(in: document).numbers.filter { $0.isQuantity && $0.unit != nil }
        var matches: [RuleMatch] = []
        for (a, b) in zip(numbers, numbers.dropFirst()) {
            guard let ua = a.unit, let ub = b.unit, ua != ub,
                  let da = Self.units[ua], let db = Self.units[ub], da.dimension == db.dimension else { continue }
            let gap = document.normalizedString(a.range.upperBound..<b.range.lowerBound).trimmingCharacters(in: .whitespaces)
            guard gap == "(" || gap == "[" else { continue }
            let va = NSDecimalNumber(decimal: a.value).doubleValue
            let vb = NSDecimalNumber(decimal: b.value).doubleValue
            guard let base = Self.toBase(va, ua), let converted = Self.fromBase(base, ub) else { continue }
            // The rounding written on both sides, plus a relative slack.
            let pa = NSDecimalNumber(decimal: a.precision).doubleValue * da.factor / db.factor
            let pb = NSDecimalNumber(decimal: b.precision).doubleValue
            var slack = tolerance * abs(converted)
            // "about 15 miles (20 km)": rounded conversions of rounded values are loose.
            if a.qualifier != nil || b.qualifier != nil { slack = max(slack, 0.25 * abs(converted)) }
            guard abs(converted - vb) > pa + pb + slack else { continue }
            let shown = String(format: abs(converted) >= 100 ? "%.0f" : "%.1f", converted)
            matches.append(RuleMatch(
                originalRange: document.original(b.valueRange),
                fields: ["value": document.normalizedString(a.valueRange), "converted": "\(shown) \(ub)",
                         "written": document.normalizedString(b.valueRange), "line": String(document.line(ofNormalized: b.range))],
                notes: [document.note("converted from here", at: a.valueRange)]))
        }
        return matches
    }
}
