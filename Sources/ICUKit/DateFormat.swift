import CICUShim

public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    public var englishName: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue - 1]
    }
}

/// A Gregorian calendar date.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The weekday, from ICU's calendar (proleptic Gregorian); nil for a date that does not
    /// exist, such as February 30.
    public var weekday: Weekday? {
        var status: Int32 = 0
        let w = cicu_weekday(Int32(year), Int32(month), Int32(day), &status)
        return status > 0 ? nil : Weekday(rawValue: Int(w))
    }

    public var exists: Bool { weekday != nil }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// An ICU date format for one locale and pattern, always Gregorian and in UTC. It owns a
/// calendar that parsing writes into, so it is stateful: one per task.
public final class DateFormat {
    public struct Parsed: Equatable, Sendable {
        public let date: CalendarDate
        public let weekday: Weekday?
        /// UTF-16 offset where parsing stopped.
        public let end: Int
    }

    let handle: OpaquePointer
    public let locale: String

    /// A format from an explicit pattern ("MMMM d", "y年M月d日").
    public convenience init(locale: String, pattern: String, lenient: Bool = false) throws {
        try self.init(locale: locale, text: pattern, isSkeleton: false, lenient: lenient)
    }

    /// A format from the locale's best pattern for a skeleton ("yMMMMd", "MMMd", "EEEE").
    public convenience init(locale: String, skeleton: String, lenient: Bool = false) throws {
        try self.init(locale: locale, text: skeleton, isSkeleton: true, lenient: lenient)
    }

    private init(locale: String, text: String, isSkeleton: Bool, lenient: Bool) throws {
        var status: Int32 = 0
        let gregorian = locale.contains("@") ? locale + ";calendar=gregorian" : locale + "@calendar=gregorian"
        let units = text.utf16Units
        let h = units.withUnsafeBufferPointer {
            cicu_datefmt_open(gregorian, $0.baseAddress, Int32($0.count), isSkeleton ? 1 : 0, &status)
        }
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        handle = h!
        self.locale = locale
        cicu_datefmt_set_lenient(handle, lenient ? 1 : 0)
    }

    deinit { cicu_datefmt_close(handle) }

    /// The pattern in use (for a skeleton, the one ICU chose).
    public var pattern: String {
        let units = (try? withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_datefmt_pattern(handle, dst, cap, &status)
        }) ?? []
        return String(utf16Units: units)
    }

    /// Parses from `start`; fields the pattern lacks come from 1 January of `defaultYear`.
    public func parse(_ text: UnsafeBufferPointer<UInt16>, from start: Int = 0, defaultYear: Int) -> Parsed? {
        guard start < text.count else { return nil }
        var status: Int32 = 0
        var pos = Int32(start)
        var ymdw = (Int32(0), Int32(0), Int32(0), Int32(0))
        withUnsafeMutableBytes(of: &ymdw) { raw in
            cicu_datefmt_parse(
                handle, text.baseAddress, Int32(text.count), &pos, Int32(defaultYear),
                raw.baseAddress!.assumingMemoryBound(to: Int32.self), &status)
        }
        guard status <= 0, Int(pos) > start else { return nil }
        return Parsed(
            date: CalendarDate(year: Int(ymdw.0), month: Int(ymdw.1), day: Int(ymdw.2)),
            weekday: Weekday(rawValue: Int(ymdw.3)), end: Int(pos))
    }

    /// Parses the whole of `text`; nil unless all of it was consumed.
    public func parseWhole(_ text: String, defaultYear: Int) -> Parsed? {
        let units = text.utf16Units
        return units.withUnsafeBufferPointer { buffer in
            guard let p = parse(buffer, defaultYear: defaultYear), p.end == buffer.count else { return nil }
            return p
        }
    }

    public func format(_ date: CalendarDate) throws -> String {
        let units = try withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_datefmt_format(handle, Int32(date.year), Int32(date.month), Int32(date.day), dst, cap, &status)
        }
        return String(utf16Units: units)
    }
}

extension DateFormat {
    public enum SymbolType: Int32, Sendable, CaseIterable {
        case months = 0, shortMonths, weekdays, shortWeekdays, standaloneMonths, standaloneShortMonths,
             standaloneWeekdays, standaloneShortWeekdays
    }

    /// A month (1-12) or weekday (1 = Sunday ... 7) name of this format's locale.
    public func symbol(_ type: SymbolType, _ number: Int) -> String? {
        let isMonth = [.months, .shortMonths, .standaloneMonths, .standaloneShortMonths].contains(type)
        let index = Int32(isMonth ? number - 1 : number)
        let units = try? withGrowingBuffer(initialCapacity: 32) { dst, cap, status in
            cicu_datefmt_symbol(handle, type.rawValue, index, dst, cap, &status)
        }
        guard let units, !units.isEmpty else { return nil }
        return String(utf16Units: units)
    }
}

extension CalendarDate {
    /// From "YYYY-MM-DD"; nil for another form or a date that does not exist.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
        guard exists else { return nil }
    }
}
