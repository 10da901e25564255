import Foundation
import ICUKit

/// Names that translations translate rather than transliterate, from CLDR through ICU:
/// regions, continents and unions (中美洲 = Central America, 美国 = US) and languages, whose
/// English names are also the adjectives (французский = French), in every language ICU has. For a target-language name it gives the source-language forms to look for.
final class NameGazetteer: @unchecked Sendable {
    /// Target-language name key -> source-language forms (lowercased).
    private var forms: [String: [String]] = [:]
    /// The target language's names of the places, longest first, as written (比利时, 中美洲):
    /// for finding places in texts whose names are not found by capitals.
    private(set) var placeNames: [String] = []
    /// The same as UTF-16, by first code unit, longest first: one pass over a text finds them.
    private var placesByFirstUnit: [UInt16: [[UInt16]]] = [:]
    /// `placeNames` as a set, for prefix look-ups.
    private var placeNameSet: Set<String> = []
    /// Target-language name keys, for prefix matches of adjectives ("Colombian").
    private var targetKeys: [String] = []

    private static let cache = LockedCache<String, NameGazetteer>()

    static func between(source: String, target: String) -> NameGazetteer {
        // By base language, and only languages ICU knows: junk tags share the root's names.
        func base(_ tag: String) -> String {
            let canonical = Lexicon.canonicalTag(tag)
            // A bare code (the usual case) is its own base: no split.
            guard canonical.utf8.contains(0x2D) else { return canonical.isEmpty ? "und" : canonical }
            return String(canonical.split(separator: "-").first ?? "und")
        }
        let (s, t) = (base(source), base(target))
        return cache.value(for: s + ">" + t) { NameGazetteer(source: s, target: t) }
    }

    private init(source: String, target: String) {
        let sourceNames = [false, true].map { DisplayNames.regionNames(in: source, short: $0) }
        let targetNames = [false, true].map { DisplayNames.regionNames(in: target, short: $0) }
        let sourceExtras = LexicalData.extraPlaceNames[source] ?? [:], targetExtras = LexicalData.extraPlaceNames[target] ?? [:]
        for code in DisplayNames.regionCodes {
            let sourceForms = (sourceNames.compactMap { $0[code] } + (sourceExtras[code] ?? [])).map { $0.lowercased() }
            guard !sourceForms.isEmpty else { continue }
            for name in targetNames.compactMap({ $0[code] }) + (targetExtras[code] ?? []) {
                let key = NameKeys.key(name)
                guard key.count >= 2 else { continue }
                if name.count >= 2 { placeNames.append(name) }
                forms[key, default: []].append(contentsOf: sourceForms)
                // Initials stand for the name in English text: UAE, EU.
                // (Split on the bytes when they allow it: a Character split of every region
                // name cost 7,000 instructions a name.)
                let words = TargetWords.split(name[...], at: 0x20).filter { $0.first?.isUppercase == true }
                if words.count >= 2 {
                    forms[NameKeys.key(String(words.compactMap(\.first))), default: []].append(contentsOf: sourceForms)
                }
            }
        }
        // Major cities: CLDR's exemplar cities of time zones (Europe/Rome: Rom, 罗马). Not
        // Antarctic stations and not the sub-zones of US states (Casey, Davis, Center, Knox
        // are persons and words more often than places).
        let sourceCities = DisplayNames.exemplarCities(in: source), targetCities = DisplayNames.exemplarCities(in: target)
        // (Zone ids are ASCII: their bytes are split, the Character split cost 7,000
        // instructions a zone, 30 M for six languages.)
        for (zone, name) in targetCities where !zone.hasPrefix("Antarctica/") && zone.utf8.split(separator: 0x2F).count == 2 {
            guard let sourceForm = sourceCities[zone] else { continue }
            let key = NameKeys.key(name)
            guard key.count >= 3 else { continue }
            placeNames.append(name)
            forms[key, default: []].append(sourceForm.lowercased())
        }
        for code in DisplayNames.languageCodes where code.count == 2 {
            guard let sourceName = DisplayNames.language(code, in: source), sourceName != code,
                  let name = DisplayNames.language(code, in: target), name != code else { continue }
            let key = NameKeys.key(name)
            guard key.count >= 4 else { continue }
            forms[key, default: []].append(sourceName.lowercased())
        }
        // Chinese, Japanese and Korean do not inflect names, and their keys are readings: 装机
        // (zhuangji) is not 壮语 (zhuangyu).
        targetKeys = ["zh", "ja", "ko"].contains(target) ? [] : forms.keys.filter { $0.count >= 4 }.sorted()
        // (Lengths counted once: String.count walks the characters.)
        let counted: [(name: String, count: Int)] = Set(placeNames).map { ($0, $0.count) }
        placeNames = counted.sorted { a, b in a.count != b.count ? a.count > b.count : a.name < b.name }.map(\.name)
        for name in placeNames where name.utf8.contains(0x20) {
            let wordKeys = TargetWords.split(name[...], at: 0x20).map { NameKeys.key(String($0)) }
            guard let first = wordKeys.first else { continue }
            multiWordPlaces[String(first.prefix(4)), default: []].append((name, wordKeys))
        }
        for name in placeNames {
            let units = Array(name.utf16)
            if let first = units.first { placesByFirstUnit[first, default: []].append(units) }
        }
        placeNameSet = Set(placeNames)
    }

