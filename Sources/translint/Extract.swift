import ArgumentParser
import Foundation
import ICUKit
import TransLintKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every number, date and name translint reads in a file.")

    @Argument(help: "A text file.")
    var file: String

    @Option(help: "Language of the text (BCP 47); default: from the file name (name.<lang>.txt), else from its script (Latin-script text by its function words).")
    var lang: String?

    @Option(help: "The article's date (YYYY-MM-DD), for partial and relative dates.")
    var date: String?

    @Option(help: "text or json.")
    var format: ExtractFormat = .text

    enum ExtractFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        var articleDate: CalendarDate?
        if let date {
            guard let d = CalendarDate(iso: date) else { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'") }
            articleDate = d
        }
        let document: Document
        do {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            let language = lang ?? Languages.fromFileName(file)
            let probe = try Document(bytes: [UInt8](bytes), path: file, language: language ?? "en")
            document = language == nil ? try Document(bytes: [UInt8](bytes), path: file, language: Languages.guess(probe.normalized)) : probe
        } catch let e as InputError {
            Output.error("\(e)")
            throw ExitCode(2)
        } catch {
            Output.error("\(file): cannot be read: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let reporter = ExtractReporter(document: document, extraction: Extraction(document, articleDate: articleDate))
        try Output.emit(format == .json ? reporter.json() : reporter.text(), to: nil)
    }
}
