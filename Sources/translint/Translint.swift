import ArgumentParser
import Foundation
import TransLintKit

/// The command line: parses flags, calls TransLintKit, prints, and maps the result to the
/// contract's exit codes (0 clean, 1 findings at or above the fail level, 2 usage or input
/// error). All logic lives in the library.
@main
struct Translint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translint",
        abstract: "Checks the numbers, names and dates of translated articles.",
        version: Tool.version,
        subcommands: [Check.self, Extract.self, Rules.self, Explain.self, Eval.self],
        defaultSubcommand: Check.self
    )

    /// ArgumentParser exits 64 on a usage error; the contract says 2.
    static func main() {
        // A closed pipe ("| head") is reported by write() as EPIPE and ends the run quietly.
        signal(SIGPIPE, SIG_IGN)
        AtomicFile.removeTemporaryFileOnSignals()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Self.exitCode(for: error)
            if code == .success {
                print(Self.fullMessage(for: error))
                Foundation.exit(0)
            }
            Output.error(Self.fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("translint: " + message + "\n").utf8))
    }

    /// Writes a rendered report to stdout or, whole or not at all, to a file.
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(text, to: path)
        } else {
            writeToStandardOutput(text)
        }
    }

    /// Writes all of `text` to standard output; a reader that went away (EPIPE) ends the
    /// process quietly with status 141, as a SIGPIPE would.
    static func writeToStandardOutput(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { raw in
            while offset < raw.count {
                let n = write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n; continue }
                if n < 0 && errno == EINTR { continue }
                if n < 0 && errno == EPIPE { exit(141) }
                exit(2)
            }
        }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check translated files.",
        discussion: "Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage, rule or input error."
    )

    @Argument(help: "Translated files (.txt, .md, .html).")
    var inputs: [String]

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (whole or not at all) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-level"), help: "Lowest severity that makes the exit code 1: error, warning or info (default error).")
    var failLevel: Severity?

    @Option(name: .customLong("target-lang"), help: "Language of the checked text (BCP 47), when the file name does not say (name.<lang>.txt).")
    var targetLanguage: String?

    @Option(help: "The article's date (YYYY-MM-DD), for partial and relative dates.")
    var date: String?

    @Option(help: "The source-language original of a single translated file, checked by value against it.")
    var source: String?

    @Option(name: .customLong("source-lang"), help: "Language of the source (BCP 47), when its file name or script does not say.")
    var sourceLanguage: String?

    @Option(help: "A fact sheet (YAML): the figures, names, dates and terms the text must carry.")
    var reference: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument { case auto, always, never }

    func validate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
        if source != nil && inputs.count != 1 {
            throw ValidationError("--source goes with one translated file")
        }
    }

    func run() throws {
        let configuration = try loadConfiguration(rules)
        let checker = try rules.checker(configuration)
        // Flags win over the configuration.
        var facts: FactSheet?
        if let reference {
            do {
                facts = try FactSheet.load(path: reference)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        var options = CheckOptions(targetLanguage: targetLanguage ?? configuration?.targetLanguage ?? facts?.targetLanguage,
                                   articleDate: date ?? configuration?.articleDate,
                                   sourcePath: source, sourceLanguage: sourceLanguage ?? configuration?.sourceLanguage ?? facts?.sourceLanguage)
        options.facts = facts
        let failLevel = self.failLevel ?? configuration?.failLevel ?? .error
        let report = checker.check(paths: inputs, options: options)
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto:
            useColor = output == nil && Output.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        let rendered = format.reporter(color: useColor).render(report)
        do {
            try Output.emit(rendered, to: output)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        // Unreadable files are also said on stderr, so they are seen when the report goes to a file.
        for file in report.files { if let e = file.error { Output.error(e) } }
        throw ExitCode(report.exitCode(failLevel: failLevel))
    }
}
