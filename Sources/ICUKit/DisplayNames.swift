import Foundation
import CICUShim

/// CLDR display names through ICU: a ready bilingual list of regions and currencies.
public enum DisplayNames {
    /// The name of a region ("CO", "013") in a locale: ("CO", "zh") -> "哥伦比亚".
    public static func region(_ code: String, in locale: String) -> String? {
        let units = try? withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_display_country("und_" + code, locale, dst, cap, &status)
        }
        guard let units, !units.isEmpty else { return nil }
        let name = String(utf16Units: units)
        return name == code ? nil : name
    }

    /// The long name of an ISO 4217 currency in a locale: ("USD", "zh") -> "美元".
    public static func currency(_ isoCode: String, in locale: String) -> String? {
        let code = isoCode.utf16Units + [0]
        let units = try? code.withUnsafeBufferPointer { iso in
            try withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
                cicu_currency_name(iso.baseAddress, locale, dst, cap, &status)
            }
        }
        guard let units, !units.isEmpty else { return nil }
        let name = String(utf16Units: units)
        return name == isoCode ? nil : name
    }
}

extension DisplayNames {
    /// CLDR's exemplar cities of the location time zones in a locale, by zone id
    /// ("Europe/Rome" -> "Rom" in German): a bilingual list of major cities.
    public static func exemplarCities(in locale: String) -> [String: String] {
        exemplarCitiesLock.lock()
        defer { exemplarCitiesLock.unlock() }
        if let cities = exemplarCitiesCache[locale] { return cities }
        let cities = readExemplarCities(in: locale)
        exemplarCitiesCache[locale] = cities
        return cities
    }

    private static let exemplarCitiesLock = NSLock()
    nonisolated(unsafe) private static var exemplarCitiesCache: [String: [String: String]] = [:]

    private static func readExemplarCities(in locale: String) -> [String: String] {
        guard let units = try? withGrowingBuffer(initialCapacity: 32_768, { dst, cap, status in
            cicu_exemplar_cities(locale, dst, cap, &status)
        }) else { return [:] }
        return zoneLines(units)
    }

    /// "zone<TAB>name" lines of UTF-16 units, split on the units: a line feed and a tab are
    /// always Characters of their own, so this is the Character split of the text, without
    /// it (the Character split was a third of reading a locale's cities). Lines without a
    /// name or a zone are left out.
    public static func zoneLines(_ units: [UInt16]) -> [String: String] {
        var cities: [String: String] = [:]
        var start = 0
        while start < units.count {
            let end = units[start...].firstIndex(of: 0x0A) ?? units.count
            if let tab = units[start..<end].firstIndex(of: 0x09), tab > start, tab + 1 < end {
                cities[String(utf16Units: units[start..<tab])] = String(utf16Units: units[(tab + 1)..<end])
            }
            start = end + 1
        }
        return cities
    }
}

extension DisplayNames {
    /// A region's name through ICU's locale display names, full or CLDR's short form
    /// ("United States" / "US"); nil when ICU has no name (it then echoes the code).
    public static func regionName(_ code: String, in locale: String, short: Bool) -> String? {
        regionNames(in: locale, short: short)[code]
    }

    /// The names of all `regionCodes` in one display locale (short or full form), the service
    /// opened once; made once per locale and form. A full name equal to its code is left out.
    public static func regionNames(in locale: String, short: Bool) -> [String: String] {
        let key = locale + (short ? "|short" : "|full")
        regionNamesLock.lock()
        if let names = regionNamesCache[key] { regionNamesLock.unlock(); return names }
        regionNamesLock.unlock()
        let codes = regionCodes
        var packed = [CChar](repeating: 0, count: codes.count * 4)
        for (k, code) in codes.enumerated() {
            for (j, byte) in code.utf8.prefix(3).enumerated() { packed[4 * k + j] = CChar(bitPattern: byte) }
        }
        var lengths = [Int32](repeating: 0, count: codes.count)
        var status: Int32 = 0
        var capacity: Int32 = 16_384
        var units: [UInt16] = []
        while true {
            units = [UInt16](repeating: 0, count: Int(capacity))
            status = 0
            let needed = units.withUnsafeMutableBufferPointer { dst in
                cicu_region_names(locale, packed, Int32(codes.count), short ? 1 : 0, dst.baseAddress, capacity, &lengths, &status)
            }
            if needed <= capacity { break }
            capacity = needed
        }
        var names: [String: String] = [:]
        var offset = 0
        for (k, code) in codes.enumerated() {
            let n = Int(lengths[k])
            defer { offset += n }
            guard status <= 0, n > 0 else { continue }
            let name = String(utf16Units: units[offset..<(offset + n)])
            if name == code && !short { continue }
            names[code] = name
        }
        regionNamesLock.lock()
        regionNamesCache[key] = names
        regionNamesLock.unlock()
        return names
    }

    private static let regionNamesLock = NSLock()
    nonisolated(unsafe) private static var regionNamesCache: [String: [String: String]] = [:]

    /// Every region code ICU knows: the ISO 3166 countries and the UN M.49 areas.
    public static let regionCodes: [String] = {
        let n = cicu_iso_countries(nil, 0)
        var buffer = [CChar](repeating: 0, count: Int(n) * 3)
        _ = buffer.withUnsafeMutableBufferPointer { cicu_iso_countries($0.baseAddress, n) }
        var codes = (0..<Int(n)).map { i in
            String(decoding: buffer[(3 * i)..<(3 * i + 2)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        // UN M.49 macro-regions (world, continents, sub-regions) that CLDR names.
        codes += ["001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
                  "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154",
                  "155", "202", "419", "EU", "EZ", "UN"]
        return codes
    }()
}
