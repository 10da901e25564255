import Foundation
import PackagePlugin

/// Compiles the default rule pack (`rules/*.yaml`) into TransLintKit, so that `translint`
/// works from any directory with no other file present. Adding a rule is adding a YAML file:
/// the next build picks it up.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        let inputs = names.map { rulesDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinRuleFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) rule files",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
