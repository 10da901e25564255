/// A table of words and phrases (units, scale words, currency names, weekdays) looked up at
/// every position of a text. Besides the entries it keeps which UTF-16 units can begin one,
/// in either case, so that `TextScanner.longestMatch` turns most positions away without
/// building a single candidate string.
struct PhraseTable<Value>: ExpressibleByDictionaryLiteral, Sequence {
    private(set) var entries: [String: Value] = [:]
    /// The same entries by their UTF-16 units, for look-ups that make no `String`: entry k of
    /// the index is `keyList[k]` with `values[k]` (nil once removed).
    private var index = UnitKeyIndex()
    private var keyList: [String] = []
    private var values: [Value?] = []
    /// The UTF-16 units that start an entry (lower- or uppercase).
    private var starts = UnitSet()
    /// Entries of one ASCII unit, and the first two units of entries that begin with two
    /// ASCII units, bit (a << 7 | b): two letters turn away far more positions than one
    /// ("the", "to", "was" begin no weekday).
    private var asciiSingles = ASCIIBits()
    private var asciiPairs = [UInt64](repeating: 0, count: 256)
    /// The longest entry, in characters.
    private(set) var longest = 0

    init() {}

    init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    init(_ dictionary: [String: Value]) {
        for (key, value) in dictionary { self[key] = value }
    }

    /// ASCII keys are looked up in the index; others in the dictionary, whose `String` keys
    /// compare canonically ("é" is "e\u{301}").
    subscript(key: String) -> Value? {
        get {
            guard let found = index.find(ifASCII: key) else { return entries[key] }
            return found.flatMap { values[$0] }
        }
        set {
            entries[key] = newValue
            let nfc = UnitKeyIndex.indexForm(of: key)
            let k = index.insert(UnitKeyIndex.units(of: nfc))
            if k == values.count {
                keyList.append(nfc)
                values.append(newValue)
            } else {
                values[k] = newValue
            }
            guard newValue != nil else { return }
            starts.insertInitial(of: key)
            longest = Swift.max(longest, key.count)
            var units = key.utf16.makeIterator()
            if let a = units.next(), a < 0x80 {
                if let b = units.next() {
                    if b < 0x80 { asciiPairs[Int(a << 7 | b) >> 6] |= 1 << UInt64((a << 7 | b) & 63) }
                } else {
                    asciiSingles.insert(a)
                }
            }
        }
    }

    var keys: Dictionary<String, Value>.Keys { entries.keys }
    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    func makeIterator() -> Dictionary<String, Value>.Iterator { entries.makeIterator() }

    func filter(_ isIncluded: ((key: String, value: Value)) -> Bool) -> PhraseTable {
        PhraseTable(entries.filter(isIncluded))
    }

    /// Whether an entry may begin with this unit (removed entries may leave a unit marked).
    func mayStart(with unit: UInt16) -> Bool {
        starts.contains(unit)
    }

    /// Whether an entry may be what the text folds to from offset `i` on. Keys are folded
    /// (lowercased): a candidate that begins with two ASCII units begins, folded, with the
    /// same two in lower case, or is one unit long.
    @inline(__always)
    func mayStart(at i: Int, in s: TextScanner) -> Bool {
        guard i >= 0, i < s.n, starts.contains(s.t[i]) else { return false }
        let a = s.t[i]
        guard a < 0x80 else { return true }
        let la = ASCIIUnit.lowercased(a)
        if asciiSingles.contains(la) { return true }
        guard i + 1 < s.n else { return false }
        let b = s.t[i + 1]
        guard b < 0x80 else { return true }
        let lb = ASCIIUnit.lowercased(b)
        let bit = la << 7 | lb
        return asciiPairs[Int(bit) >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

extension PhraseTable: Sendable where Value: Sendable {}

extension PhraseTable {
    /// The entry whose key is `units` lowercased (ASCII units only), given the hash of that
    /// lowercased form (`UnitKeyIndex.hash`).
    @inline(__always)
    func entry(asciiLowercasing units: UnsafeBufferPointer<UInt16>, hash: UInt64) -> (value: Value, key: String)? {
        let found = index.find(hash: hash) { stored in
            guard stored.count == units.count else { return false }
            for k in 0..<units.count where stored[k] != ASCIIUnit.lowercased(units[k]) { return false }
            return true
        }
        guard let k = found, let value = values[k] else { return nil }
        return (value, keyList[k])
    }
}

extension TextScanner {
    /// `longestMatch` over a phrase table: positions no entry can begin at are turned away at once.
    /// Candidates of ASCII units are looked up by their units: the hashes of every length are
    /// made in one pass and no candidate string is built. Others are folded as strings.
    func longestMatch<V>(at i: Int, in table: PhraseTable<V>, maxLength: Int? = nil, wordBoundary: Bool = true) -> (value: V, end: Int, key: String)? {
        guard table.mayStart(at: i, in: self) else { return nil }
        let limit = min(maxLength ?? table.longest, n - i)
        guard limit > 0 else { return nil }
        return t.withUnsafeBufferPointer { t in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: limit + 1) { hashes in
                // hashes[length]: the hash of the first `length` units lowercased, while they are ASCII.
                var h = UnitKeyIndex.emptyHash
                var ascii = 0
                while ascii < limit, t[i + ascii] < 0x80 {
                    h = UnitKeyIndex.hash(h, adding: ASCIIUnit.lowercased(t[i + ascii]))
                    ascii += 1
                    hashes[ascii] = h
                }
                return longestMatch(at: i, limit: limit, wordBoundary: wordBoundary) { end in
                    let length = end - i
                    if length <= ascii { return table.entry(asciiLowercasing: UnsafeBufferPointer(rebasing: t[i..<end]), hash: hashes[length]) }
                    let key = foldedKeepingDot(i..<end)
                    return table[key].map { ($0, key) }
                }
            }
        }
    }
}
