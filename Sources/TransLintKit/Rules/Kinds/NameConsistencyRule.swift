import Foundation
import ICUKit

/// `kind: name-consistency` — one name written two ways in one document.
///
/// `check` selects what is compared:
/// - `spelling`: words of names whose folded keys are one edit apart (two for long words;
///   a swap of two letters counts as one): "Dickinson" / "Dickenson", "Colombia" / "Columbia".
///   A word that only extends another ("Venezuela" / "Venezuelan") is not a variant.
/// - `diacritics`: the same name with and without diacritics ("Türk" / "Turk").
/// - `confusables`: a word mixing scripts that ICU's confusable skeleton reads as another
///   word ("Hegsеth" with a Cyrillic е).
/// - `role`: one role of two or more words given to two different people.
///
/// The less frequent form is reported (the later one on a tie), with a note at the other.
/// Message fields: `{name}`, `{other}`, `{line}`, `{otherLine}`, `{role}`, `{script}`.
public struct NameConsistencyRule: RuleKind {
    public static let name = "name-consistency"
    public static let optionKeys: Set<String> = ["check", "min-length"]
    public static let messageFields: Set<String> = ["name", "other", "line", "otherLine", "role", "script"]

    enum Check: String { case spelling, diacritics, confusables, role }
    let check: Check
    let minLength: Int

    public init(options: RuleOptions) throws {
        check = Check(rawValue: try options.choice("check", among: ["spelling", "diacritics", "confusables", "role"]))!
        minLength = try options.int("min-length") ?? 5
    }

    struct Token {
        var text: String
        var range: Range<Int>  // normalized
        var key: String
    }

    /// The words of every name, with their normalized ranges.
    func tokens(_ names: [NameMention], in document: Document) -> [Token] {
        var result: [Token] = []
        for name in names {
            var start = name.range.lowerBound
            var i = start
            let end = name.range.upperBound
            while i <= end {
                let boundary = i == end || document.normalized[i] == 0x20 || document.normalized[i] == 0x2D
                if boundary {
                    if i > start {
                        let text = document.normalizedString(start..<i)
                        result.append(Token(text: text, range: start..<i, key: NameKeys.key(text)))
                    }
                    start = i + 1
                }
                i += 1
            }
        }
        return result
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let extraction = context.mentions(in: document)
        switch check {
        case .role: return roleConflicts(extraction.names, document)
        case .confusables: return confusables(document)
        case .spelling, .diacritics: break
        }
        let table: FormTable
        if let cached = context.nameFormCache?.forms {
            table = cached
        } else {
            table = formTable(extraction.names, in: document)
            context.nameFormCache?.forms = table
        }
        // A group's words share their text, so their key: a minimum length keeps or drops
        // whole groups, in the same order. (Keys are ASCII: their UTF-8 length is their
        // length, without walking characters.)
        let minimum = check == .diacritics ? 2 : minLength
        let kept = table.groups.indices.filter { table.forms[$0].bytes.count >= minimum }
        let groups = kept.map { table.groups[$0] }
        let forms = kept.map { table.forms[$0] }
        var matches: [RuleMatch] = []
        var reported: Set<String> = []
        for ai in groups.indices {
            let (a, oa) = (groups[ai].key, groups[ai].value)
            for bi in (ai + 1)..<groups.count {
                let related: Bool
                switch check {
                case .diacritics:
                    // Only Latin diacritics: a Cyrillic lookalike is the confusables check's.
                    related = forms[ai].id == forms[bi].id && a.lowercased() != groups[bi].key.lowercased()
                        && Self.baseLetters(a) == Self.baseLetters(groups[bi].key)
                default:
                    related = forms[ai].id != forms[bi].id && forms[ai].mayBeVariant(of: forms[bi]) && Self.spellingVariants(forms[ai].key, forms[bi].key)
                }
                guard related else { continue }
                let ob = groups[bi].value
                // Report the rarer form; on a tie, the one that appears later.
                let aIsVariant = oa.count < ob.count || (oa.count == ob.count && oa[0].range.lowerBound > ob[0].range.lowerBound)
                let (variant, standard) = aIsVariant ? (oa, ob) : (ob, oa)
                guard !reported.contains(variant[0].text) else { continue }
                reported.insert(variant[0].text)
                for v in variant {
                    matches.append(RuleMatch(
                        originalRange: document.original(v.range),
                        fields: ["name": v.text, "other": standard[0].text,
                                 "line": String(document.line(ofNormalized: v.range)),
                                 "otherLine": String(document.line(ofNormalized: standard[0].range))],
                        notes: [document.note("\"\(standard[0].text)\" here", at: standard[0].range)]))
                }
            }
        }
        return matches
    }

