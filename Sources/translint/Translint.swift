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
        subcommands: [Check.self, Merge.self, Extract.self, Rules.self, Explain.self, Eval.self],
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

    /// Runs an input or output step; its error is said on stderr and ends the run with exit 2.
    static func orExitTwo<T>(_ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch let failure as ReportStream.WriteError where failure.closed {
            // The reader of standard output went away ("| head"): end quietly, as SIGPIPE would.
            exit(141)
        } catch let failure {
            error("\(failure)")
            throw ExitCode(2)
        }
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
        abstract: "Check translated files, bilingual files and folders of them.",
        discussion: """
            A folder is checked as a corpus: NAME.<lang>.<ext> files pair up (the --source-lang one is \
            the original of the others), NAME.facts.yaml is the fact sheet of NAME, hidden and build \
            folders are skipped. Exit codes: 0 nothing at or above the fail level, 1 findings at or \
            above it, 2 usage, rule or input error (a file of a corpus that cannot be read).
            """
    )

    @Argument(help: "Translated files (.txt, .md, .html), bilingual files (.jsonl, .tsv, .xlf, .xliff, .tmx, .po) or folders.")
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

    @Option(name: .customLong("source-lang"), help: "Language of the source (BCP 47), when its file name does not say (else guessed from its script and, for Latin-script text, its function words); in a folder, the language of the originals.")
    var sourceLanguage: String?

    @Option(help: "A fact sheet (YAML): the figures, names, dates and terms the text must carry.")
    var reference: String?

    @Option(help: "In folders, check only files whose path below the folder or whose name matches this glob (repeatable).")
    var include: [String] = []

    @Option(help: "In folders, skip files and folders whose path below the folder or whose name matches this glob (repeatable).")
    var exclude: [String] = []

    @Option(help: "Check only share I of N of the files (I/N, 1-based), split by a stable hash of the path.")
    var shard: String?

    @Option(help: "Report only findings that this baseline (from --write-baseline) does not accept.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record the current findings as accepted, keyed on file, rule and line text.")
    var writeBaseline: String?

    @Option(help: "Progress bar on standard error: auto (when it is a terminal), always or never.")
    var progress: Choice = .auto

    @OptionGroup var rules: RuleOptions

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: Choice = .auto

    enum Choice: String, ExpressibleByArgument { case auto, always, never }

    func validate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
        if source != nil && (inputs.count != 1 || Corpus.isDirectory(inputs[0])) {
            throw ValidationError("--source goes with one translated file")
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be I/N with 1 <= I <= N, not '\(shard)'")
        }
    }

    func run() throws {
        let started = Date()
        let configuration = try loadConfiguration(rules)
        // The target language's tables are built while the rule pack loads.
        let named = inputs.compactMap(Languages.fromFileName)
        Checker.prepareInBackground(languages: [targetLanguage ?? configuration?.targetLanguage ?? (named.isEmpty ? "en" : named[0])])
        let checker = try rules.checker(configuration)
        // Flags win over the configuration.
        var facts: FactSheet?
        if let reference {
            facts = try Output.orExitTwo { try FactSheet.load(path: reference) }
        }
        var accepted: Baseline?
        if let baseline {
            accepted = try Output.orExitTwo { try Baseline.load(path: baseline) }
        }
        var options = CheckOptions(targetLanguage: targetLanguage ?? configuration?.targetLanguage ?? facts?.targetLanguage,
                                   articleDate: date ?? configuration?.articleDate,
                                   sourcePath: source, sourceLanguage: sourceLanguage ?? configuration?.sourceLanguage ?? facts?.sourceLanguage)
        options.facts = facts
        let failLevel = self.failLevel ?? configuration?.failLevel ?? .error

        var corpus = CorpusOptions()
        corpus.include = include
        corpus.exclude = exclude
        corpus.sourceLanguage = options.sourceLanguage
        corpus.targetLanguage = options.targetLanguage
        corpus.shard = shard.flatMap { Shard($0) }
        let jobs = Corpus.plan(inputs, options: corpus)
        let isCorpus = inputs.contains(where: Corpus.isDirectory)
        let bar = ProgressBar(enabled: progress == .always || (progress == .auto && isatty(STDERR_FILENO) != 0 && jobs.count > 1))
        var showProgress: (@Sendable (Int, Int) -> Void)?
        if bar.enabled { showProgress = { @Sendable done, total in bar.show(done, total) } }
        var settings = ReportSettings()
        settings.rules = checker.rules
        settings.failLevel = failLevel
        settings.run = RunInfo(startedAt: started)
        switch color {
        case .always: settings.color = true
        case .never: settings.color = false
        case .auto:
            settings.color = output == nil && Output.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        // The report is written as files are checked: only a few files' findings are held.
        let stream = try Output.orExitTwo {
            try ReportStream(reporter: format.reporter(settings), to: output.map { .file($0) } ?? .descriptor(STDOUT_FILENO))
        }
        var recorded = writeBaseline.map { _ in Baseline() }
        var unreadable: [String] = []
        var failure: Error?
        checker.check(jobs: jobs, options: options, progress: showProgress) { file in
            if let e = file.error { unreadable.append(e) }
            var reported = file
            if recorded != nil {
                // Everything found is now accepted.
                recorded?.add(file)
                reported.findings = []
            } else if let accepted {
                reported = accepted.newFindings(in: file)
            }
            do {
                try stream.add(reported)
                return true
            } catch {
                failure = error
                return false
            }
        }
        bar.finish()
        if let writeBaseline, let recorded, failure == nil {
            try Output.orExitTwo { try AtomicFile.write(recorded.serialized(), to: writeBaseline) }
        }
        try Output.orExitTwo {
            if let failure { throw failure }
            try stream.finish()
        }
        // Unreadable files are also said on stderr, so they are seen when the report goes to a file.
        for e in unreadable { Output.error(e) }
        if isCorpus { Output.error(CorpusSummary.line(stream.tally, seconds: Date().timeIntervalSince(started))) }
        throw ExitCode(stream.tally.exitCode(failLevel: failLevel))
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge JSON reports (of shards) into one report in any format.",
        discussion: "Files are reported in path order, as one run over the whole folder reports them. The exit code is that of the merged report."
    )

    @Argument(help: "JSON reports written by check --format json.")
    var reports: [String]

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .json

    @Option(help: "Write the report to this file (whole or not at all) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-level"), help: "Lowest severity that makes the exit code 1 (default error).")
    var failLevel: Severity?

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let configuration = try loadConfiguration(rules)
        let checker = try rules.checker(configuration)
        var files: [FileReport] = []
        for path in reports {
            files += try Output.orExitTwo { try ReportReader.read(path: path).files }
        }
        let report = Report(files: files.sorted { $0.path < $1.path })
        var settings = ReportSettings()
        settings.rules = checker.rules
        settings.failLevel = failLevel ?? configuration?.failLevel ?? .error
        try Output.orExitTwo { try Output.emit(format.reporter(settings).render(report), to: output) }
        throw ExitCode(report.exitCode(failLevel: settings.failLevel))
    }
}

/// The end-of-run line of a corpus run, on standard error: files, severities, categories, time.
enum CorpusSummary {
    static func line(_ tally: RunningTally, seconds: Double) -> String {
        let s = tally.summary
        let categories = tally.findings.categories.map { "\($0.rawValue) \(tally.findings.byCategory[$0] ?? 0)" }
        var line = "\(s.files) files checked in \(String(format: "%.1f", seconds)) s: \(s.error) errors, \(s.warning) warnings, \(s.info) info"
        if !categories.isEmpty { line += " (\(categories.joined(separator: ", ")))" }
        if s.unreadable > 0 { line += "; \(s.unreadable) could not be checked" }
        return line
    }
}

/// A one-line progress bar on standard error, redrawn in place.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private var lastDrawn = -1

    init(enabled: Bool) { self.enabled = enabled }

    /// Called under the checker's progress lock.
    func show(_ done: Int, _ total: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) files".utf8))
    }

    func finish() {
        if enabled && lastDrawn >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
