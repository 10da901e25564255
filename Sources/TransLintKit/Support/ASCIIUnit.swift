/// Tests on a UTF-16 unit that is ASCII, for the fast paths that read text unit by unit.
enum ASCIIUnit {
    static func isLetter(_ u: UInt16) -> Bool { (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u) }
    static func isLower(_ u: UInt16) -> Bool { (0x61...0x7A).contains(u) }
    static func isLetterOrDigit(_ u: UInt16) -> Bool { isLetter(u) || (0x30...0x39).contains(u) }
    /// A capital A–Z in lower case; any other unit as it is.
    static func lowercased(_ u: UInt16) -> UInt16 { (0x41...0x5A).contains(u) ? u | 0x20 : u }
}
