import CICUShim

/// ICU number parsing and formatting in one locale: decimal (grouping and decimal marks of
/// that locale) or rule-based spell-out ("one hundred and twenty-five", "一亿四千万",
/// "zehntausend"). Parsing is const in ICU, so one instance may be shared between tasks.
public final class NumberFormat: @unchecked Sendable {
    public enum Style: Int32, Sendable {
        case decimal = 1, percent = 3, spellOut = 5, ordinal = 6
    }

    /// A parsed value: an exact decimal string without exponent or grouping ("1400000000",
    /// "-0.5"), and the UTF-16 offset where parsing stopped.
    public struct Parsed: Equatable, Sendable {
        public let decimal: String
        public let end: Int
    }

    let handle: OpaquePointer
    public let style: Style
    public let locale: String

    /// Spell-out parsing should be lenient: strict RBNF is case-sensitive and stops at the
    /// soft hyphens that German rules contain.
    public init(_ style: Style, locale: String, lenient: Bool = false) throws {
        var status: Int32 = 0
        let h = cicu_numfmt_open(style.rawValue, locale, &status)
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        handle = h!
        self.style = style
        self.locale = locale
        if lenient { cicu_numfmt_set_lenient(handle, 1) }
    }

    deinit { cicu_numfmt_close(handle) }

    /// Parses from `start`; nil when nothing could be read there.
    public func parse(_ text: UnsafeBufferPointer<UInt16>, from start: Int = 0) -> Parsed? {
        guard start < text.count else { return nil }
        var status: Int32 = 0
        var pos = Int32(start)
        var out = [CChar](repeating: 0, count: 128)
        let n = out.withUnsafeMutableBufferPointer {
            cicu_numfmt_parse_decimal(
                handle, text.baseAddress, Int32(text.count), &pos, $0.baseAddress, Int32($0.count - 1),
                &status)
        }
        guard status <= 0, n > 0, Int(pos) > start else { return nil }
        let raw = String(decoding: out[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let plain = DecimalString.plain(raw) else { return nil }
        return Parsed(decimal: plain, end: Int(pos))
    }

    /// Parses the whole of `text`; nil unless every unit was consumed (ICU otherwise returns
    /// the value of a prefix without an error: "1.000,5" read as English is 1).
    public func parseWhole(_ text: String) -> String? {
        let units = text.utf16Units
        return units.withUnsafeBufferPointer { buffer in
            guard let parsed = parse(buffer), parsed.end == buffer.count else { return nil }
            return parsed.decimal
        }
    }

    /// Formats an exact decimal string ("10000" -> "ten thousand").
    public func format(decimal: String) throws -> String {
        let utf8 = Array(decimal.utf8).map { CChar(bitPattern: $0) }
        let units = try utf8.withUnsafeBufferPointer { number in
            try withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
                cicu_numfmt_format_decimal(handle, number.baseAddress, Int32(number.count), dst, cap, &status)
            }
        }
        return String(utf16Units: units)
    }
}

/// Decimal strings as ICU writes them ("1.4E+9", "1E+1", "-0.50") turned into plain form.
public enum DecimalString {
    /// "1.4E+9" -> "1400000000"; "2.50" -> "2.5"; "-0" -> "0". Nil for anything that is not a
    /// finite decimal number.
    public static func plain(_ raw: String) -> String? {
        var s = Substring(raw)
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let x = Int(s[s.index(after: e)...]) else { return nil }
            exponent = x
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !s.isEmpty else { return nil }
        var intDigits = Array(parts[0])
        var fracDigits = parts.count == 2 ? Array(parts[1]) : []
        guard (intDigits + fracDigits).allSatisfy({ $0.isASCII && $0.isNumber }),
              !(intDigits.isEmpty && fracDigits.isEmpty) else { return nil }
        // Shift the decimal point by the exponent.
        if exponent > 0 {
            let moved = min(exponent, fracDigits.count)
            intDigits += fracDigits[0..<moved]
            fracDigits.removeFirst(moved)
            intDigits += Array(repeating: "0", count: exponent - moved)
        } else if exponent < 0 {
            let moved = min(-exponent, intDigits.count)
            fracDigits = Array(intDigits[(intDigits.count - moved)...]) + fracDigits
            intDigits.removeLast(moved)
            fracDigits = Array(repeating: "0", count: -exponent - moved) + fracDigits
        }
        while intDigits.first == "0" { intDigits.removeFirst() }
        while fracDigits.last == "0" { fracDigits.removeLast() }
        if intDigits.isEmpty { intDigits = ["0"] }
        var result = String(intDigits)
        if !fracDigits.isEmpty { result += "." + String(fracDigits) }
        if negative && result != "0" { result = "-" + result }
        return result
    }
}

extension NumberFormat {
    /// The public rule sets of a spell-out format ("%spellout-numbering", "%spellout-ordinal",
    /// "%spellout-cardinal-genitive", ...).
    public var ruleSets: [String] {
        let units = (try? withGrowingBuffer(initialCapacity: 256) { dst, cap, status in
            cicu_numfmt_rulesets(handle, dst, cap, &status)
        }) ?? []
        return String(utf16Units: units).split(separator: ";").map(String.init).filter { !$0.isEmpty }
    }

