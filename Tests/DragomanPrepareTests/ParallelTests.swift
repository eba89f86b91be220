import Foundation
import Synchronization
import Testing

@testable import DragomanPrepare

/// The work spread of `prepare --jobs`: chunks of articles, and lanes whose workers carry what they learned from
/// one chunk to the next.
@Suite struct ParallelTests {
    @Test(arguments: [(1, 10, 1), (2, 10, 4), (2, 3, 3), (3, 100, 6), (2, 0, 0)])
    func chunksCoverTheBatchInOrder(jobs: Int, count: Int, chunks: Int) {
        let ranges = Parallel(jobs: jobs).chunks(count)
        #expect(ranges.count == chunks)
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
        #expect(ranges.allSatisfy { !$0.isEmpty })
    }

    /// Chunks of at most `largest` documents whatever the batch's size, so lanes end close together; one job is
    /// still one chunk (the one-core run).
    @Test(arguments: [(2, 1000, 16, 63), (2, 100, 16, 16), (4, 100_000, 16, 6250), (1, 1000, 16, 1), (2, 10, 16, 10)])
    func laneChunksStaySmall(jobs: Int, count: Int, largest: Int, chunks: Int) {
        let ranges = Parallel(jobs: jobs).chunks(count, perJob: 8, largest: largest)
        #expect(ranges.count == chunks)
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
        if jobs > 1 { #expect(ranges.allSatisfy { !$0.isEmpty && $0.count <= largest }) }
    }

    @Test(arguments: [1, 2, 3])
    func mapGivesEveryChunksResultInChunkOrder(jobs: Int) async throws {
        let results = try await Parallel(jobs: jobs).map(100) { chunk in chunk }
        #expect(results == Parallel(jobs: jobs).chunks(100))
    }

    /// What a lane did: its number, how many workers it made, the chunks it took in order.
    struct Lane: Sendable, Equatable {
        var number: Int
        var workers: Int
        var chunks: [Range<Int>]
    }

    final class Counter: Sendable {
        let made = Mutex(0)
    }

    @Test(arguments: [1, 2, 3, 8])
    func lanesTakeEveryChunkOnceInAscendingOrder(jobs: Int) async throws {
        let counter = Counter()
        let lanes = try await Parallel(jobs: jobs).lanes(
            1000,
            start: { number in
                counter.made.withLock { $0 += 1 }
                return Lane(number: number, workers: 1, chunks: [])
            },
            body: { lane, chunk in lane.chunks.append(chunk) },
            finish: { $0 })
        #expect(lanes.count == jobs)
        #expect(lanes.map(\.number) == Array(0..<jobs))
        #expect(counter.made.withLock { $0 } == jobs, "one worker a lane, not one a chunk")
        let taken = lanes.flatMap(\.chunks)
        #expect(
            taken.sorted { $0.lowerBound < $1.lowerBound }
                == Parallel(jobs: jobs).chunks(1000, perJob: 8, largest: Parallel.largestLaneChunk))
        for lane in lanes {
            #expect(zip(lane.chunks, lane.chunks.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        }
    }

    @Test func aLaneThatFailsStopsTheOthersAndFailsTheWork() async {
        let counter = Counter()
        await #expect(throws: PrepareError.inputChanged("a.txt")) {
            _ = try await Parallel(jobs: 2).lanes(
                1000, start: { _ in 0 },
                body: { _, chunk throws(PrepareError) in
                    counter.made.withLock { $0 += 1 }
                    if chunk.lowerBound == 0 { throw .inputChanged("a.txt") }
                    usleep(10_000)  // a chunk's work, long next to the failing lane's stop
                }, finish: { $0 })
        }
        // The first chunk fails; the other lane finishes the chunk it holds and takes no more: two or three chunks
        // in all, where without the stop it would take all 16 (the bound leaves room for a slow machine).
        #expect(counter.made.withLock { $0 } <= 8)
    }
}
