/// `--format junit`: JUnit XML as CI servers read it (Jenkins, GitLab, Azure), valid against
/// the Ant JUnit schema: one test suite for the run, one test case per checked file. The
/// schema allows one `failure` per test case, so a file's findings at or above the fail level
/// are that failure's lines, one per finding; a file that could not be read is an `error`.
/// Findings below the fail level are listed in the suite's `system-out`.
public struct JUnitReporter: Reporter {
    public var failLevel: Severity
    public var run: RunInfo

    public init(failLevel: Severity = .error, run: RunInfo = RunInfo()) {
        self.failLevel = failLevel
        self.run = run
    }

    public func render(_ report: Report) -> String {
        var cases = ""
        var failures = 0, errors = 0
        var below: [String] = []
        for file in report.files {
            let name = XML.escape(file.path)
            cases += "  <testcase name=\"\(name)\" classname=\"translint\" time=\"0\">"
            let failing = file.findings.filter { $0.severity >= failLevel }
            below += file.findings.filter { $0.severity < failLevel }.map { line($0, path: file.path) }
            if let error = file.error {
                errors += 1
                cases += "\n    <error message=\"\(XML.escape(error))\" type=\"input\">\(XML.escape(error))</error>\n  "
            } else if !failing.isEmpty {
                failures += 1
                let noun = failing.count == 1 ? "finding" : "findings"
                let message = "\(failing.count) \(noun) at or above \(failLevel.rawValue)"
                let body = failing.map { line($0, path: file.path) }.joined(separator: "\n")
                cases += "\n    <failure message=\"\(XML.escape(message))\" type=\"translint\">\(XML.escape(body))</failure>\n  "
            }
            cases += "</testcase>\n"
        }
        let s = report.summary
        let summary = "\(s.files) files checked: \(s.error) errors, \(s.warning) warnings, \(s.info) info"
        let out = ([summary] + below).joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="translint" timestamp="\(XML.escape(run.timestamp))" hostname="\(XML.escape(run.hostname))" \
            tests="\(report.files.count)" failures="\(failures)" errors="\(errors)" skipped="0" time="\(Self.seconds(run.seconds))">
              <properties>
                <property name="translint.version" value="\(Tool.version)"/>
                <property name="fail-level" value="\(failLevel.rawValue)"/>
              </properties>
            \(cases)  <system-out>\(XML.escape(out))</system-out>
              <system-err></system-err>
            </testsuite>

            """
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
