/// A table of words and phrases (units, scale words, currency names, weekdays) looked up at
/// every position of a text. Besides the entries it keeps which UTF-16 units can begin one,
/// in either case, so that `TextScanner.longestMatch` turns most positions away without
/// building a single candidate string.
struct PhraseTable<Value>: ExpressibleByDictionaryLiteral, Sequence {
    private(set) var entries: [String: Value] = [:]
    /// The UTF-16 units that start an entry (lower- or uppercase).
    private var starts = UnitSet()
    /// Entries of one ASCII unit, and the first two units of entries that begin with two
    /// ASCII units, bit (a << 7 | b): two letters turn away far more positions than one
    /// ("the", "to", "was" begin no weekday).
    private var asciiSingles = [UInt64](repeating: 0, count: 2)
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

    subscript(key: String) -> Value? {
        get { entries[key] }
        set {
            entries[key] = newValue
            guard newValue != nil else { return }
            starts.insertInitial(of: key)
            longest = Swift.max(longest, key.count)
            var units = key.utf16.makeIterator()
            if let a = units.next(), a < 0x80 {
                if let b = units.next() {
                    if b < 0x80 { asciiPairs[Int(a << 7 | b) >> 6] |= 1 << UInt64((a << 7 | b) & 63) }
                } else {
                    asciiSingles[Int(a) >> 6] |= 1 << UInt64(a & 63)
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
    func mayStart(at i: Int, in s: TextScanner) -> Bool {
        guard i >= 0, i < s.n, starts.contains(s.t[i]) else { return false }
        let a = s.t[i]
        guard a < 0x80 else { return true }
        let la = ASCIIUnit.lowercased(a)
        if asciiSingles[Int(la) >> 6] & (1 << UInt64(la & 63)) != 0 { return true }
        guard i + 1 < s.n else { return false }
        let b = s.t[i + 1]
        guard b < 0x80 else { return true }
        let lb = ASCIIUnit.lowercased(b)
        let bit = la << 7 | lb
        return asciiPairs[Int(bit) >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

extension PhraseTable: Sendable where Value: Sendable {}

extension TextScanner {
    /// `longestMatch` over a phrase table: positions no entry can begin at are turned away at once.
    func longestMatch<V>(at i: Int, in table: PhraseTable<V>, maxLength: Int? = nil, wordBoundary: Bool = true) -> (value: V, end: Int, key: String)? {
        guard table.mayStart(at: i, in: self) else { return nil }
        return longestMatch(at: i, in: table.entries, maxLength: maxLength ?? table.longest, wordBoundary: wordBoundary)
    }
}
