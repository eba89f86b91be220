import Testing

@testable import DragomanAligner

/// The aligner's parts: the pair table, the working file, the HMM, grow-diag-final-and.
@Suite struct ComponentTests {
    @Test func pairTableGivesDenseIndicesAndGrows() {
        var table = PairTable(capacity: 4)
        var indices: [Int32] = []
        for a in UInt32(0)..<100 {
            for b in UInt32(0)..<10 { indices.append(table.insert(a, b)) }
        }
        #expect(indices == (0..<1000).map(Int32.init))
        #expect(table.count == 1000)
        #expect(table.index(42, 7) == 427)
        #expect(table.insert(42, 7) == 427)
        #expect(table.index(100, 0) == -1)
        #expect((0..<1000).allSatisfy { table.index(UInt32($0 / 10), UInt32($0 % 10)) == Int32($0) })
    }

    @Test func recordFileReadsBackRecordsOfAnySize() throws {
        let file = try RecordFile(prefix: "test")
        let records: [[UInt32]] = [[], [1, 2, 3], Array(0..<3_000_000), [7]] + (0..<1000).map { [UInt32($0)] }
        for record in records { try file.append(record) }
        var read: [[UInt32]] = []
        for _ in 0..<2 {
            read = []
            try file.forEach { index, values in
                #expect(index == read.count)
                read.append(Array(values))
            }
            #expect(read == records)
        }
    }

    @Test func hmmPosteriorsSumToOneAndFollowTheEmissions() {
        // Three source words, four target words; target j is emitted mostly by source min(j, 2).
        let l = 3
        let m = 4
        var emission = [Float](repeating: 0.01, count: l * m)
        for j in 0..<m { emission[j * l + min(j, 2)] = 0.9 }
        let nullEmission = [Float](repeating: 0.01, count: m)
        let maxJump = 10
        let jump = [Float](repeating: 1, count: 2 * maxJump + 1)
        let prefix = WordAligner.prefixSums(jump)
        var posterior = [Float](repeating: 0, count: l * m)
        var nullPosterior = [Float](repeating: 0, count: m)
        var counts = [Float](repeating: 0, count: 2 * maxJump + 1)
        var hmm = HMMScratch()
        hmm.run(
            l: l, m: m, emission: emission, nullEmission: nullEmission, jump: jump, prefix: prefix, maxJump: maxJump,
            p0: 0.2, posterior: &posterior, nullPosterior: &nullPosterior, jumpCounts: &counts)
        for j in 0..<m {
            let total = (0..<l).reduce(nullPosterior[j]) { $0 + posterior[j * l + $1] }
            #expect(abs(total - 1) < 1e-4)
            let best = (0..<l).max { posterior[j * l + $0] < posterior[j * l + $1] }!
            #expect(best == min(j, 2))
        }
        // Three transitions: the expected jumps add up to the word-to-word moves (below 3, some mass is on NULL).
        let moves = counts.reduce(0, +)
        #expect(moves > 2 && moves < 3)
        #expect(counts[maxJump + 1] > counts[maxJump - 1])
    }

    @Test func growDiagFinalAnd() {
        // Forward (English from Arabic) and backward links on a 3 × 3 grid.
        var symmetrizer = Symmetrizer()
        symmetrizer.reset(l: 3, m: 3)
        for (i, j) in [(0, 0), (1, 1), (2, 1)] { symmetrizer.addForward(i, j) }
        for (i, j) in [(0, 0), (1, 1), (1, 2)] { symmetrizer.addBackward(i, j) }
        var links: [[Int]] = []
        symmetrizer.growDiagFinalAnd { links.append([$0, $1]) }
        // Intersection (0,0) (1,1); grown: (2,1) and (1,2) each attach an unaligned word.
        #expect(links == [[0, 0], [1, 1], [1, 2], [2, 1]])

        symmetrizer.reset(l: 4, m: 4)
        for (i, j) in [(0, 0), (3, 3)] { symmetrizer.addForward(i, j) }
        for (i, j) in [(0, 0), (2, 3)] { symmetrizer.addBackward(i, j) }
        links = []
        symmetrizer.growDiagFinalAnd { links.append([$0, $1]) }
        // (3,3) and (2,3) are not next to the intersection; final-and takes (3,3) (both words unaligned), then
        // (2,3) no more (English 3 is aligned).
        #expect(links == [[0, 0], [3, 3]])
    }
}
