import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanAligner

/// The aligner on TICO-19 (CC0), when `../shared/parallel/tico19` is there (CI). The benchmark proper, with the
/// glossaries and eflomal, is `Benchmarks/compare/align_tico19.py`.
@Suite(.enabled(if: Repository.hasShared("parallel/tico19"), "needs ../shared/parallel/tico19"))
struct TICO19Tests {
    static let folder = Repository.shared("parallel/tico19")

    @Test func theTMXAndTheLineAlignedFilesHoldTheSamePairs() throws {
        func collapsed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var fromTMX: [(String, String)] = []
        let skipped = try ParallelSource.tmx(Self.folder.appendingPathComponent("tico19.en-ar.tmx").path)
            .forEachPair { fromTMX.append((collapsed($0), collapsed($1))) }
        var fromLines: [(String, String)] = []
        _ = try ParallelSource.lineAligned(
            arabic: Self.folder.appendingPathComponent("ar.txt").path,
            english: Self.folder.appendingPathComponent("en.txt").path
        ).forEachPair { fromLines.append(($0, $1)) }
        #expect(skipped.isEmpty)
        #expect(fromTMX.count == 3071)
        #expect(fromLines.count == 3071)
        #expect(fromTMX.map(\.0) == fromLines.map(\.0))
        #expect(fromTMX.map(\.1) == fromLines.map(\.1))
    }

    /// The first 500 pairs (medical sentences): the symptoms get their English, and back.
    @Test func symptomsOfTheFirst500Pairs() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        func first(_ name: String) throws -> String {
            let lines = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).prefix(500)
            return try temporary.write(lines.joined(separator: "\n") + "\n", to: name)
        }
        let aligner = try ParallelAligner(sources: [
            .lineAligned(arabic: try first("ar.txt"), english: try first("en.txt"))
        ])
        #expect(aligner.pairs == 500)
        let result = try aligner.align(
            arabicTerms: ["الحمى", "السعال", "ألم الصدر"].map { AlignmentTerm($0) },
            englishTerms: ["fever", "chest pain"])
        #expect(result.arabic.map { $0.proposals.first?.text } == ["fever", "cough", "chest pain"])
        #expect(result.arabic[0].occurrences == 28)
        #expect(result.english.map { $0.proposals.first?.text } == ["الحمى", "ألم الصدر"])
    }
}
