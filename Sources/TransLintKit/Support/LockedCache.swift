import Foundation

/// A dictionary of values built once per key and shared between threads (lexicons, compiled
/// patterns, gazetteers).
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key, build: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let v = values[key] { return v }
        let v = build()
        values[key] = v
        return v
    }
}
