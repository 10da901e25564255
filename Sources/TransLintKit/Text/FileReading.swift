import Foundation

/// Reading input files: whole-file reads with errors that name the file.
enum FileReading {
    /// A data file (rules, configuration, fact sheet) as UTF-8 text.
    static func readText(_ path: String, what: String) throws -> String {
        guard let text = String(validating: try read(path), as: UTF8.self) else {
            throw DataFileError(path: path, line: nil, column: nil, message: "\(what) is not UTF-8")
        }
        return text
    }

    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, message: "no such file")
        }
        if isDirectory.boolValue {
            throw InputError(path: path, message: "is a directory")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, message: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw InputError(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
    }
}
