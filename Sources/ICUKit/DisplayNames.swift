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
    /// A region's name through ICU's locale display names, full or CLDR's short form
    /// ("United States" / "US"); nil when ICU has no name (it then echoes the code).
    public static func regionName(_ code: String, in locale: String, short: Bool) -> String? {
        let units = try? withGrowingBuffer(initialCapacity: 64) { dst, cap, status in
            cicu_region_name(locale, code, short ? 1 : 0, dst, cap, &status)
        }
        guard let units, !units.isEmpty else { return nil }
        let name = String(utf16Units: units)
        return name == code && short == false ? nil : name
    }

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
