import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One unit of work: a translated file, the source it is checked against, its fact sheet.
public struct CheckJob: Sendable, Equatable {
    public var path: String
    public var sourcePath: String?
    public var factsPath: String?
    public var targetLanguage: String?
    /// Why the path cannot be checked, found while walking (a dangling link, a loop).
    public var error: String?

    public init(path: String, sourcePath: String? = nil, factsPath: String? = nil, targetLanguage: String? = nil, error: String? = nil) {
        self.path = path
        self.sourcePath = sourcePath
        self.factsPath = factsPath
        self.targetLanguage = targetLanguage
        self.error = error
    }
}

/// `--shard I/N`: the files whose stable path hash falls in bucket I of N, so that N machines
/// split a corpus the same way without talking to each other.
public struct Shard: Sendable, Equatable {
    public let index: Int
    public let count: Int

    /// "2/4": the second of four (1-based).
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i
        count = n
    }

    public func contains(_ path: String) -> Bool {
        Int(StableHash.fnv1a(path) % UInt64(count)) == index - 1
    }
}

public struct CorpusOptions: Sendable {
    /// Globs (fnmatch; `*` also crosses `/`) on the path below the walked directory or the file name.
    public var include: [String] = []
    public var exclude: [String] = []
    /// Which language of a `NAME.<lang>.<ext>` group is the original and which the translation.
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var shard: Shard?

    public init() {}
}

/// Corpus runs: directories walked (hidden and build folders skipped, symbolic links followed
/// without looping), files paired by name (`NAME.zh.txt` is the source of `NAME.en.txt` when
/// zh is the source language), `NAME.facts.yaml` taken as the fact sheet of `NAME`.
public enum Corpus {
    static let checkedExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "tsv", "xlf", "xliff", "tmx", "po"]
    static let skippedDirectories: Set<String> = ["build", "node_modules", "target", "dist", "DerivedData", "Pods", "__pycache__"]
    static let factsSuffix = ".facts.yaml"

    public static func isDirectory(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
    }

    /// The jobs for the inputs: a file as given, a directory walked and paired. Each
    /// directory's jobs come sorted by path; a shard keeps its share.
    public static func plan(_ inputs: [String], options: CorpusOptions) -> [CheckJob] {
        var jobs: [CheckJob] = []
        for input in inputs {
            if isDirectory(input) {
                var walk = Walk(root: input, options: options)
                walk.run()
                jobs += (pair(walk.files, options: options) + walk.problems).sorted { $0.path < $1.path }
            } else {
                jobs.append(CheckJob(path: input))
            }
        }
        if let shard = options.shard { jobs = jobs.filter { shard.contains($0.path) } }
        return jobs
    }

    /// Groups `NAME.<lang>.<ext>` files of one folder and decides which is checked against which.
    static func pair(_ files: [String], options: CorpusOptions) -> [CheckJob] {
        var facts: [String: String] = [:]
        var groups: [String: [(path: String, tag: String?)]] = [:]
        var order: [String] = []
        for file in files {
            if file.hasSuffix(factsSuffix) {
                facts[String(file.dropLast(factsSuffix.count))] = file
                continue
            }
            // A file's language tag, read once: it was read three times a file, the most of
            // planning, which is done before any file is checked.
            let tag = Languages.fromFileName(file)
            let key = groupKey(file, tagged: tag != nil)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((file, tag))
        }
        var jobs: [CheckJob] = []
        for key in order {
            let members = groups[key] ?? []
            let factsPath = facts[key]
            let articles = members.filter { !BilingualReader.isBilingual($0.path) }
            for bilingual in members where BilingualReader.isBilingual(bilingual.path) {
                jobs.append(CheckJob(path: bilingual.path, factsPath: factsPath))
            }
            var tagged: [String: String] = [:]
            for a in articles { if let tag = a.tag { tagged[tag] = a.path } }
            var source: String?
            var sourceTag: String?
            if let s = options.sourceLanguage, let file = tagged[s], tagged.count >= 2 {
                source = file
                sourceTag = s
            } else if let t = options.targetLanguage, tagged[t] != nil, tagged.count == 2,
                      let other = tagged.first(where: { $0.key != t }) {
                source = other.value
                sourceTag = other.key
            }
            for (a, tag) in articles where a != source {
                // With a source, only the files in other languages are translations of it.
                let against = (source != nil && tag != nil && tag != sourceTag) ? source : nil
                jobs.append(CheckJob(path: a, sourcePath: against, factsPath: factsPath, targetLanguage: tag))
            }
        }
        return jobs
    }

    /// "dir/story.en.txt" and "dir/story.zh.md" -> "dir/story"; "dir/notes.txt" -> "dir/notes".
    static func groupKey(_ path: String) -> String { groupKey(path, tagged: Languages.fromFileName(path) != nil) }

    /// `tagged`: whether the name carries a language tag (`Languages.fromFileName`).
    static func groupKey(_ path: String, tagged: Bool) -> String {
        // As below, on the bytes of an ASCII path (asked for every file before any is checked).
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(path.utf8)
            let slash = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            var nameEnd = bytes[slash...].lastIndex(of: 0x2E) ?? bytes.count
            if tagged, let dot = bytes[slash..<nameEnd].lastIndex(of: 0x2E) { nameEnd = dot }
            return String(decoding: bytes[..<nameEnd], as: UTF8.self)
        }
        return groupKeyByCharacters(path, tagged: tagged)
    }

    static func groupKeyByCharacters(_ path: String, tagged: Bool? = nil) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        var name = String(path[slash...])
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if tagged ?? (Languages.fromFileName(path) != nil), let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        return String(path[..<slash]) + name
    }
}

