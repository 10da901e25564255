/// A table of words and phrases (units, scale words, currency names, weekdays) looked up at
/// every position of a text. Besides the entries it keeps which UTF-16 units can begin one,
/// in either case, so that `TextScanner.longestMatch` turns most positions away without
/// building a single candidate string.
struct PhraseTable<Value>: ExpressibleByDictionaryLiteral, Sequence {
    private(set) var entries: [String: Value] = [:]
    /// The UTF-16 units that start an entry (lower- or uppercase).
    private var starts = UnitSet()
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
}

extension PhraseTable: Sendable where Value: Sendable {}

extension TextScanner {
    /// `longestMatch` over a phrase table: positions no entry can begin at are turned away at once.
    func longestMatch<V>(at i: Int, in table: PhraseTable<V>, maxLength: Int? = nil, wordBoundary: Bool = true) -> (value: V, end: Int, key: String)? {
        guard i >= 0, i < n, table.mayStart(with: t[i]) else { return nil }
        return longestMatch(at: i, in: table.entries, maxLength: maxLength ?? table.longest, wordBoundary: wordBoundary)
    }
}
