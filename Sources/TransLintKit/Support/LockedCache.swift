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

/// A memo of a pure function of strings shared between threads, emptied when it reaches
/// `limit` entries so that a long corpus run keeps bounded memory. Name keys repeat heavily
/// (the same words in every article) and ICU transliteration is the costly part of them.
final class BoundedMemo: @unchecked Sendable {
    private var values: [String: String] = [:]
    private let lock = NSLock()
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(for key: String, compute: (String) -> String) -> String {
        lock.lock()
        if let v = values[key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute(key)
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = v
        lock.unlock()
        return v
    }
}
