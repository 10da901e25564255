/// A rule as loaded from its YAML file: the file's fields plus an instance of its kind.
///
/// A class, not a struct: the checker visits every rule for every document, and copying a
/// struct of ten fields (strings, lists, the kind's box) retained each of them, about 1,200
/// instructions a rule and a tenth of a short sentence pair's check.
public final class Rule: Sendable {
    public let id: String
    public let name: String
    public let description: String
    public let kindName: String
    public let category: Category
    public let level: Severity
    public let message: String
    public let examples: RuleExamples
    /// Earlier ids of this rule, still accepted in configuration.
    public let aliases: [String]
    /// The file it came from (for built-in rules, `rules/<file>`).
    public let path: String
    let kind: any RuleKind

    init(id: String, name: String, description: String, kindName: String, category: Category, level: Severity,
         message: String, examples: RuleExamples, aliases: [String], path: String, kind: any RuleKind) {
        self.id = id
        self.name = name
        self.description = description
        self.kindName = kindName
        self.category = category
        self.level = level
        self.message = message
        self.examples = examples
        self.aliases = aliases
        self.path = path
        self.kind = kind
    }

    /// The findings of this rule in one document.
    public func check(_ document: Document, context: CheckContext, severity: Severity? = nil) throws -> [Finding] {
        let matches: [RuleMatch]
        if context.extraction != nil && (context.source == nil || context.comparisonCache != nil) {
            // As the checker passes it: no copy (a context holds the extraction's lists, and
            // copying it retained each of them, for every rule and document).
            matches = try kind.check(document, context: context)
        } else {
            var context = context
            if context.extraction == nil { context.extraction = Extraction(document, articleDate: context.calendarDate) }
            if context.source != nil && context.comparisonCache == nil { context.comparisonCache = ComparisonCache() }
            matches = try kind.check(document, context: context)
        }
        return matches.map { match in
            let location = document.location(ofOriginal: match.originalRange)
            let line = document.lines.lineExcerpt(around: match.originalRange, line: location.line)
            var finding = Finding(
                rule: id, category: category, severity: severity ?? level,
                message: MessageTemplate.render(message, match.fields),
                location: location, excerpt: document.originalString(match.originalRange),
                lineText: line.text, originalRange: match.originalRange,
                notes: match.notes)
            finding.lineTextColumn = line.column
            return finding
        }
    }
}

/// `{name}` placeholders in a rule's message.
enum MessageTemplate {
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The template with each {field} replaced; an unknown field stays as written. Read as
    /// UTF-8 bytes (braces are ASCII): a Character search per brace made rendering a message
    /// cost 30,000 instructions.
    static func render(_ template: String, _ fields: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            var i = 0
            while i < bytes.count {
                guard bytes[i] == 0x7B, let close = bytes[(i + 1)...].firstIndex(of: 0x7D) else {
                    out.append(bytes[i])
                    i += 1
                    continue
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)
                if let value = fields[key] {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...close]))
                }
                i = close + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
