/// A set of UTF-16 code units as a 65,536-bit map: membership is one load and a mask, for
/// checks made at every position of a text.
struct UnitSet: Sendable, Equatable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init() {}

    init(_ units: some Sequence<UInt16>) {
        for u in units { insert(u) }
    }

    mutating func insert(_ u: UInt16) {
        bits[Int(u >> 6)] |= 1 << UInt64(u & 63)
    }

    /// Inserts the unit a word begins with, as written, lowercased and uppercased: what a
    /// text may begin the word with.
    mutating func insertInitial(of word: String) {
        guard let first = word.first else { return }
        for form in [String(first), first.lowercased(), first.uppercased()] {
            if let unit = form.utf16.first { insert(unit) }
        }
    }

    @inline(__always)
    func contains(_ u: UInt16) -> Bool {
        bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0
    }

    /// The offsets in `units` of the units in the set, in order: one pass over buffers
    /// (a filter asking `contains` cost some 14 instructions a unit).
    func positions(in units: [UInt16]) -> [Int] {
        var found: [Int] = []
        bits.withUnsafeBufferPointer { bits in
            units.withUnsafeBufferPointer { units in
                for (k, u) in units.enumerated() where bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0 { found.append(k) }
            }
        }
        return found
    }
}
