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

/// State shared by the workers of `parallelForEachInOrder`.
private final class OrderedDelivery<R>: @unchecked Sendable {
    let condition = NSCondition()
    var nextToTake = 0
    var nextToDeliver = 0
    var waiting: [Int: R] = [:]
    var stopped = false
}

/// Runs `transform` over the items on all cores and hands each result to `deliver` in item
/// order, one call at a time. At most `window` items are taken ahead of the next one to
/// deliver, so results waiting for an earlier, slower item never pile up: memory stays bounded
/// whatever the number of items. `deliver` returns false to stop taking new items.
func parallelForEachInOrder<T, R>(_ items: [T], window: Int, _ transform: (T) -> R, deliver: (R) -> Bool) {
    let state = OrderedDelivery<R>()
    let workers = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount))
    let window = max(window, workers)
    withoutActuallyEscaping(transform) { transform in
        withoutActuallyEscaping(deliver) { deliver in
            nonisolated(unsafe) let transform = transform, deliver = deliver, items = items
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    // Items are taken in increasing order, so the next one to deliver is always
                    // taken by a worker that is not waiting here: no deadlock.
                    state.condition.lock()
                    while !state.stopped && state.nextToTake < items.count && state.nextToTake >= state.nextToDeliver + window {
                        state.condition.wait()
                    }
                    guard !state.stopped, state.nextToTake < items.count else {
                        state.condition.unlock()
                        return
                    }
                    let i = state.nextToTake
                    state.nextToTake += 1
                    state.condition.unlock()

                    let result = transform(items[i])

                    state.condition.lock()
                    state.waiting[i] = result
                    while let ready = state.waiting.removeValue(forKey: state.nextToDeliver) {
                        state.nextToDeliver += 1
                        if !state.stopped && !deliver(ready) { state.stopped = true }
                    }
                    state.condition.broadcast()
                    state.condition.unlock()
                }
            }
        }
    }
}
