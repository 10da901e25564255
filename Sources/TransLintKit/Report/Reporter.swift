import Foundation
import ICUKit

/// One output format. Reporters only render; they never decide the exit code.
public protocol Reporter {
    func render(_ report: Report) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, markdown, html

    public func reporter(_ settings: ReportSettings = ReportSettings()) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: settings.color)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter(rules: settings.rules)
        case .junit: return JUnitReporter(failLevel: settings.failLevel, run: settings.run)
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter(failLevel: settings.failLevel)
        case .html: return HTMLReporter(rules: settings.rules, readLines: settings.readLines)
        }
    }
}

/// What reporters need besides the findings: the rule pack (SARIF and HTML describe rules),
/// the fail level (JUnit failures, the Markdown verdict), facts about the run (JUnit) and a
/// way to read the checked files (HTML shows them).
public struct ReportSettings: Sendable {
    public var color = false
    public var rules: [Rule] = []
    public var failLevel: Severity = .error
    public var run = RunInfo()
    /// The lines of a file as it is on disk, or nil when it cannot be read.
    public var readLines: @Sendable (String) -> [String]? = ReportSettings.linesOnDisk

    public init() {}

    public static let linesOnDisk: @Sendable (String) -> [String]? = { path in
        guard let bytes = try? FileReading.read(path), let units = try? TextDecoding.decode(bytes, path: path).units else { return nil }
        return TextLines.split(String(utf16Units: units))
    }
}

/// When and where a run happened, and how long it took (JUnit requires all three).
public struct RunInfo: Sendable, Equatable {
    /// Local time, ISO 8601 without a zone (the JUnit schema's pattern).
    public var timestamp: String
    public var hostname: String
    public var seconds: Double

    public init(timestamp: String? = nil, hostname: String? = nil, seconds: Double = 0) {
        if let timestamp {
            self.timestamp = timestamp
        } else {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
            self.timestamp = f.string(from: Date())
        }
        self.hostname = hostname ?? ProcessInfo.processInfo.hostName
        self.seconds = seconds
    }
}

/// Lines as the checker counts them: LF, CRLF and a lone CR each end one.
public enum TextLines {
    public static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { lines.append(current); current = "" }
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            if previousCR { lines.append(current); current = ""; continue }
            current.unicodeScalars.append(scalar)
        }
        lines.append(current)
        return lines
    }
}

public enum Tool {
    public static let name = "translint"
    public static let version = "0.1.0"
}

/// Stable 64-bit FNV-1a: the same on every machine and run (Swift's Hasher is seeded per process).
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    static func hex(_ text: String) -> String {
        let s = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// Findings counted by category and severity, for summaries.
struct Tally {
    var byCategory: [Category: Int] = [:]
    var bySeverity: [Severity: Int] = [:]

    init(_ findings: some Sequence<Finding>) {
        for f in findings {
            byCategory[f.category, default: 0] += 1
            bySeverity[f.severity, default: 0] += 1
        }
    }

    /// Categories in the contract's order, only those present.
    var categories: [Category] { Category.allCases.filter { byCategory[$0] != nil } }
}
