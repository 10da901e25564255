import Yams

/// An error in a rule file, configuration file or fact sheet: names the file, line and column.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(path: String, line: Int?, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

/// A node of a YAML file with the file it came from, so that every error can name
/// `file:line:column`. Strict: mappings declare their keys and anything else is an error.
/// Sendable by hand: Yams' Node is a tree of values that nothing here mutates once parsed.
struct YAMLNode: @unchecked Sendable {
    let node: Node
    let path: String

    /// Upper bound on nodes visited per file: a guard against alias bombs and runaway nesting.
    static let maxNodes = 100_000
    static let maxDepth = 64

    static func parse(_ text: String, path: String) throws -> YAMLNode? {
        let root: Node?
        do {
            // UTF-8 named: Yams' default encoding reads the process environment on every
            // call (400,000 instructions, 15 M for the built-in pack) and prints a line to
            // standard output when YAMS_DEFAULT_ENCODING is set, which would corrupt a report.
            // The basic resolver: scalars are read as their text here (`string`, `bool` and
            // `int` below), never by their implicit tags, and the default resolver tried
            // Foundation regexes on every scalar it was asked about (26 M for the built-in pack).
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw Self.describe(error, path: path)
        }
        guard let root else { return nil }
        var count = 0
        try Self.checkSize(root, depth: 0, count: &count, path: path)
        return YAMLNode(node: root, path: path)
    }

    private static func checkSize(_ node: Node, depth: Int, count: inout Int, path: String) throws {
        count += 1
        let mark = node.mark
        if depth > maxDepth {
            throw DataFileError(path: path, line: mark?.line, column: mark?.column, message: "nesting deeper than \(maxDepth) levels")
        }
        if count > maxNodes {
            throw DataFileError(path: path, line: mark?.line, column: mark?.column, message: "more than \(maxNodes) values (alias expansion?)")
        }
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                try checkSize(k, depth: depth + 1, count: &count, path: path)
                try checkSize(v, depth: depth + 1, count: &count, path: path)
            }
        case .sequence(let s):
            for v in s { try checkSize(v, depth: depth + 1, count: &count, path: path) }
        case .alias, .scalar:
            break
        }
    }

    static func describe(_ error: YamlError, path: String) -> DataFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return DataFileError(path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(prefix)\(problem)")
        case .reader(let problem, let offset, _, _):
            return DataFileError(path: path, line: nil, column: nil, message: "invalid YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DataFileError(path: path, line: context.mark.line, column: context.mark.column, message: "duplicate key: \(duplicates.joined(separator: ", "))")
        default:
            return DataFileError(path: path, line: nil, column: nil, message: "invalid YAML: \(error)")
        }
    }

    var line: Int? { node.mark?.line }
    var column: Int? { node.mark?.column }

    func error(_ message: String) -> DataFileError {
        DataFileError(path: path, line: line, column: column, message: message)
    }

    var kindName: String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The entries of a mapping, in file order, rejecting keys outside `allowed`.
    func mapping(allowed: Set<String>? = nil, context: String) throws -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let m) = node else {
            throw error("\(context) must be a mapping, not \(kindName)")
        }
        var result: [(String, YAMLNode, YAMLNode)] = []
        for (k, v) in m {
            let keyNode = YAMLNode(node: k, path: path)
            guard case .scalar(let s) = k else { throw keyNode.error("\(context): keys must be plain words") }
            if let allowed, !allowed.contains(s.string) {
                let known = allowed.sorted().joined(separator: ", ")
                throw keyNode.error("unknown key '\(s.string)' in \(context) (known: \(known))")
            }
            result.append((s.string, keyNode, YAMLNode(node: v, path: path)))
        }
        return result
    }

    /// A mapping as a dictionary, for random access by key.
    func fields(allowed: Set<String>, context: String) throws -> [String: YAMLNode] {
        var d: [String: YAMLNode] = [:]
        for entry in try mapping(allowed: allowed, context: context) { d[entry.key] = entry.value }
        return d
    }

    func string(_ what: String) throws -> String {
        guard case .scalar(let s) = node else { throw error("\(what) must be a single value, not \(kindName)") }
        return s.string
    }

    func list(_ what: String) throws -> [YAMLNode] {
        switch node {
        case .sequence(let s): return s.map { YAMLNode(node: $0, path: path) }
        default: throw error("\(what) must be a list, not \(kindName)")
        }
    }

    /// A list of strings; a single value counts as a list of one.
    func stringList(_ what: String) throws -> [String] {
        if case .scalar(let s) = node { return [s.string] }
        return try list(what).map { try $0.string(what) }
    }

    func bool(_ what: String) throws -> Bool {
        switch try string(what).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("\(what) must be true or false")
        }
    }

    func int(_ what: String) throws -> Int {
        guard let v = Int(try string(what)) else { throw error("\(what) must be a whole number") }
        return v
    }
}
