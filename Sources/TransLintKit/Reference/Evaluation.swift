import Foundation
import ICUKit

extension Checker {
    /// Checks one translated text against its source text (a bilingual segment).
    public func checkPair(source: String, sourceLanguage: String, target: String, targetLanguage: String = "en",
                          articleDate: String? = nil, path: String = "<segment>") throws -> [Finding] {
        let sourceDocument = try Document(text: source, path: path + "#source", language: sourceLanguage)
        let targetDocument = try Document(text: target, path: path, language: targetLanguage)
        var context = CheckContext(language: targetLanguage, articleDate: articleDate)
        context.source = SourceReference(sourceDocument, articleDate: context.calendarDate)
        return check(targetDocument, context: context)
    }
}

/// Scores translint on a JSONL file in the format of DEMETR (shared/eval/README.md): recall
/// per category on the `bad` translations, false alarms on `good` and `reference`.
public struct Evaluation {
    public struct Case: Sendable {
        public var id: String
        public var lang: String
        public var category: String
        public var note: String
        public var source: String
        public var reference: String?
        public var good: String?
        public var bad: String?

        /// The category a recall figure is kept under: name cases split by perturbation.
        public var scoreCategory: String {
            guard category == "name" else { return category }
            if note.contains("removed") { return "name (removed)" }
            if note.contains("replaced") { return "name (replaced)" }
            return "name"
        }
    }

    public static let scoredCategories: Set<Category> = [.number, .date, .name, .unit]

    public static func load(_ path: String) throws -> [Case] {
        let bytes = try FileReading.read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(path: path, message: "not UTF-8")
        }
        var cases: [Case] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let source = o["source"] as? String else {
                throw InputError(path: path, message: "not a JSON object with a \"source\"", line: i + 1)
            }
            cases.append(Case(id: o["id"] as? String ?? "\(i + 1)", lang: o["lang"] as? String ?? "und",
                              category: o["category"] as? String ?? "none", note: o["note"] as? String ?? "",
                              source: source, reference: o["reference"] as? String, good: o["good"] as? String, bad: o["bad"] as? String))
        }
        return cases
    }

    public struct Score: Sendable {
        public var flagged = 0
        public var total = 0
        public init() {}
        public var rate: Double { total == 0 ? 0 : Double(flagged) / Double(total) }
    }

    public struct Scores: Sendable {
        public var recall: [String: Score] = [:]
        public var falseAlarmsGood = Score()
        public var falseAlarmsReference = Score()
        /// Cases flagged or missed, for inspection: (id, which text, findings).
        public var details: [(id: String, text: String, flagged: Bool, findings: [String])] = []
        public init() {}
    }

    /// Whether findings make a text count as flagged: a warning or error in a scored category.
    static func flags(_ findings: [Finding]) -> Bool {
        findings.contains { $0.severity >= .warning && scoredCategories.contains($0.category) }
    }

    public static func score(_ cases: [Case], checker: Checker) -> Scores {
        // Each case on its own, in parallel; results in input order.
        let results = parallelMap(cases) { c -> (bad: [Finding]?, good: [Finding]?, reference: [Finding]?) in
            func run(_ text: String?) -> [Finding]? {
                guard let text else { return nil }
                return try? checker.checkPair(source: c.source, sourceLanguage: c.lang, target: text)
            }
            return c.category == "none" ? (nil, run(c.good), run(c.reference)) : (run(c.bad), nil, nil)
        }
        var scores = Scores()
        for (c, r) in zip(cases, results) {
            func describe(_ f: [Finding]) -> [String] { f.filter { $0.severity >= .warning }.map { "[\($0.rule)] \($0.message)" } }
            if let bad = r.bad {
                let hit = flags(bad)
                scores.recall[c.scoreCategory, default: Score()].total += 1
                if hit { scores.recall[c.scoreCategory]!.flagged += 1 }
                scores.details.append((c.id, "bad", hit, describe(bad)))
            }
            if let good = r.good {
                scores.falseAlarmsGood.total += 1
                if flags(good) { scores.falseAlarmsGood.flagged += 1 }
                scores.details.append((c.id, "good", flags(good), describe(good)))
            }
            if let ref = r.reference {
                scores.falseAlarmsReference.total += 1
                if flags(ref) { scores.falseAlarmsReference.flagged += 1 }
                scores.details.append((c.id, "reference", flags(ref), describe(ref)))
            }
        }
        return scores
    }

    /// The scores as a table; `peer` adds a column (pofilter's figures) when given.
    public static func table(_ scores: Scores, peer: Scores? = nil, peerName: String = "pofilter -t numbers") -> String {
        func pct(_ s: Score) -> String { String(format: "%5.1f%% (%d/%d)", s.rate * 100, s.flagged, s.total) }
        var rows: [(String, Score, Score?)] = []
        for key in scores.recall.keys.sorted() { rows.append(("recall, \(key)", scores.recall[key]!, peer?.recall[key])) }
        var nameAll = Score()
        for (k, v) in scores.recall where k.hasPrefix("name") { nameAll.flagged += v.flagged; nameAll.total += v.total }
        var peerNameAll = Score()
        for (k, v) in peer?.recall ?? [:] where k.hasPrefix("name") { peerNameAll.flagged += v.flagged; peerNameAll.total += v.total }
        if nameAll.total > 0 { rows.append(("recall, name (all)", nameAll, peer == nil ? nil : peerNameAll)) }
        rows.append(("false alarms, good", scores.falseAlarmsGood, peer?.falseAlarmsGood))
        rows.append(("false alarms, reference", scores.falseAlarmsReference, peer?.falseAlarmsReference))
        var out = "| measure | translint |" + (peer == nil ? "" : " \(peerName) |") + "\n"
        out += "| --- | --- |" + (peer == nil ? "" : " --- |") + "\n"
        for (label, s, p) in rows {
            out += "| \(label) | \(pct(s)) |" + (p.map { " \(pct($0)) |" } ?? (peer == nil ? "" : " – |")) + "\n"
        }
        return out
    }
}
