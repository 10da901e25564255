import Foundation

/// Writes a report whole or not at all: to a temporary file beside the target, then renamed
/// over it. A failed or interrupted run leaves no half-written report.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot write report: \(reason)" }
    }

    /// The temporary file being written, for the signal handler (a C string: unlink() is safe
    /// to call in a handler, Swift strings are not).
    nonisolated(unsafe) static var pending: UnsafeMutablePointer<CChar>?

    /// Records the temporary file being written (nil when none), for the signal handler.
    static func setPending(_ path: String?) {
        let old = pending
        pending = path.map { strdup($0) }
        free(old)
    }

    /// On SIGINT or SIGTERM, remove a half-written temporary file and exit (130 or 143).
    public static func removeTemporaryFileOnSignals() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                if let p = AtomicFile.pending { unlink(p) }
                _exit(128 + received)
            }
        }
    }

    /// Whether `path` names something other than a regular file or a folder: a device
    /// (/dev/null, /dev/stdout), a pipe, a socket. Such a target is written through: renaming
    /// a file over it would replace it, and run as root, `--output /dev/null` replaced the
    /// system's /dev/null with a regular file. Nothing can be written whole to it anyway.
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    public static func write(_ text: String, to path: String) throws {
        if isSpecialFile(path) {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            var text = text
            if let failure = text.withUTF8({ writeFully(fd, UnsafeRawBufferPointer($0)) }) {
                throw WriteError(path: path, reason: String(cString: strerror(failure)))
            }
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "directory \(directory) does not exist")
        }
        let temporary = (directory as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        setPending(temporary)
        defer { setPending(nil) }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(path: path, reason: "cannot create a file in \(directory)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}
