import DragomanText
import Foundation
import Testing

@testable import DragomanSummarizer

@Suite struct TermVectorsTests {
    /// IDF from the bags' document frequencies, counted in a dictionary: the definition the sorted count must equal
    /// bit for bit.
    static func reference(_ bags: [TermBag], _ kind: TermVectors.IDF) -> TermVectors {
        var df: [Int32: Int] = [:]
        for bag in bags { for term in bag.terms { df[term, default: 0] += 1 } }
        let n = Double(bags.count)
        return TermVectors(bags) { term in
            kind == .standard ? log(n / Double(df[term]!)) : log(1 + n / Double(df[term]!))
        }
    }

    static func bag(_ ids: [Int32]) -> TermBag {
        var ids = ids
        return TermBag(&ids)
    }

    static func expectEqual(_ a: TermVectors, _ b: TermVectors) {
        #expect(a.terms == b.terms)
        #expect(a.weights == b.weights)
        #expect(a.norms == b.norms)
    }

    @Test(arguments: [TermVectors.IDF.standard, .smoothed])
    func smallBags(kind: TermVectors.IDF) {
        let bags = [[3, 1, 3, 7], [7, 7, 2], [], [1], [1, 2, 3, 7, 900_000]].map { Self.bag($0) }
        let vectors = TermVectors(bags, idf: kind)
        Self.expectEqual(vectors, Self.reference(bags, kind))
        // Term 7 is in three of five bags and counted twice in the second.
        let weight = kind == .standard ? log(5.0 / 3) : log(1 + 5.0 / 3)
        #expect(vectors.weights[1][vectors.terms[1].firstIndex(of: 7)!] == 2 * weight)
        #expect(vectors.norms[2] == 0)
    }

    @Test func noBags() {
        #expect(TermVectors([], idf: .smoothed).count == 0)
    }

    /// The surface and stem bags of every seed, as the summarizer builds them, with one `TermCounts` reused for all
    /// of them (as a summarizer does) and with a fresh one.
    @Test(arguments: [TermVectors.IDF.standard, .smoothed])
    func seeds(kind: TermVectors.IDF) throws {
        let analyzer = try SentenceAnalyzer()
        let counts = TermCounts()
        for (number, document) in try Support.seeds().enumerated() {
            let candidates = try analyzer.candidates(of: document, number: number)
            #expect(!candidates.isEmpty)
            for bags in [candidates.map(\.surface), candidates.map(\.stems)] {
                Self.expectEqual(TermVectors(bags, idf: kind, counts: counts), Self.reference(bags, kind))
                Self.expectEqual(TermVectors(bags, idf: kind), Self.reference(bags, kind))
            }
        }
    }
}
