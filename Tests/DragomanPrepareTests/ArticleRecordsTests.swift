import DragomanTestSupport
import DragomanXLIFF
import Foundation
import Testing

@testable import DragomanPrepare

/// Each article's record goes to a spool instead of staying in memory, and comes back in article order.
@Suite struct ArticleRecordsTests {
    static func record(_ number: Int, title: String? = "قال الوزير: «الاجتماع انتهى»، ٢٠٢١؟")
        -> BatchParts.ArticleRecord
    {
        BatchParts.ArticleRecord(
            article: BatchParts.Article(
                number: number, source: "in/مقال \(number).txt", folder: "مقال \(number)",
                files: ["a.ar-en.xlf", "text.txt"], title: title, segments: 3 + number, boilerplate: 1,
                concepts: number),
            package: BatchParts.PackageFile(
                number: number, name: "مقال \(number).ar-en.xlf", article: "مقال \(number).txt", bytes: 100 + number,
                sha256: String(repeating: "ab", count: 32),
                statistics: XLIFFStatistics(segments: 3, notForTranslation: 1, words: 20, terms: 2, concepts: 1)))
    }

    /// Two lanes' spools, each ascending, read as one in article order, every field intact.
    @Test func recordsComeBackInArticleOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lanes = [[0, 3, 4], [1, 2, 5]]
        var sets: [BatchParts.SpoolSet] = []
        for (lane, numbers) in lanes.enumerated() {
            let set = BatchParts.SpoolSet(folder: folder.url.path, part: "0-\(lane)")
            let spool = try RecordSpool(path: set.path(.articles))
            for number in numbers {
                try spool.append(number, bytes: Self.record(number, title: number == 2 ? nil : "عنوان").bytes)
            }
            try spool.close()
            sets.append(set)
        }
        var read: [BatchParts.ArticleRecord] = []
        try BatchParts.articleRecords(sets) { read.append($0) }
        #expect(read.map(\.article.number) == [0, 1, 2, 3, 4, 5])
        #expect(read.map(\.package.number) == [0, 1, 2, 3, 4, 5])
        #expect(read[2].article.title == nil)
        #expect(read[5].article.folder == "مقال 5")
        #expect(read[5].package.statistics.words == 20)
        #expect(read[5].package.sha256 == String(repeating: "ab", count: 32))
    }

    @Test func aBrokenRecordIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let set = BatchParts.SpoolSet(folder: folder.url.path, part: "0-0")
        let spool = try RecordSpool(path: set.path(.articles))
        try spool.append(7, bytes: Array(Self.record(7).bytes.dropLast()))
        try spool.close()
        #expect {
            try BatchParts.articleRecords([set]) { _ in }
        } throws: { error in
            guard case PrepareError.shardState(let file, let reason) = error else { return false }
            return file == folder.url.path && reason.hasPrefix("the record of article 7 is broken at byte ")
        }
    }

    /// The results wait in a temporary file without a name (nothing is left behind, even by a killed run) until
    /// replayed, then give each article's closing line.
    @Test func resultsAreReplayedInOrderFromAFileWithoutAName() throws {
        let results = try ArticleResults(output: "/out")
        #expect(!FileManager.default.fileExists(atPath: results.path))
        for number in [0, 1] { try results.append(number, record: Self.record(number).bytes) }
        #expect(!FileManager.default.fileExists(atPath: results.path))
        var given: [(PrepareReport.Article, String)] = []
        try results.replay { given.append(($0, $1)) }
        #expect(given.map(\.0.folder) == ["/out/مقال 0", "/out/مقال 1"])
        #expect(given.map(\.0.segments) == [3, 4])
        #expect(
            given[1].1
                == "in/مقال 1.txt → /out/مقال 1/ (a.ar-en.xlf, text.txt): 4 segments, 1 boilerplate, 1 glossary concept"
        )
        let folder = FileManager.default.temporaryDirectory.path
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0 == (results.path as NSString).lastPathComponent
        }
        #expect(left.isEmpty)
    }

    @Test func brokenResultsAreAnErrorNamingTheFile() throws {
        let results = try ArticleResults(output: "/out")
        // What a failing disk could leave: the record of article 3 cut short.
        try results.append(3, record: [5, 0x61])
        #expect(
            throws: PrepareError.text(
                .unreadable(
                    file: results.path, reason: "an article's results are broken at byte 1: it ends inside a text"))
        ) {
            try results.replay { _, _ in }
        }
    }
}
