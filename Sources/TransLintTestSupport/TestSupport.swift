import Foundation
import TransLintKit

/// Paths of the repository, found from this file's location so that tests read `rules/`,
/// `fixtures/` and `seeds/` in place.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public static let seed = path("seeds/observer-colombia-uk-intelligence-2025-11-11.en.txt")
    public static let sharedEval = shared + "/eval/demetr-dev.jsonl"
    public static let sharedSchemas = shared + "/schemas"

    /// The project's shared data (evaluation cases, schemas): TRANSLINT_SHARED, else a `shared`
    /// folder beside the checkout or above it, else where this workplace's machines keep it
    /// (a clone in a temporary folder has no `shared` beside it).
    public static let shared: String = {
        if let explicit = ProcessInfo.processInfo.environment["TRANSLINT_SHARED"] { return explicit }
        var dir = root
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("shared").path
            if FileManager.default.fileExists(atPath: candidate + "/eval") { return candidate }
        }
        return "/work/shared"
    }()
}

/// Golden files under `fixtures/golden/`. Set TRANSLINT_RECORD=1 to write them anew.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["TRANSLINT_RECORD"] == "1" }

    /// Compares `actual` with the golden file; returns a description of the first difference,
    /// or nil when equal (or when recording).
    public static func compare(_ actual: String, name: String) -> String? {
        let path = Repository.path("fixtures/golden/" + name)
        if recording {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "missing golden file \(path) (run with TRANSLINT_RECORD=1)"
        }
        if expected == actual { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end>"
            let al = i < a.count ? String(a[i]) : "<end>"
            if el != al { return "\(name) line \(i + 1):\n expected: \(el)\n actual:   \(al)" }
        }
        return "\(name) differs"
    }
}

/// Paths relative to the repository root, as a user running from there would pass them.
public func relativeToRoot(_ absolute: String) -> String {
    let root = Repository.root.path + "/"
    return absolute.hasPrefix(root) ? String(absolute.dropFirst(root.count)) : absolute
}

/// Runs a helper program (a validator) and returns its status and combined output; nil when
/// the program is not installed.
public func runTool(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String)? {
    let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(executable)" }
        + ["/usr/local/bin/", "/usr/bin/", "/bin/"].map { $0 + executable }
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
