import ArgumentParser
import Foundation
import TransLintKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score translint on a JSONL file in the DEMETR format: recall per category, false alarms on good and reference translations.",
        discussion: "With pofilter (pip install translate-toolkit) on the PATH, its numbers check is scored on the same cases beside it.")

    @Argument(help: "A JSONL file: id, lang, category, source, reference, good, bad, note.")
    var file: String

    @Flag(help: "List every flagged good or reference translation and every missed bad one.")
    var verbose = false

    @Flag(name: .customLong("no-pofilter"), help: "Do not run pofilter even when it is installed.")
    var noPofilter = false

    @Option(help: "Write every case's findings (warnings and errors) to this file, one JSON object a line.")
    var details: String?

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let checker = try rules.checker(try loadConfiguration(rules))
        let cases: [Evaluation.Case]
        do {
            cases = try Evaluation.load(file)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let start = Date()
        let scores = Evaluation.score(cases, checker: checker)
        let seconds = Date().timeIntervalSince(start)
        var peer: Evaluation.Scores?
        if !noPofilter, let pofilter = Pofilter.find() {
            peer = try? Pofilter.score(cases, executable: pofilter)
        }
        var out = "translint \(Tool.version) on \(file): \(cases.count) cases in \(String(format: "%.1f", seconds)) s\n\n"
        out += Evaluation.table(scores, peer: peer)
        if peer == nil && !noPofilter { out += "\n(pofilter not found: pip install translate-toolkit to compare)\n" }
        if verbose {
            out += "\n"
            for d in scores.details where (d.text == "bad") != d.flagged {
                out += "\(d.id) \(d.text): " + (d.findings.isEmpty ? "nothing found" : d.findings.joined(separator: "; ")) + "\n"
            }
        }
        if let details {
            let lines = scores.details.map { d in
                JSONValue.object([("id", .string(d.id)), ("text", .string(d.text)), ("flagged", .bool(d.flagged)),
                                  ("findings", .array(d.findings.map { .string($0) }))]).serialized()
            }
            try AtomicFile.write(lines.joined(separator: "\n") + "\n", to: details)
        }
        try Output.emit(out, to: nil)
    }
}

