import ArgumentParser
import Foundation
import TransLintKit

/// Options shared by the commands that load rules: extra rule folders and the configuration.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A directory of rule files added to the built-in pack (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: "Configuration file (default: .translint.yaml found upward from the current directory).")
    var config: String?

    /// The configuration in force, or nil when there is none.
    func configuration() throws -> Configuration? {
        if let config { return try Configuration.load(path: config) }
        if let found = Configuration.find(from: FileManager.default.currentDirectoryPath) { return try Configuration.load(path: found) }
        return nil
    }

    /// The checker with the built-in pack, the configured and given rule folders, and the
    /// configuration's rule settings. Errors exit 2 before any article is read.
    func checker(_ configuration: Configuration?) throws -> Checker {
        do {
            var checker = try Checker.standard(ruleDirectories: (configuration?.ruleDirectories ?? []) + ruleDirectories)
            try configuration?.apply(to: &checker)
            return checker
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rules: id, level and what each finds.")

    @OptionGroup var rules: RuleOptions

    @Option(help: "text or markdown (the generated docs/rules.md).")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument { case text, markdown }

    func run() throws {
        let checker = try rules.checker(try loadConfiguration(rules))
        try Output.emit(format == .markdown ? RuleDocs.markdown(checker.rules) : RuleDocs.list(checker.rules), to: nil)
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Describe a rule, with its examples.")

    @Argument(help: "A rule id, e.g. date.weekday-mismatch.")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let checker = try rules.checker(try loadConfiguration(rules))
        guard let rule = checker.rules.first(where: { $0.id == id || $0.aliases.contains(id) }) else {
            Output.error("no rule '\(id)' (see `translint rules`)")
            throw ExitCode(2)
        }
        try Output.emit(RuleDocs.explain(rule), to: nil)
    }
}

/// Loads the configuration; its errors exit 2 with file, line and column.
func loadConfiguration(_ options: RuleOptions) throws -> Configuration? {
    do {
        return try options.configuration()
    } catch {
        Output.error("\(error)")
        throw ExitCode(2)
    }
}
