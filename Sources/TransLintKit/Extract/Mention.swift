import Foundation
import ICUKit

/// A word before or after a number that bounds it: "about 400", "至少76", "20%左右".
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case about, nearly, atLeast = "at least", moreThan = "more than", lessThan = "less than", atMost = "at most", upTo = "up to"
}

/// Why a run of digits is not a quantity.
public enum NotAQuantity: String, Sendable, Codable {
    case identifier, phoneNumber = "phone number", version, url, listMarker = "list marker", year, clockTime = "clock time", datePart = "date part"
}

/// A number read as a value: digits in any locale's notation, scale words, spelled-out words,
/// ordinals, fractions, percentages, currencies and units.
public struct NumberMention: Equatable, Sendable {
    public init(range: Range<Int>, text: String, value: Decimal, precision: Decimal, isSpelledOut: Bool = false) {
        self.range = range
        self.valueRange = range
        self.numeralRange = range
        self.text = text
        self.value = value
        self.precision = precision
        self.isSpelledOut = isSpelledOut
    }

    /// Normalized offsets of the whole mention, qualifier included ("约140亿美元", "about $1.4 billion").
    public var range: Range<Int>
    /// Normalized offsets without the qualifier ("140亿美元", "$1.4 billion").
    public var valueRange: Range<Int>
    /// Normalized offsets of the numeral alone: the digits or number words ("3,5", "eight").
    public var numeralRange: Range<Int>
    public var text: String
    /// Exact value; for a range, its lower end.
    public var value: Decimal
    /// Upper end of a range ("19–20", 一万六七千), else nil.
    public var max: Decimal?
    /// Half a unit of the last digit written, in the value's scale: "1.4 billion" is known to
    /// ±0.05 billion. Zero for spelled-out and exact integers.
    public var precision: Decimal
    /// ISO 4217 code for money ("USD"), a unit id ("km", "°C", "kg"), "%" or "pp" (percentage
    /// points).
    public var unit: String?
    public var qualifier: Qualifier?
    public var isOrdinal = false
    public var isSpelledOut = false
    /// Value 1 written as a word that is usually an article or pronoun: 一 in 一个, "one of",
    /// German "ein". Such a mention may be absent from the other side of a translation.
    public var isWeak = false
    /// A fraction written as one ("one-third", 三分之一).
    public var isFraction = false
    /// Digits in another language's notation: a decimal comma in English ("3,5 million").
    public var usesForeignNotation = false
    /// Power of ten of the scale word read after it (9 for "billion", 4 for 万), else 0.
    public var scaleExponent = 0
    /// Set when the digits are not a quantity (an id, a phone number, a year...).
    public var notAQuantity: NotAQuantity?

    public var isQuantity: Bool { notAQuantity == nil }
}

/// A date, time or weekday, resolved as far as the text (and the article date) allows.
public struct DateMention: Equatable, Sendable {
    public enum Precision: String, Sendable, Codable { case day, month, year, decade, weekday, time }

    public var range: Range<Int>
    public var text: String
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// The weekday written in the text ("Tuesday, November 11"), if any.
    public var weekday: Weekday?
    /// Minutes after midnight for a clock time.
    public var minutes: Int?
    public var precision: Precision
    /// Written relative to the article date ("yesterday", "last Tuesday", 昨天).
    public var isRelative = false
    /// Day/month order could not be decided (11/12/2025).
    public var isAmbiguous = false
    /// A decade written with two digits ("the 80s", "50er"): the century is a guess.
    public var isTwoDigitDecade = false

    /// ISO 8601 at the precision known: "2025-11-11", "2025-11", "1985", "1990s".
    public var isoValue: String? {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch precision {
        case .decade: return year.map { "\($0)s" }
        case .time: return minutes.map { "T\(two($0 / 60)):\(two($0 % 60))" }
        default:
            guard let year else {
                if let month, let day { return "--\(two(month))-\(two(day))" }
                if let month { return "--\(two(month))" }
                return nil
            }
            var s = String(year)
            if let month { s += "-" + two(month); if let day { s += "-" + two(day) } }
            return s
        }
    }
}

/// A name of a person, place or organisation, with keys for comparing spellings across
/// scripts.
public struct NameMention: Equatable, Sendable {
    public var range: Range<Int>
    public var text: String
    /// A title or role written with it ("President", "Secretary of Defense").
    public var role: String?
    /// Transliterated to Latin, ASCII-folded, lowercased, without spaces or punctuation.
    public var key: String
    /// Sound skeleton of the key: consonant classes, so that 佩特罗 ≈ Petro.
    public var phonetic: String
    /// The fuller form this short form refers to ("Gustavo Petro" for a later "Petro").
    public var fullForm: String?
    /// Found only as a capitalised word at the start of a sentence: maybe not a name.
    public var isUncertain = false
}

extension NameMention {
    /// A name with the key and sound skeleton of `keyText` (by default its own text): 黄某某 is
    /// keyed by its surname, 江西省 without the 省.
    init(range: Range<Int>, text: String, role: String? = nil, keyOf keyText: String? = nil) {
        let key = NameKeys.key(keyText ?? text)
        self.init(range: range, text: text, role: role, key: key, phonetic: NameKeys.phonetic(key))
    }
}

public enum Mention: Equatable, Sendable {
    case number(NumberMention)
    case date(DateMention)
    case name(NameMention)

    public var range: Range<Int> {
        switch self {
        case .number(let n): return n.range
        case .date(let d): return d.range
        case .name(let n): return n.range
        }
    }
}

extension Decimal {
    /// Plain decimal notation without exponent or grouping: "14000000000", "0.5".
    public var plainString: String {
        var copy = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 12, .plain)
        return DecimalString.plain(rounded.description) ?? rounded.description
    }

    /// Half a unit of the last decimal written: the rounding a figure with `decimals` decimals
    /// allows (0.05 for one decimal). Made without a division, which is slow for Decimal.
    static func halfUnit(decimals: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -decimals - 1, significand: 5)
    }

    static func power10(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
