import Foundation
import ICUKit

/// One output format, rendered file by file so that a corpus run need not hold every finding:
/// a head, one piece per file on each of the reporter's channels, then `finish` lays out the
/// rest. A format whose head needs the whole run (totals first: JUnit, Markdown, HTML) has no
/// head; its channels are then held aside (`ReportStream` spools them to temporary files) until
/// the end. Reporters only render; they never decide the exit code.
public protocol Reporter {
    /// The text before the first file, or nil when it depends on the whole run.
    func head() -> String?
    /// One file's text, handed to `emit` piece by piece with its channel. With a head,
    /// channel 0 goes straight to the output.
    mutating func file(_ file: FileReport, emit: (_ channel: Int, _ text: String) throws -> Void) rethrows
    /// The rest of the report, once every file has been given; with a head, channel 0 is
    /// already written and is not laid out again.
    mutating func finish() -> [ReportPiece]
}

/// A part of a report's layout: text, or everything a channel received.
public enum ReportPiece: Equatable {
    case text(String)
    case channel(Int)
}

extension Reporter {
    public func head() -> String? { nil }

    /// The whole report as one string (for a report already in memory: merge, tests).
    public func render(_ report: Report) -> String {
        var reporter = self
        let head = reporter.head()
        var channels: [String] = []
        for file in report.files {
            reporter.file(file) { i, piece in
                if channels.count <= i { channels += Array(repeating: "", count: i + 1 - channels.count) }
                channels[i] += piece
            }
        }
        var out = head.map { $0 + (channels.first ?? "") } ?? ""
        for piece in reporter.finish() {
            switch piece {
            case .text(let text): out += text
            case .channel(let i): out += i < channels.count ? channels[i] : ""
            }
        }
        return out
    }
}

/// Report totals kept while files stream past: the summary, findings by category and
/// severity, and the exit code, without keeping the findings.
public struct RunningTally: Sendable {
    public private(set) var summary = Report.Summary(files: 0, findings: 0, error: 0, warning: 0, info: 0, unreadable: 0)
    public private(set) var findings = Tally()

    public init() {}

    public mutating func add(_ file: FileReport) {
        summary.files += 1
        if file.error != nil { summary.unreadable += 1 }
        for f in file.findings {
            findings.add(f)
            summary.findings += 1
            switch f.severity {
            case .error: summary.error += 1
            case .warning: summary.warning += 1
            case .info: summary.info += 1
            }
        }
    }

    /// The contract's exit code: 2 when a file could not be checked, 1 with a finding at or
    /// above the fail level, else 0.
    public func exitCode(failLevel: Severity) -> Int32 {
        if summary.unreadable > 0 { return 2 }
        return findings.bySeverity.contains { $0.key >= failLevel && $0.value > 0 } ? 1 : 0
    }
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
    /// When set, the run lasts from here to the end of the report (`seconds` is then ignored).
    public var startedAt: Date?

    public init(timestamp: String? = nil, hostname: String? = nil, seconds: Double = 0, startedAt: Date? = nil) {
        self.startedAt = startedAt
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
public struct Tally: Sendable, Equatable {
    public private(set) var byCategory: [Category: Int] = [:]
    public private(set) var bySeverity: [Severity: Int] = [:]
    /// Per category, by severity (the HTML chart's stacked bars).
    public private(set) var severitiesByCategory: [Category: [Severity: Int]] = [:]
    public private(set) var count = 0

    public init() {}

    init(_ findings: some Sequence<Finding>) {
        for f in findings { add(f) }
    }

    public mutating func add(_ f: Finding) {
        count += 1
        byCategory[f.category, default: 0] += 1
        bySeverity[f.severity, default: 0] += 1
        severitiesByCategory[f.category, default: [:]][f.severity, default: 0] += 1
    }

    /// Categories in the contract's order, only those present.
    public var categories: [Category] { Category.allCases.filter { byCategory[$0] != nil } }
}
