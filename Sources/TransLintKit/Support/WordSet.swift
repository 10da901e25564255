/// A set of words asked about at every word of a text (titles, particles, sentence starters):
/// ASCII words are found by their units in a `UnitKeyIndex`, others in a `Set<String>`, so
/// that membership is what a `Set<String>` answers (canonical equivalence included).
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    private var index = UnitKeyIndex()
    private var others: Set<String> = []
    /// The words as inserted, once each.
    private var words: [String] = []

    init() {}

    init(arrayLiteral words: String...) { self.init(words) }

    init(_ words: some Sequence<String>) {
        for w in words { insert(w) }
    }

    mutating func insert(_ word: String) {
        guard !contains(word) else { return }
        words.append(word)
        let nfc = UnitKeyIndex.indexForm(of: word)
        if nfc.utf8.allSatisfy({ $0 < 0x80 }) { _ = index.insert(UnitKeyIndex.units(of: nfc)) }
        if !word.utf8.allSatisfy({ $0 < 0x80 }) { others.insert(word) }
    }

    func contains(_ word: String) -> Bool {
        guard let found = index.find(ifASCII: word) else { return others.contains(word) }
        return found != nil
    }

    var isEmpty: Bool { words.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
