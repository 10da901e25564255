import Foundation
import ICUKit

/// A fact sheet (`--reference`): the figures, names, dates and terms a story must carry. The
/// format is the contract's (docs/reference.md); loading is strict and every error names
/// `file:line:column`.
public struct FactSheet: Sendable {
    public struct Place: Sendable, Equatable { public var line: Int?; public var column: Int? }

    public struct NumberFact: Sendable {
        public var id: String?
        public var text: String
        public var value: Decimal
        public var max: Decimal?
        public var precision: Decimal
        public var unit: String?
        /// Absolute tolerance, or a share of the value when `relative`.
        public var tolerance: Decimal?
        public var relative = false
        public var near: [String]
        public var place: Place
    }

    public struct NameFact: Sendable {
        public var id: String?
        public var name: String
        public var aliases: [String]
        public var source: [String]
        public var place: Place
        public var forms: [String] { [name] + aliases }
    }

    public struct DateFact: Sendable {
        public var id: String?
        public var text: String
        public var year: Int
        public var month: Int?
        public var day: Int?
        public var near: [String]
        public var place: Place
    }

    public struct Term: Sendable {
        public var source: String?
        public var target: String
        public var forbidden: [String]
        public var place: Place
    }

    public var path: String
    public var date: String?
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var numbers: [NumberFact] = []
    public var names: [NameFact] = []
    public var dates: [DateFact] = []
    public var terms: [Term] = []

    static let topKeys: Set<String> = ["date", "source_lang", "target_lang", "facts", "terms"]
    static let factKeys: Set<String> = ["id", "number", "unit", "tolerance", "near", "name", "aliases", "source", "date"]
    static let termKeys: Set<String> = ["source", "target", "forbidden"]

    public static func load(path: String) throws -> FactSheet {
        try parse(try FileReading.readText(path, what: "fact sheet"), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> FactSheet {
        guard let root = try YAMLNode.parse(text, path: path) else { return FactSheet(path: path) }
        return try parse(root)
    }

    static func parse(_ root: YAMLNode) throws -> FactSheet {
        var sheet = FactSheet(path: root.path)
        let top = try root.fields(allowed: topKeys, context: "a fact sheet")
        if let d = top["date"] {
            let s = try d.string("date")
            guard CalendarDate(iso: s) != nil else { throw d.error("date must be YYYY-MM-DD, not '\(s)'") }
            sheet.date = s
        }
        sheet.sourceLanguage = try top["source_lang"]?.string("source_lang")
        sheet.targetLanguage = try top["target_lang"]?.string("target_lang")
        for item in try top["facts"]?.list("facts") ?? [] {
            let f = try item.fields(allowed: factKeys, context: "a fact")
            let place = Place(line: item.line, column: item.column)
            let id = try f["id"]?.string("id")
            let near = try f["near"]?.stringList("near") ?? []
            let kinds = ["number", "name", "date"].filter { f[$0] != nil }
            guard kinds.count == 1 else {
                throw item.error(kinds.isEmpty ? "a fact needs one of number, name or date" : "a fact states one of number, name or date, not \(kinds.joined(separator: " and "))")
            }
            if let n = f["number"] {
                let raw = try n.string("number")
                guard let parsed = parseNumber(raw, language: sheet.sourceLanguage) else {
                    throw n.error("cannot read '\(raw)' as a number (write 14 billion, 14000000000 or 140亿)")
                }
                var fact = NumberFact(id: id, text: raw, value: parsed.value, max: parsed.max, precision: parsed.precision,
                                      unit: try f["unit"]?.string("unit") ?? parsed.unit, near: near, place: place)
                if let t = f["tolerance"] {
                    let ts = try t.string("tolerance").trimmingCharacters(in: .whitespaces)
                    if ts.hasSuffix("%"), let v = Decimal(string: String(ts.dropLast())) {
                        fact.tolerance = v / 100
                        fact.relative = true
                    } else if let v = parseNumber(ts, language: nil) {
                        fact.tolerance = v.value
                    } else {
                        throw t.error("tolerance must be a percentage (5%) or a number, not '\(ts)'")
                    }
                }
                if near.isEmpty { throw item.error("a number fact needs 'near' words to find the sentence that states it") }
                sheet.numbers.append(fact)
            } else if let n = f["name"] {
                sheet.names.append(NameFact(id: id, name: try n.string("name"), aliases: try f["aliases"]?.stringList("aliases") ?? [],
                                            source: try f["source"]?.stringList("source") ?? [], place: place))
            } else if let d = f["date"] {
                let raw = try d.string("date")
                let parts = raw.split(separator: "-").map { Int($0) }
                guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), raw.split(separator: "-").first?.count == 4 else {
                    throw d.error("cannot read '\(raw)' as a date (write 2025-11-11, 2025-11 or 2025)")
                }
                let fact = DateFact(id: id, text: raw, year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil, near: near, place: place)
                if let m = fact.month, !(1...12).contains(m) { throw d.error("no month \(m) in '\(raw)'") }
                if let day = fact.day, !CalendarDate(year: fact.year, month: fact.month!, day: day).exists { throw d.error("'\(raw)' does not exist") }
                if near.isEmpty { throw item.error("a date fact needs 'near' words to find the sentence that states it") }
                sheet.dates.append(fact)
            }
        }
        for item in try top["terms"]?.list("terms") ?? [] {
            let f = try item.fields(allowed: termKeys, context: "a term")
            guard let target = f["target"] else { throw item.error("a term needs 'target'") }
            sheet.terms.append(Term(source: try f["source"]?.string("source"), target: try target.string("target"),
                                    forbidden: try f["forbidden"]?.stringList("forbidden") ?? [], place: Place(line: item.line, column: item.column)))
        }
        return sheet
    }

    /// A number as extraction reads it ("14 billion", 14000000000, "140亿"); nil unless one
    /// quantity covers the whole text.
    static func parseNumber(_ raw: String, language: String?) -> NumberMention? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, let probe = try? Document(text: text, language: "en") else { return nil }
        let lang = language ?? Languages.guess(probe.normalized)
        for l in Set([lang, "en"]) {
            guard let doc = try? Document(text: text, language: l) else { continue }
            let e = Extraction(doc)
            if e.numbers.count == 1, let n = e.numbers.first, n.range == 0..<doc.normalized.count || n.valueRange == 0..<doc.normalized.count {
                return n
            }
            // A bare year-like figure ("2000") is read as a date; as a fact it is a number.
            if e.numbers.isEmpty, e.dates.count == 1, e.dates[0].precision == .year, let y = e.dates[0].year, e.dates[0].range == 0..<doc.normalized.count {
                return NumberMention(range: 0..<doc.normalized.count, text: text, value: Decimal(y), precision: Decimal(string: "0.5")!)
            }
        }
        return nil
    }
}
