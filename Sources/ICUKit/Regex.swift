import CICUShim

/// An ICU regular expression. Stateful: clone per task. Matching is bounded by a time limit
/// in ICU "steps" (about a millisecond each on the machines measured), so that a catastrophic
/// pattern fails with `ICUError.isTimeOut` instead of hanging.
public final class ICURegex {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: UInt32(CICU_REGEX_CASE_INSENSITIVE))
        public static let comments = Options(rawValue: UInt32(CICU_REGEX_COMMENTS))
        public static let dotAll = Options(rawValue: UInt32(CICU_REGEX_DOTALL))
        public static let multiline = Options(rawValue: UInt32(CICU_REGEX_MULTILINE))
        public static let unicodeWordBoundaries = Options(rawValue: UInt32(CICU_REGEX_UWORD))
    }

    /// A pattern that does not compile; `offset` is the UTF-16 offset ICU points at.
    public struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
        public let pattern: String
        public let offset: Int
        public let icu: ICUError
        public var description: String {
            "invalid regular expression at offset \(offset): \(icu.name)"
        }
    }

    /// One match: group 0 is the whole match; a group that did not take part is nil.
    public struct Match: Equatable, Sendable {
        public let groups: [Range<Int>?]
        public var range: Range<Int> { groups[0]! }
    }

    public static let defaultTimeLimit: Int32 = 200

    let handle: OpaquePointer
    public let pattern: String
    public let timeLimit: Int32

    public init(_ pattern: String, options: Options = [], timeLimit: Int32 = ICURegex.defaultTimeLimit) throws {
        var status: Int32 = 0
        var errorOffset: Int32 = -1
        let units = pattern.utf16Units
        let h = units.withUnsafeBufferPointer {
            cicu_regex_open($0.baseAddress, Int32($0.count), options.rawValue, &errorOffset, &status)
        }
        if status > 0 || h == nil {
            throw PatternError(pattern: pattern, offset: Int(max(errorOffset, 0)), icu: ICUError(status))
        }
        handle = h!
        self.pattern = pattern
        self.timeLimit = timeLimit
        cicu_regex_set_time_limit(handle, timeLimit, &status)
    }

    private init(handle: OpaquePointer, pattern: String, timeLimit: Int32) {
        self.handle = handle
        self.pattern = pattern
        self.timeLimit = timeLimit
    }

    deinit { cicu_regex_close(handle) }

    public func clone() throws -> ICURegex {
        var status: Int32 = 0
        let h = cicu_regex_clone(handle, &status)
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        // A clone does not inherit the time limit: set it again.
        cicu_regex_set_time_limit(h!, timeLimit, &status)
        return ICURegex(handle: h!, pattern: pattern, timeLimit: timeLimit)
    }

    /// Every match in `text`, in order. Throws `ICUError` (isTimeOut) when the limit is hit.
    public func matches(in text: UnsafeBufferPointer<UInt16>) throws -> [Match] {
        var status: Int32 = 0
        // ICU needs a valid pointer even for empty text.
        var empty: UInt16 = 0
        if text.isEmpty {
            cicu_regex_set_text(handle, &empty, 0, &status)
        } else {
            cicu_regex_set_text(handle, text.baseAddress, Int32(text.count), &status)
        }
        // (The text is not reset afterwards: every search sets its own text first, ICU
        // reads the text only while matching, and the reset was a second setText per search,
        // 0.7% of a 20,000-pair run.)
        try ICUError.check(status)
        let groupCount = Int(cicu_regex_group_count(handle, &status))
        var result: [Match] = []
        while cicu_regex_find_next(handle, &status) != 0 {
            try ICUError.check(status)
            result.append(try currentMatch(groupCount: groupCount))
        }
        try ICUError.check(status)
        return result
    }

    public func matches(in text: [UInt16]) throws -> [Match] {
        try text.withUnsafeBufferPointer { try matches(in: $0) }
    }

    /// The groups of the match just found.
    private func currentMatch(groupCount: Int) throws -> Match {
        var status: Int32 = 0
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(groupCount + 1)
        for g in 0...groupCount {
            let s = cicu_regex_start(handle, Int32(g), &status)
            let e = cicu_regex_end(handle, Int32(g), &status)
            groups.append(s >= 0 && e >= s ? Int(s)..<Int(e) : nil)
        }
        try ICUError.check(status)
        return Match(groups: groups)
    }

    /// The matches `matches(in:)` finds, for a pattern whose matches can only begin at one of
    /// `starts` (ascending): each start is tried in place (look-arounds see the whole text)
    /// instead of trying every position, leftmost first and never overlapping.
    public func matches(in text: [UInt16], startingAt starts: [Int]) throws -> [Match] {
        guard !starts.isEmpty, !text.isEmpty else { return [] }
        return try text.withUnsafeBufferPointer { text in
            var status: Int32 = 0
            cicu_regex_set_text(handle, text.baseAddress, Int32(text.count), &status)
            try ICUError.check(status)
            let groupCount = Int(cicu_regex_group_count(handle, &status))
            var result: [Match] = []
            var next = 0
            for start in starts where start >= next && start >= 0 && start < text.count {
                guard cicu_regex_match_at(handle, Int32(start), &status) != 0 else { try ICUError.check(status); continue }
                try ICUError.check(status)
                let match = try currentMatch(groupCount: groupCount)
                result.append(match)
                next = max(start + 1, match.groups[0]?.upperBound ?? start + 1)
            }
            return result
        }
    }

    /// Matched substrings of a String (for tests and small inputs).
    public func matchStrings(in text: String) throws -> [String] {
        let units = text.utf16Units
        return try matches(in: units).map { String(utf16Units: units[$0.range]) }
    }
}
