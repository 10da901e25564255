/// Tests on a UTF-16 unit that is ASCII, for the fast paths that read text unit by unit.
enum ASCIIUnit {
    static func isLetter(_ u: UInt16) -> Bool { (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u) }
    static func isLower(_ u: UInt16) -> Bool { (0x61...0x7A).contains(u) }
    static func isLetterOrDigit(_ u: UInt16) -> Bool { isLetter(u) || (0x30...0x39).contains(u) }
    /// A capital A–Z in lower case; any other unit as it is.
    static func lowercased(_ u: UInt16) -> UInt16 { (0x41...0x5A).contains(u) ? u | 0x20 : u }
}

/// A set of ASCII units as 128 bits: membership is a shift and a mask, with no table to load.
/// Units outside ASCII are never members.
struct ASCIIBits: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ u: UInt16) {
        if u < 64 { low |= 1 << UInt64(u) } else if u < 128 { high |= 1 << UInt64(u - 64) }
    }

    func contains(_ u: UInt16) -> Bool {
        u < 64 ? low >> UInt64(u) & 1 != 0 : u < 128 && high >> UInt64(u - 64) & 1 != 0
    }
}

/// Units that ICU regular expressions read as white space (\s: [\t\n\f\r\p{Z}]), and a
/// few more: prefilters that must never turn away a place where a pattern can match use it.
enum RegexWhiteSpace {
    static func mayBe(_ u: UInt16) -> Bool {
        (0x09...0x0D).contains(u) || u == 0x20 || u == 0x85 || u == 0xA0 || u == 0x1680 || (0x2000...0x200A).contains(u)
            || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000
    }
}