    /// The words of a document's sure names grouped by their text, sorted, with the key of
    /// each group: what the spelling and diacritics checks compare.
    struct FormTable {
        var groups: [(key: String, value: [Token])]
        var forms: [FormKey]
    }

    func formTable(_ names: [NameMention], in document: Document) -> FormTable {
        let words = tokens(names.filter { !$0.isUncertain }, in: document)
        // Every pair of forms is compared: index them once rather than look them up per pair,
        // with what the comparison asks of each form worked out once (a corpus article has a
        // hundred forms, so some 5,000 pairs; Character and String look-ups per pair were
        // 10% of a corpus run).
        let groups = Self.groupedByText(words)
        // Equal keys get equal ids: found by a scan among a few forms, by a dictionary
        // among many.
        var forms: [FormKey] = []
        forms.reserveCapacity(groups.count)
        var keyIDs: [String: Int] = [:]
        if groups.count > Self.fewWords { keyIDs.reserveCapacity(groups.count) }
        for group in groups {
            let key = group.value[0].key
            let id: Int
            if groups.count <= Self.fewWords {
                id = forms.first { $0.key == key }?.id ?? forms.count
            } else {
                id = keyIDs[key] ?? keyIDs.count
                keyIDs[key] = id
            }
            forms.append(FormKey(key: key, id: id, bytes: Array(key.utf8)))
        }
        return FormTable(groups: groups, forms: forms)
    }

    /// Up to this many, words are grouped by sorting and keys numbered by a scan: a sentence
    /// has a few name words, and the two dictionaries made for them were 1.5% of a
    /// 20,000-pair run.
    static let fewWords = 24

    /// The words grouped by text, each group in text order, the groups sorted by text.
    static func groupedByText(_ words: [Token]) -> [(key: String, value: [Token])] {
        guard words.count <= fewWords else { return groupedByTextInDictionary(words) }
        // Equal texts sort together, each group in text order (ties by index).
        let order = words.indices.sorted { a, b in words[a].text == words[b].text ? a < b : words[a].text < words[b].text }
        var groups: [(key: String, value: [Token])] = []
        for i in order {
            if let last = groups.last, last.key == words[i].text {
                groups[groups.count - 1].value.append(words[i])
            } else {
                groups.append((words[i].text, [words[i]]))
            }
        }
        return groups
    }

    static func groupedByTextInDictionary(_ words: [Token]) -> [(key: String, value: [Token])] {
        var byText: [String: [Token]] = [:]
        byText.reserveCapacity(words.count)
        for w in words { byText[w.text, default: []].append(w) }
        return byText.sorted { $0.key < $1.key }
    }

    /// The letters without their diacritics (NFD, combining marks removed), case kept.
    static func baseLetters(_ s: String) -> String {
        let decomposed = (try? Normalizer.nfd.normalize(s)) ?? s
        return String(decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.map(Character.init))
    }

    /// A name key with what the spelling comparison tests first.
    struct FormKey {
        let key: String
        /// Equal keys, equal ids.
        let id: Int
        let bytes: [UInt8]

        /// False when `spellingVariants` is sure to be: lengths too far apart, or different
        /// ASCII first letters. Decided on bytes, before any Character is made.
        func mayBeVariant(of other: FormKey) -> Bool {
            let (m, n) = (bytes.count, other.bytes.count)
            guard m > 0, n > 0, abs(m - n) <= (min(m, n) >= 9 ? 2 : 1) else { return false }
            let (x, y) = (bytes[0], other.bytes[0])
            return x == y || x >= 0x80 || y >= 0x80
        }
    }

