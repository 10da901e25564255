import ICUKit

/// Finds a string key by its UTF-16 units: a hash table over the units themselves, so that a
/// word of the text can be looked up without first being made into a `String` (and without
/// `String`'s seeded SipHash, which cost some 400 instructions a look-up: a tenth of a corpus
/// run went to hashing and comparing words). Keys are numbered in the order they were added;
/// the caller keeps what a number stands for.
struct UnitKeyIndex: Sendable {
    /// Entry number + 1 per slot; 0 is an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 8)
    private var hashes: [UInt64] = []
    /// The units of entry k are `units[unitStarts[k]..<unitStarts[k + 1]]`.
    private var unitStarts: [Int32] = [0]
    private var units: [UInt16] = []

    var count: Int { hashes.count }

    /// FNV-1a over UTF-16 units. Extended one unit at a time, so the keys of every length
    /// from one position are hashed in one pass (`TextScanner.longestMatch`).
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    static func hash(_ h: UInt64, adding u: UInt16) -> UInt64 { (h ^ UInt64(u)) &* 0x100_0000_01b3 }

    static func hash(of units: some Sequence<UInt16>) -> UInt64 {
        var h = emptyHash
        for u in units { h = hash(h, adding: u) }
        return h
    }

    /// The UTF-16 units of a key (ASCII keys through their UTF-8 bytes, which is quicker).
    static func units(of key: String) -> [UInt16] {
        let ascii: [UInt16]?? = key.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { UInt16($0) } : nil
        }
        return (ascii ?? nil) ?? Array(key.utf16)
    }

    /// The number of the key with these units, adding it when new.
    mutating func insert(_ key: [UInt16]) -> Int {
        let h = Self.hash(of: key)
        if let k = find(hash: h, where: { $0.elementsEqual(key) }) { return k }
        let k = hashes.count
        hashes.append(h)
        units.append(contentsOf: key)
        unitStarts.append(Int32(units.count))
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for e in hashes.indices { place(e) }
        } else {
            place(k)
        }
        return k
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Self.slot(hashes[entry], mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) & mask }

    /// Keys are indexed in NFC, the form of the normalized text, so that units are equal
    /// where `String`s are ("\u{212A}m", with the Kelvin sign, is "Km").
    static func indexForm(of key: String) -> String {
        // (Below U+0300 every character is in NFC: no combining marks, no singletons.)
        key.unicodeScalars.allSatisfy { $0.value < 0x300 } ? key : (try? Normalizer.nfc.normalize(key)) ?? key
    }

    /// For an ASCII `key`, its number if it is in the index (`.some(nil)` if not); nil when
    /// `key` is not ASCII, which the caller looks up as a `String` (canonical equivalence).
    func find(ifASCII key: String) -> Int?? {
        // Native strings lend their UTF-8 bytes; ASCII bytes are the UTF-16 units.
        let found = key.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            var h = Self.emptyHash
            for b in bytes {
                guard b < 0x80 else { return nil }
                h = Self.hash(h, adding: UInt16(b))
            }
            let number: Int? = find(hash: h) { stored in
                guard stored.count == bytes.count else { return false }
                for k in 0..<bytes.count where stored[k] != UInt16(bytes[k]) { return false }
                return true
            }
            return .some(number)
        }
        return found ?? nil
    }

    /// The number of the key with these units, if it is in the index.
    func find(_ key: [UInt16]) -> Int? {
        find(hash: Self.hash(of: key)) { $0.elementsEqual(key) }
    }

    /// The number of the key whose units hash to `hash` and satisfy `matches`.
    @inline(__always)
    func find(hash: UInt64, where matches: (UnsafeBufferPointer<UInt16>) -> Bool) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                unitStarts.withUnsafeBufferPointer { starts in
                    units.withUnsafeBufferPointer { units in
                        let mask = slots.count - 1
                        var slot = Self.slot(hash, mask)
                        while slots[slot] != 0 {
                            let k = Int(slots[slot]) - 1
                            if hashes[k] == hash {
                                let a = Int(starts[k]), b = Int(starts[k + 1])
                                if matches(UnsafeBufferPointer(rebasing: units[a..<b])) { return k }
                            }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
    }
}
