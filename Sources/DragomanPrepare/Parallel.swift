import Synchronization

/// Work over a batch's documents spread on tasks (Swift structured concurrency), at most `jobs` at a time, with
/// the results in batch order whatever order the tasks finish in.
///
/// The documents are cut into consecutive chunks; with one job there is one chunk and no task, exactly the
/// one-core run.
struct Parallel: Sendable {
    /// How many chunks run at once.
    let jobs: Int

    /// Chunks per job for `map`. Each chunk starts from nothing (its own tokenizers), so a few are enough for the
    /// first pass.
    static let chunksPerJob = 2

    /// Chunks per job for `lanes`, whose workers keep what they learned from chunk to chunk: small chunks cost
    /// nothing more, and let a lane that is ahead take more of them, so no core idles at the end.
    static let chunksPerLane = 8
    /// The most documents in one of `lanes`' chunks: the lanes end within about one chunk's work of each other,
    /// so the chunks must not grow with the batch (an archive cut into 16 chunks would leave a core idle for up
    /// to a sixteenth of the run).
    static let largestLaneChunk = 16

    /// Consecutive ranges covering `0..<count`: one with one job, else `perJob` per job, more when that would put
    /// over `largest` documents in one (at least one document each).
    func chunks(_ count: Int, perJob: Int = Self.chunksPerJob, largest: Int = .max) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = jobs <= 1 ? 1 : min(count, max(jobs * perJob, (count - 1) / largest + 1))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// `body` over every chunk of `0..<count` (`chunksPerJob` a job), at most `jobs` chunks in flight, results in
    /// chunk order: `lanes` whose workers only collect their chunks' results.
    func map<T: Sendable>(
        _ count: Int, _ body: @escaping @Sendable (Range<Int>) throws(PrepareError) -> T
    ) async throws(PrepareError) -> [T] {
        let lanes = try await lanes(
            count, perJob: Self.chunksPerJob, largest: .max, start: { _ in [(chunk: Int, result: T)]() },
            body: { done, chunk throws(PrepareError) in done.append((chunk.lowerBound, try body(chunk))) },
            finish: { $0 })
        return lanes.joined().sorted { $0.chunk < $1.chunk }.map(\.result)
    }

    /// The chunks of `0..<count` worked on by at most `jobs` lanes (tasks), each with a worker of its own: a lane
    /// makes its worker (`start`, given the lane's number), takes the lowest chunk no lane has taken, works on it
    /// (`body`), and so on until none is left, then gives its result (`finish`). Results are in lane order; which
    /// chunks a lane took depends on timing, so the caller's result must not (each lane's chunks ascend). A lane
    /// that throws stops the others at their next chunk, and its error is thrown. Chunks hold at most `largest`
    /// documents.
    func lanes<Worker, T: Sendable>(
        _ count: Int, perJob: Int = Self.chunksPerLane, largest: Int = Self.largestLaneChunk,
        start: @escaping @Sendable (_ lane: Int) throws(PrepareError) -> Worker,
        body: @escaping @Sendable (inout Worker, Range<Int>) throws(PrepareError) -> Void,
        finish: @escaping @Sendable (Worker) throws(PrepareError) -> T
    ) async throws(PrepareError) -> [T] {
        let queue = ChunkQueue(chunks(count, perJob: perJob, largest: largest))
        let lanes = max(1, min(jobs, queue.count))
        let lane: @Sendable (Int) throws(PrepareError) -> T = { number throws(PrepareError) in
            do throws(PrepareError) {
                var worker = try start(number)
                while let chunk = queue.take() { try body(&worker, chunk) }
                return try finish(worker)
            } catch {
                queue.stop()
                throw error
            }
        }
        if lanes == 1 { return [try lane(0)] }
        do {
            return try await withThrowingTaskGroup(of: (Int, T).self) { group in
                for number in 0..<lanes {
                    group.addTask { (number, try lane(number)) }
                }
                var results: [T?] = Array(repeating: nil, count: lanes)
                while let (number, result) = try await group.next() { results[number] = result }
                return results.map { $0! }
            }
        } catch {
            throw .wrapping(error)
        }
    }
}

/// The chunks of a batch handed to lanes one at a time, lowest first, until they are all taken or a lane fails.
final class ChunkQueue: Sendable {
    private let chunks: [Range<Int>]
    /// The next chunk to hand out; past the end once every chunk is taken or the work stopped.
    private let next = Mutex(0)

    init(_ chunks: [Range<Int>]) { self.chunks = chunks }

    /// How many chunks in all.
    var count: Int { chunks.count }

    /// The lowest chunk not taken yet, or nil when every chunk is taken.
    func take() -> Range<Int>? {
        next.withLock { index in
            guard index < chunks.count else { return nil }
            index += 1
            return chunks[index - 1]
        }
    }

    /// Hands out no more chunks (a lane failed: the run is over).
    func stop() {
        next.withLock { $0 = chunks.count }
    }
}

/// A value handed from the task that made it to the one that uses it next, never used by two at once: the
/// tokenized documents (their ICU tokenizers are not `Sendable`, but each is used by one task at a time).
struct Handover<Value>: @unchecked Sendable {
    var value: Value
}
