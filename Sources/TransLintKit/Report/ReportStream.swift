import Foundation

/// Writes a report while the files are checked, so that a corpus's findings are never all in
/// memory: a reporter with a head writes channel 0 straight to the output; the other channels
/// (and all of them when the head must wait for the totals) go to spool files, unlinked
/// temporary files that vanish with the process, and are copied out at the end.
///
/// The output is a file, written whole or not at all (a temporary file beside it, renamed at
/// `finish`; an error or a signal before that leaves the old file as it was), or a file
/// descriptor (standard output), written as the report goes.
public final class ReportStream {
    public enum Destination {
        case file(String)
        case descriptor(Int32)
    }

    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        /// The reader went away (EPIPE): not worth a message.
        public let closed: Bool
        public var description: String { "\(path): cannot write report: \(reason)" }
    }

    private var reporter: any Reporter
    private let direct: Bool
    private var output: OutputFile
    private var spools: [Int: SpoolFile] = [:]
    public private(set) var tally = RunningTally()
    /// Channel 0's text not yet written. A descriptor (standard output, a pipe) gets each
    /// file's report as it is checked; a file output is written 64 KB at a time across files
    /// (a corpus of 7,455 articles made 7,459 writes, one per article).
    private var pending = ""
    private let writesEachFile: Bool

    public init(reporter: any Reporter, to destination: Destination) throws {
        self.reporter = reporter
        switch destination {
        case .file(let path):
            output = try OutputFile(replacing: path)
            writesEachFile = false
        case .descriptor(let fd):
            output = OutputFile(descriptor: fd, name: fd == STDOUT_FILENO ? "standard output" : "fd \(fd)")
            writesEachFile = true
        }
        let head = reporter.head()
        direct = head != nil
        if let head { try output.write(head) }
    }

    deinit { output.abandon() }

    /// One file's report, in report order.
    public func add(_ file: FileReport) throws {
        tally.add(file)
        // Pieces are gathered up to 64 KB between writes.
        try reporter.file(file) { channel, text in
            guard !text.isEmpty else { return }
            if direct && channel == 0 {
                pending += text
                if pending.utf8.count >= 1 << 16 { try writePending() }
            } else {
                if spools[channel] == nil { spools[channel] = try SpoolFile() }
                try spools[channel]!.write(text)
            }
        }
        if writesEachFile { try writePending() }
    }

    private func writePending() throws {
        guard !pending.isEmpty else { return }
        try output.write(pending)
        pending = ""
    }

    /// The rest of the report; a file output is put in place only now.
    public func finish() throws {
        try writePending()
        for piece in reporter.finish() {
            switch piece {
            case .text(let text): try output.write(text)
            case .channel(let channel):
                if direct && channel == 0 { continue }
                try spools[channel]?.copy { try output.write(bytes: $0) }
            }
        }
        try output.commit()
    }
}

/// The report's destination: a descriptor written through, or a temporary file renamed over
/// the target at the end.
private struct OutputFile {
    let fd: Int32
    let name: String
    /// The temporary path and the target, for a file output.
    var temporary: (path: String, target: String)?
    /// Whether `fd` was opened here on a device or pipe (`AtomicFile.isSpecialFile`),
    /// written through and closed at the end.
    var opened = false

    init(descriptor: Int32, name: String) {
        fd = descriptor
        self.name = name
    }

    init(replacing path: String) throws {
        if AtomicFile.isSpecialFile(path) {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw ReportStream.WriteError(path: path, reason: String(cString: strerror(errno)), closed: false)
            }
            self.fd = fd
            name = path
            opened = true
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportStream.WriteError(path: path, reason: "directory \(directory) does not exist", closed: false)
        }
        let temporaryPath = (directory as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ReportStream.WriteError(path: path, reason: "cannot create a file in \(directory): \(String(cString: strerror(errno)))", closed: false)
        }
        AtomicFile.setPending(temporaryPath)
        self.fd = fd
        name = path
        temporary = (temporaryPath, path)
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }

    func write(bytes: UnsafeRawBufferPointer) throws {
        if let failure = writeFully(fd, bytes) {
            throw ReportStream.WriteError(path: name, reason: String(cString: strerror(failure)), closed: failure == EPIPE)
        }
    }

    mutating func commit() throws {
        if opened {
            opened = false
            if close(fd) != 0 { throw ReportStream.WriteError(path: name, reason: String(cString: strerror(errno)), closed: false) }
            return
        }
        guard let (path, target) = temporary else { return }
        temporary = nil
        defer { AtomicFile.setPending(nil) }
        if close(fd) != 0 || rename(path, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw ReportStream.WriteError(path: target, reason: reason, closed: false)
        }
    }

    /// A file output never committed leaves no trace.
    func abandon() {
        if opened { close(fd) }
        guard let (path, _) = temporary else { return }
        close(fd)
        unlink(path)
        AtomicFile.setPending(nil)
    }
}

/// A temporary file unlinked as soon as it is made: it holds a channel until the end and is
/// freed by the system whatever happens to the process.
private final class SpoolFile {
    let fd: Int32

    init() throws {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/translint-spool-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ReportStream.WriteError(path: directory, reason: "cannot create a temporary file: \(String(cString: strerror(errno)))", closed: false)
        }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    deinit { close(fd) }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { buffer in
            if let failure = writeFully(fd, UnsafeRawBufferPointer(buffer)) {
                throw ReportStream.WriteError(path: "temporary file", reason: String(cString: strerror(failure)), closed: false)
            }
        }
    }

    /// Hands the whole content to `body`, a block at a time.
    func copy(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            throw ReportStream.WriteError(path: "temporary file", reason: String(cString: strerror(errno)), closed: false)
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw ReportStream.WriteError(path: "temporary file", reason: String(cString: strerror(errno)), closed: false) }
            if n == 0 { return }
            try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }
}

/// Writes all the bytes, retrying after signals; the errno of a failure, or nil.
func writeFully(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n > 0 { offset += n; continue }
        if n < 0 && errno == EINTR { continue }
        return n < 0 ? errno : EIO
    }
    return nil
}
