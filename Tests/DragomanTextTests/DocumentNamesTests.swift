import Foundation
import Testing

@testable import DragomanText

@Suite struct DocumentNamesTests {
    /// The stems as they were first made: from "-2" up each time (quadratic in the copies of one name). Counts its
    /// lookups among the names taken, as `uniqueStems(names:reserved:lookups:)` does.
    static func countingFromTwo(_ names: [String], reserved: Set<String>, lookups: inout Int) -> [String] {
        var used = reserved
        return names.map { sourceName in
            let stem = URL(fileURLWithPath: sourceName).deletingPathExtension().lastPathComponent
            let base = stem.isEmpty || sourceName == "-" ? "stdin" : stem
            var name = base
            var suffix = 2
            lookups += 1
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
                lookups += 1
            }
            used.insert(name)
            return name
        }
    }

    static func countingFromTwo(_ names: [String], reserved: Set<String>) -> [String] {
        var lookups = 0
        return countingFromTwo(names, reserved: reserved, lookups: &lookups)
    }

    @Test(arguments: [
        (["a/خبر.txt", "b/خبر.txt", "c/خبر.txt"], ["خبر", "خبر-2", "خبر-3"]),
        (["x/001.txt", "001-2.txt", "y/001.txt", "z/001.txt"], ["001", "001-2", "001-3", "001-4"]),
        (["001.txt", "a/001.txt", "001-2.txt", "b/001.txt"], ["001", "001-2", "001-2-2", "001-3"]),
        (["digest.md.txt", "report.txt", "-", "-"], ["digest.md-2", "report", "stdin", "stdin-2"]),
    ])
    func stemsAreUniqueInBatchOrder(_ names: [String], _ stems: [String]) {
        #expect(Document.uniqueStems(names: names, reserved: ["digest.md"]) == stems)
    }

    /// Random batches of a few names, literal "-k" names among them: the same stems as counting from 2 each time.
    @Test(arguments: 0..<20)
    func sameStemsAsCountingFromTwo(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let pool = ["a/مقال.txt", "b/مقال.txt", "مقال-2.txt", "مقال-3.txt", "مقال-2-2.txt", "x.txt", "x-2.txt", "-"]
        let names = (0..<300).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
        let reserved: Set<String> = ["x-3", "مقال-5"]
        #expect(
            Document.uniqueStems(names: names, reserved: reserved) == Self.countingFromTwo(names, reserved: reserved))
    }

    /// An archive where every article is its own folder's `article.txt`: linear, not quadratic (200,000 copies
    /// were 2 × 10¹⁰ lookups before). Counted, not timed: a clock measures the machine's load as well.
    @Test func manyCopiesOfOneNameAreLinear() {
        let names = (0..<200_000).map { "\($0)/article.txt" }
        var lookups = 0
        let stems = Document.uniqueStems(names: names, reserved: [], lookups: &lookups)
        #expect(stems.first == "article")
        #expect(stems[1] == "article-2")
        #expect(stems.last == "article-200000")
        #expect(Set(stems).count == names.count)
        #expect(lookups <= 2 * names.count)
    }

    /// The count above can fail: counting from 2 each time makes n²/2 lookups for n copies of one name.
    @Test func countingFromTwoIsQuadraticInTheCount() {
        let names = (0..<1_000).map { "\($0)/article.txt" }
        var lookups = 0
        _ = Self.countingFromTwo(names, reserved: [], lookups: &lookups)
        #expect(lookups == names.count * (names.count + 1) / 2)
    }
}
