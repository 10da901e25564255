/// `--format github`: GitHub Actions workflow commands, one per finding, which the runner turns
/// into annotations on the pull request (`::error file=…,line=…,col=…::message`). Info findings
/// are notices; a file that could not be read is an error on the file.
public struct GitHubReporter: Reporter {
    var tally = RunningTally()

    public init() {}

    public func head() -> String? { "" }

    public mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows {
        tally.add(file)
        if let error = file.error {
            try emit(0, "::error file=\(Self.property(file.path)),title=\(Self.property("translint: file not checked"))::\(Self.data(error))\n")
        }
        for f in file.findings {
            let command: String
            switch f.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            var properties = ["file=\(Self.property(file.path))", "line=\(f.location.line)", "endLine=\(f.location.endLine)", "col=\(f.location.column)"]
            // GitHub takes an end column only on a one-line span.
            if f.location.endLine == f.location.line { properties.append("endColumn=\(f.location.endColumn)") }
            properties.append("title=\(Self.property("translint \(f.rule)"))")
            let segment = f.segment.map { " (segment \($0))" } ?? ""
            try emit(0, "::\(command) \(properties.joined(separator: ","))::\(Self.data(f.message + segment))\n")
        }
    }

    public mutating func finish() -> [ReportPiece] {
        let s = tally.summary
        return [.text("translint: \(s.files) files checked: \(s.error) errors, \(s.warning) warnings, \(s.info) info\n")]
    }

    /// The runner's escapes for a message.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The runner's escapes for a property value: also ":" and ",", which delimit properties.
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