/// A depth-first walk of one input directory.
private struct Walk {
    let root: String
    let options: CorpusOptions
    var files: [String] = []
    var problems: [CheckJob] = []
    /// Device and inode of the folders on the current path: meeting one again is a loop.
    var ancestors: [(UInt64, UInt64)] = []

    init(root: String, options: CorpusOptions) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.options = options
    }

    mutating func run() {
        var s = stat()
        guard stat(root, &s) == 0 else { return }
        ancestors = [(UInt64(s.st_dev), UInt64(s.st_ino))]
        visit(root, relative: "")
    }

    mutating func visit(_ directory: String, relative: String) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            problems.append(CheckJob(path: directory, error: "\(directory): folder cannot be read"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            if stat(path, &s) != 0 {
                let reason = errno == ELOOP ? "symbolic link loop" : (errno == ENOENT ? "dangling symbolic link" : String(cString: strerror(errno)))
                if matches(rel, name) { problems.append(CheckJob(path: path, error: "\(path): \(reason)")) }
                continue
            }
            switch s.st_mode & S_IFMT {
            case S_IFDIR:
                if Corpus.skippedDirectories.contains(name) || options.exclude.contains(where: { glob($0, rel) || glob($0, name) }) { continue }
                let id = (UInt64(s.st_dev), UInt64(s.st_ino))
                if ancestors.contains(where: { $0 == id }) {
                    problems.append(CheckJob(path: path, error: "\(path): symbolic link loop (leads back to a folder above it)"))
                    continue
                }
                ancestors.append(id)
                visit(path, relative: rel)
                ancestors.removeLast()
            case S_IFREG:
                guard isCandidate(name), matches(rel, name) else { continue }
                files.append(path)
            default:
                if isCandidate(name) && matches(rel, name) {
                    problems.append(CheckJob(path: path, error: "\(path): not a regular file"))
                }
            }
        }
    }

    func isCandidate(_ name: String) -> Bool {
        if name.hasSuffix(Corpus.factsSuffix) { return true }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return Corpus.checkedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    func matches(_ relative: String, _ name: String) -> Bool {
        if options.exclude.contains(where: { glob($0, relative) || glob($0, name) }) { return false }
        // Fact sheets go with their article whatever the include patterns say.
        if options.include.isEmpty || name.hasSuffix(Corpus.factsSuffix) { return true }
        return options.include.contains { glob($0, relative) || glob($0, name) }
    }

    func glob(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }
}

extension Checker {
    /// Checks planned jobs on all cores and reports them in plan order. Each job runs with
    /// `base` plus its own source, language and fact sheet; a fact sheet that cannot be read is
    /// reported as its own file's error and its articles are checked without it.
    public func check(jobs: [CheckJob], options base: CheckOptions, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> Report {
        var files: [FileReport] = []
        check(jobs: jobs, options: base, progress: progress) { files.append($0); return true }
        return Report(files: files)
    }

    /// Checks planned jobs on all cores and hands each file's report to `each` in report order,
    /// as soon as it and the files before it are done: a corpus is streamed, only a few files'
    /// findings are held at once (`window` files checked ahead of the next to report).
    /// `each` runs on one thread at a time; it returns false to stop the run.
    public func check(jobs: [CheckJob], options base: CheckOptions, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                      window: Int = 16, each: (FileReport) -> Bool) {
        var sheets: [String: FactSheet] = [:]
        var items = jobs.map { WorkItem.job($0) }
        for path in Set(jobs.compactMap(\.factsPath)).sorted() {
            do {
                sheets[path] = try FactSheet.load(path: path)
            } catch {
                items.append(.failed(FileReport(path: path, error: "\(error)")))
            }
        }
        // Walked folders are reported in path order (what `merge` restores from shards); files
        // given one by one, in the order given.
        if zip(jobs, jobs.dropFirst()).allSatisfy({ $0.path <= $1.path }) { items.sort { $0.path < $1.path } }
        let counter = ProgressCounter(total: jobs.count, report: progress)
        parallelForEachInOrder(items, window: window, { item -> FileReport in
            guard case .job(let job) = item else {
                if case .failed(let report) = item { return report }
                preconditionFailure("unreachable")
            }
            defer { counter.step() }
            if let error = job.error { return FileReport(path: job.path, error: error) }
            var options = base
            if let factsPath = job.factsPath, let sheet = sheets[factsPath] {
                options.facts = sheet
                options.targetLanguage = options.targetLanguage ?? sheet.targetLanguage
                options.sourceLanguage = options.sourceLanguage ?? sheet.sourceLanguage
            }
            if let tag = job.targetLanguage { options.targetLanguage = tag }
            if let source = job.sourcePath {
                options.sourcePath = source
                // The file name says which language the source is in.
                options.sourceLanguage = Languages.fromFileName(source) ?? options.sourceLanguage
            }
            var report = checkFile(job.path, options: options)
            if report.reference == nil, let factsPath = job.factsPath, sheets[factsPath] != nil { report.reference = factsPath }
            return report
        }, deliver: each)
    }
}

/// A planned job, or a fact sheet that could not be read (reported in its place in path order).
private enum WorkItem {
    case job(CheckJob)
    case failed(FileReport)

    var path: String {
        switch self {
        case .job(let job): return job.path
        case .failed(let report): return report.path
        }
    }
}

/// Counts finished jobs from several threads and tells the progress callback.
private final class ProgressCounter: @unchecked Sendable {
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    var done = 0
    let lock = NSLock()

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func step() {
        lock.lock()
        done += 1
        let n = done
        report?(n, total)
        lock.unlock()
    }
}
