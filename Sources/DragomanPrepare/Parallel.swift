/// Work over a batch's documents spread on tasks (Swift structured concurrency), at most `jobs` at a time, with
/// the results in batch order whatever order the tasks finish in.
///
/// The documents are cut into consecutive chunks, two per job so that a slow chunk does not leave a core idle long;
/// with one job there is one chunk and no task, exactly the one-core run.
struct Parallel: Sendable {
    /// How many chunks run at once.
    let jobs: Int

    /// Chunks per job. Each chunk learns the batch's vocabulary again (word facts for candidates, the summarizer's
    /// terms), so more chunks cost CPU: with four per job, `--jobs 2` spent 30% more CPU than `--jobs 1`.
    static let chunksPerJob = 2

    /// Consecutive ranges covering `0..<count`: one with one job, else `chunksPerJob` per job (at least one
    /// document each).
    func chunks(_ count: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = jobs <= 1 ? 1 : min(count, jobs * Self.chunksPerJob)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// `body` over every chunk of `0..<count`, at most `jobs` chunks in flight, results in chunk order.
    func map<T: Sendable>(
        _ count: Int, _ body: @escaping @Sendable (Range<Int>) throws(PrepareError) -> T
    ) async throws(PrepareError) -> [T] {
        let chunks = chunks(count)
        if jobs <= 1 { return try chunks.map { range throws(PrepareError) in try body(range) } }
        do {
            return try await withThrowingTaskGroup(of: (Int, T).self) { group in
                var results: [T?] = Array(repeating: nil, count: chunks.count)
                var next = 0
                while next < min(jobs, chunks.count) {
                    let index = next
                    group.addTask { (index, try body(chunks[index])) }
                    next += 1
                }
                while let (index, result) = try await group.next() {
                    results[index] = result
                    if next < chunks.count {
                        let index = next
                        group.addTask { (index, try body(chunks[index])) }
                        next += 1
                    }
                }
                return results.map { $0! }
            }
        } catch let error as PrepareError {
            throw error
        } catch {
            throw .text(.icu("\(error)"))
        }
    }
}

/// A value handed from the task that made it to the one that uses it next, never used by two at once: the
/// tokenized documents (their ICU tokenizers are not `Sendable`, but each is used by one task at a time).
struct Handover<Value>: @unchecked Sendable {
    var value: Value
}
