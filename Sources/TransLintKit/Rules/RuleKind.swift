import ICUKit

/// A kind of rule: one Swift type per kind, chosen by a rule file's `kind:` key. The rule
/// file's `options:` are this type's settings, checked when the rule is loaded.
public protocol RuleKind: Sendable {
    /// The value of `kind:` that selects this type ("script-residue").
    static var name: String { get }
    /// The keys accepted under `options:`; anything else is a load error.
    static var optionKeys: Set<String> { get }
    /// The placeholders a message template of this kind may use ("{text}").
    static var messageFields: Set<String> { get }
    init(options: RuleOptions) throws
    /// Everything this rule reports in one document.
    func check(_ document: Document, context: CheckContext) throws -> [RuleMatch]
}

/// What a rule kind found: where (original offsets), and the values its message names.
public struct RuleMatch: Sendable, Equatable {
    public var originalRange: Range<Int>
    public var fields: [String: String]
    public var notes: [Note]

    public init(originalRange: Range<Int>, fields: [String: String], notes: [Note] = []) {
        self.originalRange = originalRange
        self.fields = fields
        self.notes = notes
    }
}

/// What a check knows besides the document itself.
public struct CheckContext: Sendable {
    /// The target language of the checked text (BCP 47).
    public var language: String
    /// The article's date, for partial and relative dates ("YYYY-MM-DD").
    public var articleDate: String?
    /// What extraction read in the document; the checker fills it once for all rules.
    public var extraction: Extraction?
    /// The source-language original, when the translation is checked against one.
    public var source: SourceReference?
    /// The fact sheet, when the text is checked against one.
    public var facts: FactSheet?
    /// The comparison with the source, made once for all the rules that read it.
    var comparisonCache: ComparisonCache?
    /// The name words grouped by form, made once for the name-consistency rules that read
    /// them (the spelling and diacritics checks read the same table).
    var nameFormCache: NameFormCache?

    public init(language: String = "en", articleDate: String? = nil, extraction: Extraction? = nil, source: SourceReference? = nil) {
        self.language = language
        self.articleDate = articleDate
        self.extraction = extraction
        self.source = source
    }

    /// The unsure source names of the comparison that have no counterpart in the translation:
    /// compared only when a rule asks (a hole in the translation).
    func unmatchedUnsureNames(of document: Document, with source: SourceReference) -> [NameMention] {
        let unsure = comparison(of: document, with: source).value.unsureSourceNames
        guard !unsure.isEmpty else { return [] }
        var comparison = SourceComparison(source: source, target: document, targetExtraction: mentions(in: document), targetLanguage: language)
        comparison.glossary = facts?.names ?? []
        return comparison.unmatchedUnsureNames(unsure)
    }

    /// The comparison, made by the first rule that asks; shared, not copied (a result holds
    /// a dozen lists, and a dozen rules read it).
    func comparison(of document: Document, with source: SourceReference) -> ComparisonResult {
        if let cached = comparisonCache?.result { return cached }
        var comparison = SourceComparison(source: source, target: document, targetExtraction: mentions(in: document), targetLanguage: language)
        comparison.glossary = facts?.names ?? []
        let result = ComparisonResult(comparison.compare())
        comparisonCache?.result = result
        return result
    }

    public var calendarDate: CalendarDate? { articleDate.flatMap(CalendarDate.init(iso:)) }

    /// The extraction of `document`, computed here when the checker did not.
    func mentions(in document: Document) -> Extraction {
        extraction ?? Extraction(document, articleDate: calendarDate)
    }
}

/// A rule file's `options:` mapping, read with errors that point into the file.
public struct RuleOptions {
    let entries: [String: YAMLNode]
    let owner: YAMLNode?

    init(entries: [String: YAMLNode], owner: YAMLNode?) {
        self.entries = entries
        self.owner = owner
    }

    public static var empty: RuleOptions { RuleOptions(entries: [:], owner: nil) }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    public func string(_ key: String) throws -> String? {
        try entries[key]?.string("options.\(key)")
    }

    public func strings(_ key: String) throws -> [String]? {
        try entries[key]?.stringList("options.\(key)")
    }

    public func int(_ key: String) throws -> Int? {
        try entries[key]?.int("options.\(key)")
    }

    public func bool(_ key: String) throws -> Bool? {
        try entries[key]?.bool("options.\(key)")
    }

    /// An error that points at an option's value (or at the rule when it is missing).
    public func error(_ key: String, _ message: String) -> Error {
        if let node = entries[key] { return node.error("options.\(key): \(message)") }
        if let owner { return owner.error(message) }
        return DataFileError(path: "<rule>", line: nil, column: nil, message: message)
    }
}

/// The closed list of rule kinds. A new kind is a Swift type added here.
public enum RuleKinds {
    public static let all: [any RuleKind.Type] = [
        ScriptResidueRule.self,
        PatternRule.self,
        RepeatedWordRule.self,
        DroppedNameRule.self,
        TerminologyRule.self,
        BracketBalanceRule.self,
        NameConsistencyRule.self,
        NumberConsistencyRule.self,
        DateConsistencyRule.self,
        UnitConversionRule.self,
        SourceComparisonRule.self,
        FactSheetRule.self,
    ]

    static let byName: [String: any RuleKind.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}

/// Holds one document's comparison with its source while its rules run.
final class ComparisonCache: @unchecked Sendable {
    var result: ComparisonResult?
}

/// A document's comparison with its source, as the rules read it.
final class ComparisonResult: @unchecked Sendable {
    let value: SourceComparison.Result
    init(_ value: SourceComparison.Result) { self.value = value }
}

/// One document's name-form table, filled by the first rule that asks; a document is checked
/// on one thread.
final class NameFormCache: @unchecked Sendable {
    var forms: NameConsistencyRule.FormTable?
}
