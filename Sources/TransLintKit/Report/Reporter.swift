/// One output format. Reporters only render; they never decide the exit code.
public protocol Reporter {
    func render(_ report: Report) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json

    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        }
    }
}

public enum Tool {
    public static let name = "translint"
    public static let version = "0.1.0"
}