    /// One edit apart (two for words of nine letters or more), a swap counting as one edit, and
    /// neither a prefix of the other.
    static func spellingVariants(_ a: String, _ b: String) -> Bool {
        if a.hasPrefix(b) || b.hasPrefix(a) { return false }
        let allowed = min(a.utf8.count, b.utf8.count) >= 9 ? 2 : 1
        guard abs(a.utf8.count - b.utf8.count) <= allowed else { return false }
        // First letters must agree: "Iran" / "Oran" are different places.
        guard a.first == b.first else { return false }
        return Self.optimalStringAlignment(a, b) <= allowed
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit.
    static func optimalStringAlignment(_ a: String, _ b: String) -> Int {
        // ASCII (name keys) is compared byte by byte; anything else by Character.
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            return optimalStringAlignment(Array(a.utf8), Array(b.utf8))
        }
        return optimalStringAlignment(Array(a), Array(b))
    }

    static func optimalStringAlignment<T: Equatable>(_ x: [T], _ y: [T]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        // One flat table, row i at i * width.
        let width = y.count + 1
        var d = [Int](repeating: 0, count: (x.count + 1) * width)
        for i in 0...x.count { d[i * width] = i }
        for j in 0...y.count { d[j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    v = min(v, d[(i - 2) * width + j - 2] + 1)
                }
                d[i * width + j] = v
            }
        }
        return d[x.count * width + y.count]
    }

    /// Words that mix letters of two scripts, such as Latin with a Cyrillic lookalike.
    func confusables(_ document: Document) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        let text = document.normalized
        var i = 0
        while i < text.count {
            // ASCII decided without Unicode properties (300 instructions a look-up: 2% of a
            // corpus run when asked of every space and digit).
            let u = text[i]
            guard u < 0x80 ? ASCIIUnit.isLetter(u) : Unicode.Scalar(u)?.properties.isAlphabetic == true else { i += 1; continue }
            var j = i
            var scripts: [Script: Int] = [:]
            // ASCII letters are Latin without asking ICU; the table is only filled from the first
            // other letter on.
            var asciiLetters = 0
            while j < text.count {
                let u = text[j]
                if u < 0x80 {
                    guard ASCIIUnit.isLetter(u) else { break }
                    asciiLetters += 1
                    j += 1
                    continue
                }
                guard let c = Unicode.Scalar(u), c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark else { break }
                let sc = Script.of(c)
                if sc != .common && sc != .inherited { scripts[sc, default: 0] += 1 }
                j += 1
            }
            if asciiLetters > 0 && !scripts.isEmpty { scripts[.latin, default: 0] += asciiLetters }
            if scripts.count >= 2 {
                let word = document.normalizedString(i..<j)
                // The minority script is the intruder: "Hegsеth" is Latin with one Cyrillic е.
                let minority = scripts.min { $0.value < $1.value }!.key
                let majority = scripts.max { $0.value < $1.value }!.key
                if let skeleton = try? ConfusableSkeleton.shared.skeleton(word),
                   skeleton.unicodeScalars.allSatisfy({ Script.of($0) == majority || Script.of($0) == .common || Script.of($0) == .inherited }) {
                    matches.append(RuleMatch(originalRange: document.original(i..<j),
                                             fields: ["name": word, "other": skeleton, "script": minority.name,
                                                      "line": String(document.line(ofNormalized: i..<j)), "otherLine": "", "role": ""]))
                }
            }
            i = max(j, i + 1)
        }
        return matches
    }

    func roleConflicts(_ names: [NameMention], _ document: Document) -> [RuleMatch] {
        var firstHolder: [String: NameMention] = [:]
        var matches: [RuleMatch] = []
        for name in names {
            guard let role = name.role, role.split(separator: " ").count >= 2 else { continue }
            let key = role.lowercased()
            guard let first = firstHolder[key] else { firstHolder[key] = name; continue }
            let same = first.key == name.key || first.text.hasSuffix(name.text) || name.text.hasSuffix(first.text)
                || name.fullForm == first.text || first.fullForm == name.text
            if !same {
                matches.append(RuleMatch(
                    originalRange: document.original(name.range),
                    fields: ["name": name.text, "other": first.text, "role": role,
                             "line": String(document.line(ofNormalized: name.range)),
                             "otherLine": String(document.line(ofNormalized: first.range))],
                    notes: [document.note("\(role) \(first.text) here", at: first.range)]))
            }
        }
        return matches
    }
}
