import Foundation

/// `translint extract`: what translint understood in a file, for people (text) and for tests
/// (JSON, as in the contract).
public struct ExtractReporter {
    public let document: Document
    public let extraction: Extraction

    public init(document: Document, extraction: Extraction) {
        self.document = document
        self.extraction = extraction
    }

    func place(_ r: Range<Int>) -> FileSpan { document.location(ofOriginal: document.originalRange(ofNormalized: r)) }
    func original(_ r: Range<Int>) -> String { document.originalString(document.originalRange(ofNormalized: r)) }

    public func json() -> String {
        let mentions: [JSONValue] = extraction.mentions.map { mention in
            let span = place(mention.range)
            var fields: [(String, JSONValue)] = []
            func common(_ kind: String) {
                fields += [("kind", .string(kind)), ("text", .string(original(mention.range))),
                           ("line", .int(span.line)), ("column", .int(span.column)),
                           ("endLine", .int(span.endLine)), ("endColumn", .int(span.endColumn))]
            }
            switch mention {
            case .number(let n):
                common("number")
                if let max = n.max {
                    fields += [("min", .string(n.value.plainString)), ("max", .string(max.plainString))]
                } else {
                    fields.append(("value", .string(n.value.plainString)))
                }
                if n.precision != 0 { fields.append(("precision", .string(n.precision.plainString))) }
                if let u = n.unit { fields.append(("unit", .string(u))) }
                if let q = n.qualifier { fields.append(("qualifier", .string(q.rawValue))) }
                if n.isOrdinal { fields.append(("ordinal", .bool(true))) }
                if n.isFraction { fields.append(("fraction", .bool(true))) }
                if n.isSpelledOut { fields.append(("spelledOut", .bool(true))) }
                if n.isWeak { fields.append(("weak", .bool(true))) }
                if n.usesForeignNotation { fields.append(("foreignNotation", .bool(true))) }
                if let r = n.notAQuantity { fields.append(("notAQuantity", .string(r.rawValue))) }
            case .date(let d):
                common("date")
                fields.append(("value", .optional(d.isoValue)))
                fields.append(("precision", .string(d.precision.rawValue)))
                if let w = d.weekday { fields.append(("weekday", .string(w.englishName))) }
                if d.isRelative { fields.append(("relative", .bool(true))) }
                if d.isAmbiguous { fields.append(("ambiguous", .bool(true))) }
            case .name(let n):
                common("name")
                fields += [("key", .string(n.key)), ("phonetic", .string(n.phonetic))]
                if let r = n.role { fields.append(("role", .string(r))) }
                if let f = n.fullForm { fields.append(("fullForm", .string(f))) }
                if n.isUncertain { fields.append(("uncertain", .bool(true))) }
            }
            return .object(fields)
        }
        return JSONValue.object([
            ("path", .string(document.path)), ("lang", .string(document.language)), ("mentions", .array(mentions)),
        ]).serialized(pretty: true) + "\n"
    }

    public func text() -> String {
        var out = ""
        for mention in extraction.mentions {
            let span = place(mention.range)
            let where_ = "\(document.path):\(span.line):\(span.column)"
            let text = original(mention.range)
            switch mention {
            case .number(let n):
                var value = n.max.map { "\(n.value.plainString)–\($0.plainString)" } ?? n.value.plainString
                if let u = n.unit { value += " \(u)" }
                var notes: [String] = []
                if let q = n.qualifier { notes.append(q.rawValue) }
                if n.isOrdinal { notes.append("ordinal") }
                if n.isWeak { notes.append("weak") }
                if let r = n.notAQuantity { notes.append("not a quantity: \(r.rawValue)") }
                out += "\(where_): number \"\(text)\" = \(value)\(notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")\n"
            case .date(let d):
                var value = d.isoValue ?? "?"
                if let w = d.weekday { value += ", \(w.englishName)" }
                out += "\(where_): date \"\(text)\" = \(value)\(d.isRelative ? " (relative)" : "")\n"
            case .name(let n):
                out += "\(where_): name \"\(text)\" key=\(n.key) sound=\(n.phonetic)\(n.role.map { " role=\"\($0)\"" } ?? "")\(n.fullForm.map { " = \"\($0)\"" } ?? "")\n"
            }
        }
        return out
    }
}

extension Languages {
    /// The languages `guess` can give, in the order that breaks a tie.
    static let guessable = ["ja", "zh", "ko", "ru", "ar", "hi", "en"]

    /// The language of a text from its letters, when nothing else says: Han -> zh, kana -> ja,
    /// Hangul -> ko, Cyrillic -> ru, Arabic -> ar, Devanagari -> hi; Latin letters by their
    /// function words (`latinGuess`), else en. Kana count three times (Japanese is written
    /// mostly in Han); on a tie the earlier of `guessable`.
    public static func guess(_ units: [UInt16]) -> String {
        let script = scriptGuess(units)
        return script == "en" ? latinGuess(units) : script
    }

