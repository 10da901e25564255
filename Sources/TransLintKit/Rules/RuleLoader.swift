import Foundation
import ICUKit

/// Reads rule files strictly: an unknown key or kind, a bad level, category or option, or a
/// rule without examples is an error that names `file:line:column`.
public enum RuleLoader {
    static let ruleKeys: Set<String> = [
        "id", "name", "description", "kind", "category", "level", "message", "options", "examples", "aliases",
    ]
    static let exampleKeys: Set<String> = ["triggering", "non-triggering"]
    static let exampleEntryKeys: Set<String> = ["text", "language", "date", "source", "source-language", "facts"]

    /// One rule from the text of its file.
    public static func load(yaml: String, path: String, validateFacts: Bool = true) throws -> Rule {
        guard let root = try YAMLNode.parse(yaml, path: path) else {
            throw DataFileError(path: path, line: 1, column: 1, message: "empty rule file")
        }
        let f = try root.fields(allowed: ruleKeys, context: "a rule")
        func required(_ key: String) throws -> YAMLNode {
            guard let n = f[key] else { throw root.error("missing key '\(key)'") }
            return n
        }
        let id = try required("id").string("id")
        guard id.range(of: #"^[a-z0-9]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$"#, options: .regularExpression) != nil else {
            throw try required("id").error("id '\(id)' must be namespaced like 'script.residue' (lowercase, dots and hyphens)")
        }
        let kindNode = try required("kind")
        let kindName = try kindNode.string("kind")
        guard let kindType = RuleKinds.byName[kindName] else {
            let known = RuleKinds.byName.keys.sorted().joined(separator: ", ")
            throw kindNode.error("unknown kind '\(kindName)' (known: \(known))")
        }
        let categoryNode = try required("category")
        guard let category = Category(rawValue: try categoryNode.string("category")) else {
            throw categoryNode.error("category must be one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let levelNode = try required("level")
        guard let level = Severity(rawValue: try levelNode.string("level")) else {
            throw levelNode.error("level must be error, warning or info")
        }
        let messageNode = try required("message")
        let message = try messageNode.string("message")
        for placeholder in MessageTemplate.placeholders(in: message) where !kindType.messageFields.contains(placeholder) {
            throw messageNode.error("message uses {\(placeholder)}, which kind '\(kindName)' does not provide (it provides \(kindType.messageFields.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
        }
        var options = RuleOptions.empty
        if let o = f["options"] {
            options = RuleOptions(entries: try o.fields(allowed: kindType.optionKeys, context: "options of kind '\(kindName)'"), owner: o)
        }
        let kind: any RuleKind
        do {
            kind = try kindType.init(options: options)
        } catch let e as DataFileError {
            throw e
        } catch {
            throw (f["options"] ?? kindNode).error("bad options: \(error)")
        }
        let examples = try loadExamples(f["examples"], root: root, validateFacts: validateFacts)
        return Rule(
            id: id, name: try required("name").string("name"), description: try required("description").string("description"),
            kindName: kindName, category: category, level: level, message: message, examples: examples,
            aliases: try f["aliases"]?.stringList("aliases") ?? [], path: path, kind: kind)
    }

    static func loadExamples(_ node: YAMLNode?, root: YAMLNode, validateFacts: Bool) throws -> RuleExamples {
        guard let node else { throw root.error("missing key 'examples': every rule needs triggering and non-triggering examples") }
        let f = try node.fields(allowed: exampleKeys, context: "examples")
        func entries(_ key: String) throws -> [RuleExamples.Example] {
            guard let list = f[key] else { throw node.error("examples need at least one '\(key)' example") }
            let items = try list.list("examples.\(key)")
            if items.isEmpty { throw list.error("examples need at least one '\(key)' example") }
            return try items.map { item in
                if case .scalar = item.node {
                    return RuleExamples.Example(marked: try item.string("example"), language: nil, date: nil, source: nil, sourceLanguage: nil, factsNode: nil, line: item.line)
                }
                let e = try item.fields(allowed: exampleEntryKeys, context: "an example")
                guard let text = e["text"] else { throw item.error("an example needs 'text'") }
                let date = try e["date"]?.string("date")
                if let date, CalendarDate(iso: date) == nil { throw e["date"]!.error("date must be YYYY-MM-DD") }
                // A user's rule file gets its example fact sheets checked now; the built-in
                // pack's are checked by the tests that run them.
                if validateFacts, let facts = e["facts"] { _ = try FactSheet.parse(facts) }
                return RuleExamples.Example(marked: try text.string("text"), language: try e["language"]?.string("language"), date: date,
                                            source: try e["source"]?.string("source"), sourceLanguage: try e["source-language"]?.string("source-language"),
                                            factsNode: e["facts"], line: item.line)
            }
        }
        let triggering = try entries("triggering")
        for example in triggering where RuleExamples.unmark(example.marked).spans.isEmpty {
            throw DataFileError(path: root.path, line: example.line, column: nil, message: "a triggering example must mark the expected span with ⟦…⟧")
        }
        return RuleExamples(triggering: triggering, nonTriggering: try entries("non-triggering"))
    }

    /// Every `*.yaml` rule file in a directory, sorted by name; ids must be unique.
    public static func loadDirectory(_ directory: String) throws -> [Rule] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw DataFileError(path: directory, line: nil, column: nil, message: "rule directory cannot be read")
        }
        var rules: [Rule] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            rules.append(try load(yaml: try FileReading.readText(path, what: "rule file"), path: path))
        }
        return rules
    }

    /// The files of the default pack, compiled into the binary from `rules/` by
    /// scripts/embed-rules.sh.
    public static func builtinFiles() -> [(name: String, yaml: String)] {
        BuiltinRuleFiles.encoded.map { file in
            let yaml = Data(base64Encoded: file.base64).flatMap { String(data: $0, encoding: .utf8) } ?? ""
            return (file.name, yaml)
        }
    }

    /// The default pack.
    public static func builtin() throws -> [Rule] {
        try builtinFiles().map { try load(yaml: $0.yaml, path: "rules/" + $0.name, validateFacts: false) }
    }

    /// Rejects two rules with one id.
    public static func checkUnique(_ rules: [Rule]) throws {
        var seen: [String: String] = [:]
        for r in rules {
            if let first = seen[r.id] {
                throw DataFileError(path: r.path, line: nil, column: nil, message: "rule id '\(r.id)' is already defined in \(first)")
            }
            seen[r.id] = r.path
        }
    }
}
