import Foundation

/// Result slots filled from several threads, one slot each.
private final class Slots<R>: @unchecked Sendable {
    var values: [R?]
    let lock = NSLock()
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
}

/// Maps over a collection on all cores, keeping the order of the input. `transform` must be
/// safe to call from several threads at once.
func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
    let slots = Slots<R>(items.count)
    withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        nonisolated(unsafe) let items = items
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let value = transform(items[i])
            slots.lock.lock()
            slots.values[i] = value
            slots.lock.unlock()
        }
    }
    return slots.values.map { $0! }
}
