/// Rule listings for `translint rules`, `translint explain` and the generated docs/rules.md.
public enum RuleDocs {
    static func oneLine(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        // The first sentence: a full stop before a capital, not the dot of "a.m." or "U.S.".
        var search = flat.startIndex
        while let dot = flat.range(of: ". ", range: search..<flat.endIndex) {
            let next = flat[dot.upperBound...].first
            let wordBefore = flat[..<dot.lowerBound].split(separator: " ").last ?? ""
            if next?.isUppercase == true && !wordBefore.contains(".") && wordBefore.count > 1 {
                return String(flat[..<dot.lowerBound]) + "."
            }
            search = dot.upperBound
        }
        return flat
    }

    /// `id  level  one-line description`, one rule a line.
    public static func list(_ rules: [Rule]) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        return rules.sorted { $0.id < $1.id }.map { r in
            r.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + r.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + oneLine(r.description)
        }.joined(separator: "\n") + "\n"
    }

    public static func explain(_ rule: Rule) -> String {
        var out = "\(rule.id): \(rule.name)\n"
        out += "kind: \(rule.kindName), category: \(rule.category.rawValue), level: \(rule.level.rawValue), file: \(rule.path)\n\n"
        out += rule.description + "\n\nmessage: " + rule.message + "\n"
        out += "\nflags (the ⟦marked⟧ text):\n" + rule.examples.triggering.map { "  - " + $0.marked + ($0.language.map { " [\($0)]" } ?? "") }.joined(separator: "\n")
        out += "\nleaves alone:\n" + rule.examples.nonTriggering.map { "  - " + $0.marked + ($0.language.map { " [\($0)]" } ?? "") }.joined(separator: "\n")
        return out + "\n"
    }

    /// docs/rules.md, generated from the rule files: `translint rules --format markdown`.
    public static func markdown(_ rules: [Rule]) -> String {
        var out = "# Rules of the default pack\n\n"
        out += "Generated from `rules/*.yaml` by `swift run translint rules --format markdown > docs/rules.md`; a test fails when this file is stale.\n\n"
        out += "| id | level | category | kind | what it finds |\n| --- | --- | --- | --- | --- |\n"
        for r in rules.sorted(by: { $0.id < $1.id }) {
            out += "| [`\(r.id)`](#\(r.id.replacingOccurrences(of: ".", with: ""))) | \(r.level.rawValue) | \(r.category.rawValue) | `\(r.kindName)` | \(oneLine(r.description).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for r in rules.sorted(by: { $0.id < $1.id }) {
            out += "\n## \(r.id)\n\n**\(r.name)** — `kind: \(r.kindName)`, level `\(r.level.rawValue)`, category `\(r.category.rawValue)`.\n\n"
            out += r.description + "\n\nMessage: `" + r.message + "`\n\nFlags (the marked text):\n\n"
            out += r.examples.triggering.map { "- `" + $0.marked.replacingOccurrences(of: "`", with: "'") + "`" + ($0.language.map { " (\($0))" } ?? "") }.joined(separator: "\n")
            out += "\n\nLeaves alone:\n\n"
            out += r.examples.nonTriggering.map { "- `" + $0.marked.replacingOccurrences(of: "`", with: "'") + "`" + ($0.language.map { " (\($0))" } ?? "") }.joined(separator: "\n")
            out += "\n"
        }
        return out
    }
}
