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
