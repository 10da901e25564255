import Foundation
import ICUKit

/// `.translint.yaml`: project settings, found upward from the working directory or given with
/// `--config`. Strict like rule files: an unknown key or rule id is an error with
/// `file:line:column`.
///
/// ```yaml
/// target-lang: en
/// source-lang: zh
/// date: 2025-11-11          # the article date for partial and relative dates
/// fail-level: warning
/// rule-dirs: [house-rules]  # relative to this file
/// rules:
///   number.mixed-grouping: off
///   name.spelling-variant: error
/// ```
public struct Configuration: Sendable, Equatable {
    public var path: String?
    public var targetLanguage: String?
    public var sourceLanguage: String?
    public var articleDate: String?
    public var failLevel: Severity?
    /// Absolute or resolved rule folders.
    public var ruleDirectories: [String] = []
    /// Rule id -> level, or nil to switch the rule off.
    public var ruleSettings: [String: Severity?] = [:]
    /// Where each rule setting stands, for errors about unknown ids.
    var ruleSettingPlaces: [String: (line: Int?, column: Int?)] = [:]

    public init() {}

    public static func == (a: Configuration, b: Configuration) -> Bool {
        a.path == b.path && a.targetLanguage == b.targetLanguage && a.sourceLanguage == b.sourceLanguage
            && a.articleDate == b.articleDate && a.failLevel == b.failLevel && a.ruleDirectories == b.ruleDirectories
            && a.ruleSettings == b.ruleSettings
    }

    static let keys: Set<String> = ["target-lang", "source-lang", "date", "fail-level", "rule-dirs", "rules"]
    public static let fileName = ".translint.yaml"

    /// The nearest `.translint.yaml` in `directory` or above it.
    public static func find(from directory: String) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    public static func load(path: String) throws -> Configuration {
        try parse(try FileReading.readText(path, what: "configuration"), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        var config = Configuration()
        config.path = path
        guard let root = try YAMLNode.parse(text, path: path) else { return config }
        let base = (path as NSString).deletingLastPathComponent
        for (key, _, value) in try root.mapping(allowed: keys, context: "the configuration") {
            switch key {
            case "target-lang": config.targetLanguage = try value.string(key)
            case "source-lang": config.sourceLanguage = try value.string(key)
            case "date":
                let d = try value.string(key)
                guard CalendarDate(iso: d) != nil else { throw value.error("date must be YYYY-MM-DD, not '\(d)'") }
                config.articleDate = d
            case "fail-level":
                guard let level = Severity(rawValue: try value.string(key)) else { throw value.error("fail-level must be error, warning or info") }
                config.failLevel = level
            case "rule-dirs":
                config.ruleDirectories = try value.stringList(key).map { dir in
                    dir.hasPrefix("/") ? dir : (base.isEmpty ? dir : (base as NSString).appendingPathComponent(dir))
                }
            case "rules":
                for (id, keyNode, setting) in try value.mapping(context: "rules") {
                    let word = try setting.string("rules.\(id)")
                    switch word {
                    case "off", "false", "no": config.ruleSettings[id] = .some(nil)
                    case "on", "true", "yes": break
                    default:
                        guard let level = Severity(rawValue: word) else {
                            throw setting.error("rules.\(id) must be off, on, error, warning or info")
                        }
                        config.ruleSettings[id] = .some(level)
                    }
                    config.ruleSettingPlaces[id] = (keyNode.line, keyNode.column)
                }
            default: break
            }
        }
        return config
    }

    /// Applies the rule settings to a checker; an id that names no rule is an error.
    public func apply(to checker: inout Checker) throws {
        var byID: [String: String] = [:]
        for rule in checker.rules {
            byID[rule.id] = rule.id
            for alias in rule.aliases { byID[alias] = rule.id }
        }
        var disabled: Set<String> = []
        for (id, setting) in ruleSettings.sorted(by: { $0.key < $1.key }) {
            guard let ruleID = byID[id] else {
                let place = ruleSettingPlaces[id]
                throw DataFileError(path: path ?? Self.fileName, line: place?.line, column: place?.column,
                                    message: "no rule '\(id)' (see `translint rules`)")
            }
            if let level = setting { checker.levels[ruleID] = level } else { disabled.insert(ruleID) }
        }
        checker.rules.removeAll { disabled.contains($0.id) }
    }
}
