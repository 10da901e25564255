import Foundation
import CICUShim

/// A Unicode script (ICU's UScriptCode).
public struct Script: Hashable, Sendable, CustomStringConvertible {
    public let code: Int32

    public static let common = Script(name: "Common")!
    public static let inherited = Script(name: "Inherited")!
    public static let latin = Script(name: "Latin")!
    public static let han = Script(name: "Han")!
    public static let cyrillic = Script(name: "Cyrillic")!

    public init(code: Int32) { self.code = code }

    /// From a long or short property value name ("Han", "Hani", "Cyrillic").
    public init?(name: String) {
        let c = cicu_script_from_name(name)
        guard c >= 0 else { return nil }
        code = c
    }

    /// The script property of a code point.
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        var status: Int32 = 0
        return Script(code: cicu_script_of(scalar.value, &status))
    }

    public var name: String {
        guard let p = cicu_script_name(code) else { return "Unknown" }
        return String(cString: p)
    }

    public var description: String { name }
}

/// Unicode's sentence-break classes (UAX #29), from ICU's character properties.
public enum SentenceBreakProperty {
    /// Whether a code point is a full stop, a sentence terminator or a paragraph separator
    /// (Sentence_Break ATerm, STerm, Sep, CR, LF): the only places ICU's sentence break
    /// can end a sentence after. (A property look-up: a UnicodeSet of these cost 3 M
    /// instructions to build.)
    public static func mayEndSentence(_ codePoint: UInt32) -> Bool { cicu_may_end_sentence(codePoint) != 0 }
}

/// Case properties from ICU's character data.
public enum CaseProperty {
    /// Unicode's Changes_When_Lowercased: a trie look-up in ICU, where the standard
    /// library's `Unicode.Scalar.Properties` took some 330 instructions a scalar.
    public static func changesWhenLowercased(_ codePoint: UInt32) -> Bool { cicu_changes_when_lowercased(codePoint) != 0 }
}

/// A frozen ICU UnicodeSet built from a pattern ("[\\p{Han}\\p{blk=CJK_Symbols_and_Punctuation}]").
/// Read-only, so shareable.
public final class UnicodeSet: @unchecked Sendable {
    let handle: OpaquePointer
    public let pattern: String

    public struct PatternError: Error, Equatable, Sendable {
        public let pattern: String
        public let icu: ICUError
    }

    public init(pattern: String) throws {
        var status: Int32 = 0
        let units = pattern.utf16Units
        let h = units.withUnsafeBufferPointer { cicu_set_open($0.baseAddress, Int32($0.count), &status) }
        if status > 0 || h == nil {
            throw PatternError(pattern: pattern, icu: ICUError(status > 0 ? status : 1))
        }
        handle = h!
        self.pattern = pattern
    }

    deinit { cicu_set_close(handle) }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        cicu_set_contains(handle, scalar.value) != 0
    }

    public func contains(codePoint: UInt32) -> Bool {
        cicu_set_contains(handle, codePoint) != 0
    }
}

extension UnicodeSet {
    /// The letters a language writes its words with, loanwords included (CLDR's standard and
    /// auxiliary exemplar sets, both cases): for English a-z and é, ï, ñ (café, naïve), not ś
    /// or č. Nil when ICU has none. Made once per locale.
    public static func exemplarLetters(of locale: String) -> UnicodeSet? {
        exemplarLock.lock()
        defer { exemplarLock.unlock() }
        if let cached = exemplarCache[locale] { return cached }
        let units = try? withGrowingBuffer(initialCapacity: 512) { dst, cap, status in
            cicu_exemplar_letters(locale, dst, cap, &status)
        }
        let set = units.flatMap { $0.isEmpty ? nil : try? UnicodeSet(pattern: String(utf16Units: $0)) }
        exemplarCache[locale] = .some(set)
        return set
    }

    private static let exemplarLock = NSLock()
    nonisolated(unsafe) private static var exemplarCache: [String: UnicodeSet?] = [:]
}

extension Script {
    /// Script_Extensions of a code point: the scripts a shared character is used with
    /// (【 is used with Han, Hiragana, Katakana, Hangul, Bopomofo and Yi).
    public static func extensions(of scalar: Unicode.Scalar) -> [Script] {
        var out = [Int32](repeating: 0, count: 32)
        var status: Int32 = 0
        let n = out.withUnsafeMutableBufferPointer {
            cicu_script_extensions(scalar.value, $0.baseAddress, Int32($0.count), &status)
        }
        guard status <= 0 else { return [Script.of(scalar)] }
        return out[0..<Int(n)].map { Script(code: $0) }
    }

    /// The scripts a language is written in ("en" -> Latin; "ja" -> Katakana, Hiragana, Han).
    public static func scripts(ofLocale locale: String) -> [Script] {
        var out = [Int32](repeating: 0, count: 16)
        var status: Int32 = 0
        let n = out.withUnsafeMutableBufferPointer {
            cicu_scripts_of_locale(locale, $0.baseAddress, Int32($0.count), &status)
        }
        guard status <= 0 else { return [] }
        return out[0..<Int(n)].map { Script(code: $0) }
    }
}

extension DisplayNames {
    /// The name of a language in a locale: ("zh", "en") -> "Chinese".
    public static func language(_ code: String, in locale: String) -> String? {
        let units = try? withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_display_language(code, locale, dst, cap, &status)
        }
        guard let units, !units.isEmpty else { return nil }
        return String(utf16Units: units)
    }

    /// Every ISO 639 language code ICU knows (two- and three-letter).
    public static let languageCodes: [String] = {
        let n = cicu_iso_languages(nil, 0)
        var buffer = [CChar](repeating: 0, count: Int(n) * 4)
        _ = buffer.withUnsafeMutableBufferPointer { cicu_iso_languages($0.baseAddress, n) }
        return (0..<Int(n)).map { i in
            String(decoding: buffer[(4 * i)..<(4 * i + 4)].prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }()
}

extension Unicode.Scalar {
    /// Terminal columns the character takes: 2 for East Asian wide and full-width, 0 for
    /// combining marks, else 1.
    public var terminalWidth: Int {
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return 0 }
        return cicu_is_wide(value) != 0 ? 2 : 1
    }
}