    /// The rule set used when none is named (spell-out formats only).
    public var defaultRuleSet: String? {
        (try? withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_numfmt_default_ruleset(handle, dst, cap, &status)
        }).map { String(utf16Units: $0) }
    }

    /// Runs `body`, which may format with other rule sets, and makes the default rule set the
    /// one it was: a format used for parsing can also build the tables first (an RBNF format
    /// costs some 8 M instructions to open). Not thread-safe, like `format(decimal:ruleSet:)`.
    public func restoringDefaultRuleSet<T>(_ body: () throws -> T) throws -> T {
        let saved = defaultRuleSet
        defer {
            if let saved {
                var status: Int32 = 0
                let name = saved.utf16Units
                name.withUnsafeBufferPointer { cicu_numfmt_set_ruleset(handle, $0.baseAddress, Int32($0.count), &status) }
            }
        }
        return try body()
    }

    /// Formats with one rule set (spell-out formats only). Not thread-safe: it switches the
    /// format's default rule set, so use it while building tables, before sharing.
    public func format(decimal: String, ruleSet: String) throws -> String {
        var status: Int32 = 0
        let name = ruleSet.utf16Units
        name.withUnsafeBufferPointer { cicu_numfmt_set_ruleset(handle, $0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status)
        return try format(decimal: decimal)
    }

    /// Formats a value with an ICU number skeleton in a locale ("compact-long" -> "1 billion").
    public static func format(_ value: Double, skeleton: String, locale: String) throws -> String {
        let s = skeleton.utf16Units
        let units = try s.withUnsafeBufferPointer { sk in
            try withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
                cicu_format_skeleton(locale, sk.baseAddress, Int32(sk.count), value, dst, cap, &status)
            }
        }
        return String(utf16Units: units)
    }

    /// Formats several values with one skeleton formatter, opened once.
    public static func format(_ values: [Double], skeleton: String, locale: String) throws -> [String] {
        let s = skeleton.utf16Units
        let units = try s.withUnsafeBufferPointer { sk in
            try values.withUnsafeBufferPointer { v in
                try withGrowingBuffer(initialCapacity: 64 * max(1, values.count)) { dst, cap, status in
                    cicu_format_skeleton_values(locale, sk.baseAddress, Int32(sk.count), v.baseAddress, Int32(v.count), dst, cap, &status)
                }
            }
        }
        return String(utf16Units: units).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// CLDR plural rules, through ICU.
public enum PluralRules {
    /// The values of `values` that are the first of their plural category in the locale
    /// ("one", "few", "other"), in order: English keeps 1 and 2 of 1, 2, 5, 1.5 and 21,
    /// Chinese keeps 1. A failure keeps them all.
    public static func firstOfEachCategory(_ values: [Double], locale: String) -> [Double] {
        var first = [Int8](repeating: 1, count: values.count)
        var status: Int32 = 0
        values.withUnsafeBufferPointer { v in
            first.withUnsafeMutableBufferPointer { cicu_plural_firsts(locale, v.baseAddress, Int32(v.count), $0.baseAddress, &status) }
        }
        guard status <= 0 else { return values }
        return zip(values, first).filter { $0.1 != 0 }.map(\.0)
    }

    /// The plural categories of the locale ("one", "other" in English; "other" alone in
    /// Chinese), as ICU orders them; nil when ICU has no rules to give.
    public static func categories(locale: String) -> [String]? {
        guard let units = try? withGrowingBuffer(initialCapacity: 64, { dst, cap, status in
            cicu_plural_keywords(locale, dst, cap, &status)
        }) else { return nil }
        return String(utf16Units: units).split(separator: "\n").map(String.init)
    }
}

/// ISO 4217 currencies and their names in a locale, from CLDR through ICU.
public enum Currencies {
    public static func commonCodes() -> [String] {
        var status: Int32 = 0
        let n = cicu_currency_codes(nil, 0, &status)
        var buffer = [CChar](repeating: 0, count: Int(n) * 4 + 4)
        status = 0
        let m = buffer.withUnsafeMutableBufferPointer { cicu_currency_codes($0.baseAddress, n, &status) }
        guard status <= 0 else { return [] }
        return (0..<Int(min(m, n))).map { i in
            String(decoding: buffer[(i * 4)..<(i * 4 + 3)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    public enum NameKind: Int32, Sendable { case symbol = 0, long = 1, plural = 2, narrowSymbol = 3 }

    public static func name(_ code: String, locale: String, kind: NameKind, pluralCount: String = "other") -> String? {
        let iso = code.utf16Units + [0]
        let units = try? iso.withUnsafeBufferPointer { c in
            try withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
                cicu_currency_display(c.baseAddress, locale, kind.rawValue, pluralCount, dst, cap, &status)
            }
        }
        guard let units, !units.isEmpty else { return nil }
        return String(utf16Units: units)
    }
}

extension Currencies {
    private static let known: Set<String> = Set(commonCodes())
    /// Whether a three-letter code is an ISO 4217 currency in common use.
    public static func isKnown(_ code: String) -> Bool { known.contains(code) }
}
