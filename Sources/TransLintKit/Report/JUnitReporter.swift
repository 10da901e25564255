import Foundation

/// `--format junit`: JUnit XML as CI servers read it (Jenkins, GitLab, Azure), valid against
/// the Ant JUnit schema: one test suite for the run, one test case per checked file. The
/// schema allows one `failure` per test case, so a file's findings at or above the fail level
/// are that failure's lines, one per finding; a file that could not be read is an `error`.
/// Findings below the fail level are listed in the suite's `system-out`.
public struct JUnitReporter: Reporter {
    public var failLevel: Severity
    public var run: RunInfo

    var tally = RunningTally()
    var failures = 0, errors = 0

    public init(failLevel: Severity = .error, run: RunInfo = RunInfo()) {
        self.failLevel = failLevel
        self.run = run
    }

    /// Channel 0: the test cases; channel 1: the lines of findings below the fail level, for
    /// `system-out`. The suite's counts come first, so both wait for the end.
    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        tally.add(file)
        let name = XML.escape(file.path)
        var testCase = "  <testcase name=\"\(name)\" classname=\"translint\" time=\"0\">"
        let failing = file.findings.filter { $0.severity >= failLevel }
        let below = file.findings.filter { $0.severity < failLevel }.map { "\n" + XML.escape(line($0, path: file.path)) }
        if let error = file.error {
            errors += 1
            testCase += "\n    <error message=\"\(XML.escape(error))\" type=\"input\">\(XML.escape(error))</error>\n  "
        } else if !failing.isEmpty {
            failures += 1
            let noun = failing.count == 1 ? "finding" : "findings"
            let message = "\(failing.count) \(noun) at or above \(failLevel.rawValue)"
            let body = failing.map { line($0, path: file.path) }.joined(separator: "\n")
            testCase += "\n    <failure message=\"\(XML.escape(message))\" type=\"translint\">\(XML.escape(body))</failure>\n  "
        }
        testCase += "</testcase>\n"
        try emit(0, testCase)
        try emit(1, below.joined())
    }

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        let seconds = run.startedAt.map { Date().timeIntervalSince($0) } ?? run.seconds
        let head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="translint" timestamp="\(XML.escape(run.timestamp))" hostname="\(XML.escape(run.hostname))" \
            tests="\(s.files)" failures="\(failures)" errors="\(errors)" skipped="0" time="\(Self.seconds(seconds))">
              <properties>
                <property name="translint.version" value="\(Tool.version)"/>
                <property name="fail-level" value="\(failLevel.rawValue)"/>
              </properties>

            """
        let summary = "\(s.files) files checked: \(s.error) errors, \(s.warning) warnings, \(s.info) info"
        return [
            .text(head), .channel(0),
            .text("  <system-out>" + XML.escape(summary)), .channel(1),
            .text("</system-out>\n  <system-err></system-err>\n</testsuite>\n"),
        ]
    }

    func line(_ f: Finding, path: String) -> String {
        let segment = f.segment.map { " (segment \($0))" } ?? ""
        return "\(path):\(f.location.line):\(f.location.column): \(f.severity.rawValue): \(f.message)\(segment) [\(f.rule)]"
    }

    static func seconds(_ s: Double) -> String {
        let millis = Int((s * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

/// Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot carry at all
/// (most C0 controls, lone surrogates cannot occur in a Swift String) become U+FFFD.
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
