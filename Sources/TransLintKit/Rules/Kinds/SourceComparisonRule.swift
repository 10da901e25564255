/// `kind: source-comparison` — the translation against its source, by value. Does nothing
/// when there is no source.
///
/// `check` selects the findings:
/// - `number-mismatch`: a source number rendered as another value (a power of ten apart is
///   said so: "10x too small");
/// - `number-missing`: a source number with no counterpart in the translation;
/// - `number-added`: a number of the translation that is not in the source;
/// - `date-mismatch`: a date, year, time or weekday that differs from the source's;
/// - `name-added`: a name of the translation that matches no name of the source (same
///   spelling, a region's name in the source language, or a transliteration that sounds
///   alike): how a replaced name shows;
/// - `name-missing`: a source name with no counterpart in the translation;
/// - `place-added`, `place-missing`: the same for countries, regions, continents and
///   languages, whose names CLDR gives in both languages (they are not reported as names);
/// - `name-omitted`: a source name in the translation's alphabet that the translation neither
///   keeps nor replaces with a name of its own (not reported as name-missing);
/// - `person-added`: a name of the translation written with a title ("President Erwin Huber"),
///   or shaped like a person's in a translation from an alphabet, that matches no name of the
///   source (not reported as name-added);
/// - `foreign-name-added`: a name of the translation with letters its language does not write
///   its words with (Banaś, Hamáček in English) that matches no name of the source (not
///   reported as name-added);
/// - `name-replaced`: a person's name of the source (two or more capitalised words, in the
///   translation's alphabet) gone, and a name of the translation the source lacks.
///
/// Message fields: `{source}`, `{sourceValue}`, `{target}`, `{targetValue}`, `{how}`, `{key}`.
public struct SourceComparisonRule: RuleKind {
    public static let name = "source-comparison"
    public static let optionKeys: Set<String> = ["check"]
    public static let messageFields: Set<String> = ["source", "sourceValue", "target", "targetValue", "how", "key"]

    enum Check: String, CaseIterable {
        case numberMismatch = "number-mismatch", numberMissing = "number-missing", numberAdded = "number-added"
        case dateMismatch = "date-mismatch", nameAdded = "name-added", nameMissing = "name-missing"
        case placeAdded = "place-added", placeMissing = "place-missing", nameOmitted = "name-omitted", personAdded = "person-added", nameReplaced = "name-replaced"
        case foreignNameAdded = "foreign-name-added"
    }
    let check: Check

    public init(options: RuleOptions) throws {
        check = Check(rawValue: try options.choice("check", among: Check.allCases.map(\.rawValue)))!
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        guard let source = context.source else { return [] }
        let result = context.comparison(of: document, with: source)
        switch check {
        case .numberMismatch: return result.value.numberMismatches
        case .numberMissing: return result.value.numbersMissing
        case .numberAdded: return result.value.numbersAdded
        case .dateMismatch: return result.value.dateMismatches
        case .nameAdded: return result.value.namesAdded
        case .nameMissing: return result.value.namesMissing
        case .placeAdded: return result.value.placesAdded
        case .placeMissing: return result.value.placesMissing
        case .nameOmitted: return result.value.namesOmitted
        case .personAdded: return result.value.personsAdded
        case .nameReplaced: return result.value.namesReplaced
        case .foreignNameAdded: return result.value.foreignNamesAdded
        }
    }
}