    static func scriptGuess(_ units: [UInt16]) -> String {
        // Counted in integers: a dictionary of counts hashed a string at every letter (35,000
        // instructions a sentence), and its order made ties fall either way from run to run.
        var counts = [Int](repeating: 0, count: guessable.count)
        for u in units.prefix(20_000) {
            switch u {
            case 0x3040...0x30FF: counts[0] += 3
            case 0x4E00...0x9FFF: counts[1] += 1
            case 0xAC00...0xD7AF: counts[2] += 1
            case 0x0400...0x04FF: counts[3] += 1
            case 0x0600...0x06FF: counts[4] += 1
            case 0x0900...0x097F: counts[5] += 1
            case 0x41...0x5A, 0x61...0x7A: counts[6] += 1
            default: break
            }
        }
        guard let best = counts.max(), best > 0, let index = counts.firstIndex(of: best) else { return "en" }
        return guessable[index]
    }
}

extension Languages {
    /// Function words of Latin-script languages: frequent in any running text, and most of
    /// them in one language only (der, und, les, los, della, não, het). Read per word, a text
    /// is given the language with the most, if it has two or more and more than English.
    static let latinFunctionWords: [(language: String, words: Set<String>)] = [
        ("en", ["the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "by", "this", "from", "has", "have", "it", "which", "were", "be", "not"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "auf", "für", "sich", "von", "zu", "im", "auch", "wird", "wurde",
                "sind", "sie", "hatte", "haben", "oder", "noch", "aus", "über", "durch", "nach", "vor", "bei", "wurden", "werden", "mehr", "dass",
                "einen", "einer", "zum", "zur", "wie", "aber", "bis", "als"]),
        ("fr", ["le", "la", "les", "et", "de", "des", "est", "une", "du", "dans", "que", "qui", "pour", "pas", "sur", "au", "aux", "avec", "ce", "ces", "il", "elle",
                "sont", "été", "ont", "à", "en", "leur", "leurs", "vous", "nous", "ou", "mais"]),
        ("es", ["el", "la", "los", "las", "y", "de", "que", "en", "una", "por", "con", "para", "es", "del", "se", "al", "lo", "como", "más", "fue", "su", "sus", "han",
                "ha", "muy", "pero", "tras", "otras", "otros", "había", "año"]),
        ("it", ["il", "la", "gli", "di", "che", "è", "per", "con", "non", "del", "della", "delle", "sono", "nel", "nella", "alla", "alle", "anche", "dei", "degli",
                "ha", "stato", "una", "questo", "questa"]),
        ("pt", ["os", "de", "que", "em", "um", "uma", "do", "da", "não", "para", "com", "por", "no", "na", "dos", "das", "é", "foi", "ao", "pelo", "pela", "também",
                "mas", "seu", "sua", "seus", "suas"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "aan", "er", "ook", "als", "bij", "naar", "om", "werd"]),
    ]

    /// Each function word with the languages it marks, as bits (indices of
    /// `latinFunctionWords`): one look-up a word.
    static let latinFunctionWordLanguages: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for (k, entry) in latinFunctionWords.enumerated() {
            for word in entry.words { table[word, default: 0] |= 1 << UInt8(k) }
        }
        return table
    }()

    /// The Latin-script language of a text by `latinFunctionWords`; en when none stands out
    /// (a short string, a list of names).
    static func latinGuess(_ units: [UInt16]) -> String {
        var counts = [Int](repeating: 0, count: latinFunctionWords.count)
        let table = latinFunctionWordLanguages
        // Words of ASCII and Latin-1 letters (é, è, ü, ã) of six letters at most, lowercased
        // as they are copied into UTF-8 (no function word is longer; String's UTF-16 decoding
        // took 2,000 instructions a word).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { word in
            var letters = 0, bytes = 0
            func count() {
                if letters > 0 && letters <= 6,
                   let languages = table[String(unsafeUninitializedCapacity: bytes) { _ = $0.initialize(from: word[..<bytes]); return bytes }] {
                    for k in counts.indices where languages & (1 << UInt8(k)) != 0 { counts[k] += 1 }
                }
                letters = 0
                bytes = 0
            }
            for u in units.prefix(20_000) {
                let lower: UInt16
                switch u {
                case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: lower = u + 0x20
                case 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: lower = u
                default: count(); continue
                }
                letters += 1
                guard letters <= 6 else { continue }
                if lower < 0x80 {
                    word[bytes] = UInt8(lower)
                    bytes += 1
                } else {
                    word[bytes] = UInt8(0xC0 | (lower >> 6))
                    word[bytes + 1] = UInt8(0x80 | (lower & 0x3F))
                    bytes += 2
                }
            }
            count()
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 2, counts[best] > counts[0] else { return "en" }
        // (max(by:) gives the last of equal counts: a tie between other languages stays en.)
        guard counts.filter({ $0 == counts[best] }).count == 1 else { return "en" }
        return latinFunctionWords[best].language
    }
}
