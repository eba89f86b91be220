import DragomanText
import Foundation
import Testing

@testable import DragomanSummarizer

/// The graph rankers against the dense definitions they replaced: every pair of sentences merged, every cell of the
/// matrix visited. The scores must be equal bit for bit, since a last-bit difference can swap two sentences.
@Suite struct GraphRankTests {
    /// PageRank over every cell of the dense matrix.
    static func densePageRank(_ weights: [Double], _ n: Int) -> [Double] {
        guard n > 0 else { return [] }
        var rowSums = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { rowSums[i] += weights[i * n + j] } }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<200 {
            var dangling = 0.0
            for j in 0..<n { next[j] = 0 }
            for i in 0..<n {
                guard rowSums[i] > 0 else {
                    dangling += rank[i]
                    continue
                }
                let share = rank[i] / rowSums[i]
                for j in 0..<n where weights[i * n + j] != 0 { next[j] += share * weights[i * n + j] }
            }
            let base = (1 - 0.85) / Double(n) + 0.85 * dangling / Double(n)
            var change = 0.0
            for j in 0..<n {
                let value = base + 0.85 * next[j]
                change += abs(value - rank[j])
                rank[j] = value
            }
            if change < 1e-9 { break }
        }
        return rank
    }

    /// Positions of the ids two ascending lists share, by merging them.
    static func merged(_ a: [Int32], _ b: [Int32]) -> [[Int]] {
        var result: [[Int]] = []
        forEachCommonID(a, b) { result.append([$0, $1]) }
        return result
    }

    /// Random ascending lists of distinct ids from a small vocabulary (so that many pairs share terms), some empty.
    static func randomLists(_ count: Int, seed: UInt64) -> [[Int32]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let size = Int(generator.next() % 12)
            return Set((0..<size).map { _ in Int32(generator.next() % 40) }).sorted()
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func sharedTermsAreTheMergesPairs(seed: UInt64) {
        let lists = Self.randomLists(30, seed: seed)
        var found: [[Int]: [[Int]]] = [:]
        var lastTerm: [[Int]: Int32] = [:]
        SharedTerms.forEach(lists) { i, a, j, b in
            #expect(i < j)
            #expect(lists[i][a] == lists[j][b])
            // Each pair meets its shared terms in ascending order.
            #expect(lastTerm[[i, j]].map { $0 < lists[i][a] } ?? true)
            lastTerm[[i, j]] = lists[i][a]
            found[[i, j], default: []].append([a, b])
        }
        for i in lists.indices {
            for j in lists.indices where i < j {
                let pairs: [[Int]] = found[[i, j]] ?? []
                #expect(pairs == Self.merged(lists[i], lists[j]), "pair \(i), \(j)")
            }
        }
    }

    @Test func sharedTermsOfNothing() {
        var calls = 0
        SharedTerms.forEach([]) { _, _, _, _ in calls += 1 }
        SharedTerms.forEach([[1, 2, 3]]) { _, _, _, _ in calls += 1 }
        SharedTerms.forEach([[], [Int32.max], [Int32.max]]) { i, a, j, b in
            #expect([i, a, j, b] == [1, 0, 2, 0] as [Int])
            calls += 1
        }
        #expect(calls == 1)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func cosineMatrixIsEveryPairsCosine(seed: UInt64) {
        let bags = Self.randomLists(40, seed: seed).map { list in
            var ids = list + list.prefix(2)  // some terms twice
            return TermBag(&ids)
        }
        for kind in [TermVectors.IDF.standard, .smoothed] {
            let vectors = TermVectors(bags, idf: kind)
            for selfLoops in [true, false] {
                let matrix = vectors.cosineMatrix(selfLoops: selfLoops)
                let n = vectors.count
                for i in 0..<n {
                    #expect(matrix[i * n + i] == (selfLoops && vectors.norms[i] > 0 ? 1 : 0))
                    for j in 0..<n where j != i {
                        #expect(matrix[i * n + j].bitPattern == vectors.cosine(min(i, j), max(i, j)).bitPattern)
                    }
                }
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func pageRankIsTheDenseWalk(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for n in [1, 2, 7, 30] {
            // Mostly empty cells, some rows with no edge at all.
            let weights = (0..<n * n).map { _ -> Double in
                generator.next() % 3 == 0 ? Double(generator.next() % 1000) / 997 : 0
            }
            let sparse = GraphRank.pageRank(weights: weights, count: n)
            #expect(sparse.map(\.bitPattern) == Self.densePageRank(weights, n).map(\.bitPattern))
        }
        #expect(GraphRank.pageRank(weights: [], count: 0).isEmpty)
    }

    /// TextRank and LexRank on the seeds' sentences, against the pairwise matrix and the dense walk.
    @Test func seedsRankAsBefore() throws {
        let analyzer = try SentenceAnalyzer()
        for (number, document) in try Support.seeds().enumerated() {
            let candidates = try analyzer.candidates(of: document, number: number)
            let n = candidates.count
            let vectors = TermVectors(candidates.map(\.surface), idf: .standard)
            var overlap = [Double](repeating: 0, count: n * n)
            for i in 0..<n {
                for j in 0..<n where j != i {
                    let shared = Double(Self.merged(candidates[i].surface.terms, candidates[j].surface.terms).count)
                    let denominator =
                        log(Double(max(candidates[i].surface.total, 1)))
                        + log(Double(max(candidates[j].surface.total, 1)))
                    overlap[i * n + j] = shared > 0 && denominator > 0 ? shared / denominator : 0
                }
            }
            #expect(
                Rankers.textRank(candidates, vectors: vectors).map(\.bitPattern)
                    == Self.densePageRank(overlap, n).map(\.bitPattern))
            var cosine = [Double](repeating: 0, count: n * n)
            for i in 0..<n {
                for j in 0..<n {
                    cosine[i * n + j] = i == j ? 1 : vectors.cosine(min(i, j), max(i, j)) > 0.1 ? 1 : 0
                }
            }
            #expect(
                Rankers.lexRank(vectors, threshold: 0.1).map(\.bitPattern)
                    == Self.densePageRank(cosine, n).map(\.bitPattern))
        }
    }
}
