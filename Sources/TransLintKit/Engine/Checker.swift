/// The public entry point: checks documents and files with a set of rules.
public struct Checker: Sendable {
    public var rules: [Rule]
    /// Per-rule level overrides (from configuration).
    public var levels: [String: Severity] = [:]

    public init(rules: [Rule]) { self.rules = rules }

    /// The built-in pack plus the rules of any extra directories.
    public static func standard(ruleDirectories: [String] = []) throws -> Checker {
        var rules = try RuleLoader.builtin()
        for directory in ruleDirectories { rules += try RuleLoader.loadDirectory(directory) }
        try RuleLoader.checkUnique(rules)
        return Checker(rules: rules)
    }

    /// All findings in a document, in file order. A rule that fails (a user regex that hits its
    /// time limit) becomes an error finding of that rule; the other rules still run.
    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var context = context
        // Read the document once for every rule.
        if context.extraction == nil { context.extraction = Extraction(document, articleDate: context.calendarDate) }
        if context.source != nil { context.comparisonCache = ComparisonCache() }
        var findings: [Finding] = []
        for rule in rules {
            do {
                findings += try rule.check(document, context: context, severity: levels[rule.id])
            } catch {
                let range = 0..<0
                findings.append(Finding(
                    rule: rule.id, category: rule.category, severity: .error,
                    message: "rule \(rule.id) could not finish: \(error)",
                    location: document.location(ofOriginal: range), excerpt: "",
                    lineText: document.lineText(1), originalRange: range))
            }
        }
        return findings.sorted {
            ($0.originalRange.lowerBound, $0.originalRange.upperBound, $0.rule) < ($1.originalRange.lowerBound, $1.originalRange.upperBound, $1.rule)
        }
    }

    /// Checks one file; a file that cannot be read is reported with its error.
    public func checkFile(_ path: String, options: CheckOptions = CheckOptions()) -> FileReport {
        let language = options.targetLanguage ?? Languages.fromFileName(path) ?? "en"
        do {
            let document = try Document(contentsOf: path, language: language)
            let context = CheckContext(language: language, articleDate: options.articleDate)
            var findings = check(document, context: context)
            if Markup.isMarkup(path) {
                let suppressions = Suppressions(document)
                findings.removeAll { suppressions.suppresses($0) }
            }
            return FileReport(path: path, findings: findings)
        } catch {
            return FileReport(path: path, error: "\(error)")
        }
    }

    public func check(paths: [String], options: CheckOptions = CheckOptions()) -> Report {
        Report(files: paths.map { checkFile($0, options: options) })
    }
}

/// Settings of one run that are not rules.
public struct CheckOptions: Sendable {
    public var targetLanguage: String?
    public var articleDate: String?

    public init(targetLanguage: String? = nil, articleDate: String? = nil) {
        self.targetLanguage = targetLanguage
        self.articleDate = articleDate
    }
}

public enum Languages {
    /// The language tag of a `name.<lang>.ext` file name ("article.en.txt" -> "en").
    public static func fromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        let tag = String(parts[parts.count - 2])
        let first = tag.split(separator: "-").first ?? ""
        guard (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return nil }
        return tag
    }
}