    /// The longest place name that `text` begins with and that leaves at least `rest`
    /// characters after it: the first such in `placeNames`, which is sorted longest first.
    /// (Each prefix of the text is looked up, rather than every place name tried as a prefix:
    /// that scan cost 700,000 instructions a Chinese name.)
    func longestPlacePrefix(of text: String, leaving rest: Int) -> String? {
        let count = text.count
        guard count - rest >= 1 else { return nil }
        for length in stride(from: count - rest, through: 1, by: -1) {
            let prefix = String(text.prefix(length))
            if placeNameSet.contains(prefix) { return prefix }
        }
        return nil
    }

    /// Whether a name is one of these places or languages itself, or an inflected form of one
    /// (России for Россия): at most two letters longer, differing at most in the last two of
    /// the place's, with at most one consonant in its ending (Schwestern is not Schweiz,
    /// Франциск not Франция).
    func knows(_ key: String) -> Bool {
        if forms[key] != nil { return true }
        guard key.count >= 5 else { return false }
        return keysSharingFirstFourLetters(with: key).contains { Self.inflects($0, as: key, sharing: 5) }
    }

    /// Whether `key` is the place key `placeKey` with another ending: sharing all but its last
    /// two letters (at least `sharing`), at most two letters longer, with at most one consonant
    /// in the ending (Singapurs, России, Москве; not Франциск).
    static func inflects(_ placeKey: String, as key: String, sharing: Int) -> Bool {
        let shared = zip(placeKey, key).prefix { $0 == $1 }.count
        let ending = key.dropFirst(shared).filter { !"aeiouy".contains($0) }
        return shared >= max(sharing, placeKey.count - 2) && key.count <= placeKey.count + 2 && ending.count <= 1
    }

    /// The places written at `offset` of a text, longest first.
    func places(at offset: Int, in text: [UInt16]) -> LazyFilterSequence<[[UInt16]]> {
        (placesByFirstUnit[text[offset]] ?? []).lazy.filter { offset + $0.count <= text.count && text[offset..<(offset + $0.count)].elementsEqual($0) }
    }

    /// The place of several words whose every word is this name's word inflected ("der
    /// Vereinten Nationen" for Vereinte Nationen), as the gazetteer writes it; nil if none.
    func inflectedPlace(_ words: [String]) -> String? {
        guard words.count >= 2, !targetKeys.isEmpty else { return nil }
        let keys = words.map { NameKeys.key($0) }
        func sameWord(_ placeWord: String, _ key: String) -> Bool { placeWord == key || Self.inflects(placeWord, as: key, sharing: 4) }
        // Every word shares its first four letters with the place's (or is it), so the places
        // are looked up by those of the first word.
        let candidates = multiWordPlaces[String(keys[0].prefix(4))] ?? []
        return candidates.first { place in
            place.wordKeys.count == keys.count && zip(place.wordKeys, keys).allSatisfy(sameWord)
        }?.name
    }

    /// The places of several words, with their words' keys (made with the gazetteer: it is
    /// shared between threads).
    private var multiWordPlaces: [String: [(name: String, wordKeys: [String])]] = [:]

    /// The keys that begin with the same four letters as `key`: one block of the sorted keys.
    private func keysSharingFirstFourLetters(with key: String) -> ArraySlice<String> {
        let prefix = String(key.prefix(4))
        var lo = 0, hi = targetKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if targetKeys[mid] < prefix { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < targetKeys.count && targetKeys[end].hasPrefix(prefix) { end += 1 }
        return targetKeys[lo..<end]
    }

    /// The source-language forms of a target-language name: exact key, or a region name it
    /// extends ("Colombian" -> Colombia, "Italian" -> Italy's "ital").
    func sourceForms(of key: String) -> [String] {
        var found = forms[key] ?? []
        guard key.count >= 5 else { return found }
        for k in keysSharingFirstFourLetters(with: key) {
            guard k != key else { continue }
            let shared = zip(k, key).prefix { $0 == $1 }.count
            if shared >= max(4, k.count - 2) && key.count <= k.count + 4 { found += forms[k] ?? [] }
        }
        return found
    }
}
