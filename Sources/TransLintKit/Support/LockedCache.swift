import Foundation

/// A dictionary of values built once per key and shared between threads (lexicons, compiled
/// patterns, gazetteers). Each key is built under its own lock: a thread that needs a value
/// already built, or another key's, does not wait while one is being built (building a
/// language's lexicon or gazetteer takes tens of milliseconds).
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    /// One key's value, filled once under the slot's own lock.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: Value?
    }
    private var slots: [Key: Slot] = [:]
    private let lock = NSLock()
    /// The most that the costs of the keys held may add up to (nil: no bound). A key that would
    /// pass it empties the cache first, so that memory stays bounded on any input.
    private let costLimit: Int?
    private var heldCost = 0

    init(costLimit: Int? = nil) { self.costLimit = costLimit }

    /// The value of `key`, built by `build` if no thread has built it yet; `cost` counts
    /// towards `costLimit`. A build that throws leaves the key to be built again.
    func value(for key: Key, cost: Int = 0, build: () throws -> Value) rethrows -> Value {
        lock.lock()
        let slot: Slot
        if let known = slots[key] {
            slot = known
        } else {
            if let costLimit, heldCost + cost > costLimit {
                slots.removeAll(keepingCapacity: true)
                heldCost = 0
            }
            slot = Slot()
            slots[key] = slot
            heldCost += cost
        }
        lock.unlock()
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let v = slot.value { return v }
        let v = try build()
        slot.value = v
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
