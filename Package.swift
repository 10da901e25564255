// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "translint",
    products: [
        .library(name: "TransLintKit", targets: ["TransLintKit"]),
        .library(name: "ICUKit", targets: ["ICUKit"]),
        .executable(name: "translint", targets: ["translint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System ICU, linked through pkg-config. No Swift module imports it: its headers would
        // clash with Foundation's bundled ICU (see docs/architecture.md).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The C shim: its public header includes no ICU header; only shim.c does.
        .target(name: "CICUShim", dependencies: ["CICU"]),
        // Swift API over the shim: normalization, transliteration, segmentation, regex,
        // number and date parsing, scripts, confusables.
        .target(name: "ICUKit", dependencies: ["CICUShim"]),
        // All of translint's logic. No printing, no exiting, no argument parsing.
        .target(
            name: "TransLintKit",
            dependencies: ["ICUKit", .product(name: "Yams", package: "Yams")]
        ),
        // The thin command line.
        .executableTarget(
            name: "translint",
            dependencies: [
                "TransLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers: repository paths, golden files.
        .target(name: "TransLintTestSupport", dependencies: ["TransLintKit"]),
        .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
        .testTarget(name: "TransLintKitTests", dependencies: ["TransLintKit", "TransLintTestSupport"]),
        // Runs the built binary end to end; depends on it so that `swift test` builds it.
        .testTarget(name: "CLITests", dependencies: ["translint", "TransLintKit", "TransLintTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets (libFuzzer through `-sanitize=fuzzer`): declared only when scripts/fuzz asks,
// so that a plain build never needs the fuzzer runtime.
if ProcessInfo.processInfo.environment["TRANSLINT_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "translint-fuzz",
        dependencies: ["TransLintKit"],
        path: "Fuzz"
    ))
}
