import DragomanTestSupport
import DragomanTranslation
import DragomanXLIFF
import Foundation
import Testing

@Suite struct TranslationPackageTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func batch() throws -> TranslationBatch {
        try TranslationBatch.read(paths: [WriterFixtures.seed], glossary: WriterFixtures.glossary)
    }

    static func text(_ package: TranslationPackage, _ name: String) throws -> String {
        String(decoding: try #require(package.files.first { $0.name == name }).data, as: UTF8.self)
    }

    @Test func sourceDateEpochSetsTheCreationDate() throws {
        let now = Date(timeIntervalSince1970: 42)
        #expect(try TranslationPackage.creationDate(environment: [:], now: now) == now)
        #expect(
            try TranslationPackage.creationDate(environment: ["SOURCE_DATE_EPOCH": "0"], now: now)
                == Date(timeIntervalSince1970: 0))
        #expect(try TranslationPackage.creationDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == Self.created)
        for bad in ["", "-1", "1.5", "12a", " 12", "99999999999999999999999"] {
            #expect(throws: TranslationError.invalidSourceDateEpoch(bad)) {
                try TranslationPackage.creationDate(environment: ["SOURCE_DATE_EPOCH": bad])
            }
        }
    }

    @Test func theManifestDescribesEveryFile() throws {
        let batch = try Self.batch()
        let writer = try XLIFFWriter()
        let package = try TranslationPackage(batch: batch, writer: writer, created: Self.created)
        #expect(
            package.files.map(\.name) == [
                "003_ebcacb89700a50ef.ar-en.xlf", "glossary.tbx", "terms.tsv", "package.json", "README.txt",
            ])
        let statistics = try #require(package.statistics.first)
        #expect(statistics == writer.statistics(for: batch.articles[0]))
        #expect(statistics.segments == 13 && statistics.notForTranslation == 0 && statistics.words == 618)
        // Eight of the nine concepts of the fixture glossary occur in the seed; the ninth is proposed, never matched.
        #expect(statistics.concepts == 8)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.text(package, "package.json").utf8)) as? [String: Any])
        #expect(json["created"] as? String == "2023-11-14T22:13:20Z")
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files[0]["glossaryTerms"] as? Int == statistics.terms)
        #expect(files[0]["glossaryConcepts"] as? Int == statistics.concepts)
        #expect(files[1]["kind"] as? String == "tbx" && files[2]["kind"] as? String == "term-table")
        // The deprecated concept's replacement is in the subset with it.
        let tbx = try Self.text(package, "glossary.tbx")
        #expect(tbx.contains("<conceptEntry id=\"wt-0002\">") && tbx.contains("<conceptEntry id=\"wt-0001\">"))
        // A proposed concept without English waits for review: it is not matched, so not in the subset.
        #expect(!tbx.contains("<conceptEntry id=\"wt-0004\">"))
    }

    @Test func onlySummaryPackagesOnlyWhatTheSummaryHolds() throws {
        let batch = try Self.batch()
        let writer = try XLIFFWriter(options: XLIFFOptions(version: .v2_2, onlySummary: true))
        let package = try TranslationPackage(batch: batch, writer: writer, created: Self.created)
        let article = batch.articles[0]
        let written = writer.segments(of: article)
        #expect(written == [article.document.title!.index] + article.summary.sorted())
        let statistics = package.statistics[0]
        #expect(statistics.words == written.reduce(0) { $0 + article.words[$1] })
        #expect(statistics.terms == written.reduce(0) { $0 + article.terms[$1].count })
        // آلية للتشاور السياسي occurs outside the summary: neither in the term table nor in the TBX.
        #expect(!(try Self.text(package, "terms.tsv")).contains("wt-0004"))
        #expect(!(try Self.text(package, "glossary.tbx")).contains("wt-0004"))
        #expect(try Self.text(package, "package.json").contains("\"xliff\": \"2.2\""))
    }
}

/// A run killed while writing a package leaves a stage and perhaps the earlier package moved aside; the next run
/// cleans the stage and never loses the earlier package.
@Suite struct PackageLeftoverTests {
    static func leftover(_ folder: TemporaryFolder, _ suffix: String, holding text: String) throws -> String {
        let path = folder.path(".pkg.\(UUID().uuidString).\(suffix)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/README.txt"))
        return path
    }

    @Test func aKilledRunsStageIsRemovedByTheNextWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stage = try Self.leftover(folder, "tmp", holding: "half a package")
        let package = try TranslationPackage(
            batch: try TranslationPackageTests.batch(), writer: try XLIFFWriter(),
            created: TranslationPackageTests.created)
        try package.write(to: folder.path("pkg"))
        #expect(!FileManager.default.fileExists(atPath: stage))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names == ["pkg"])
    }

    @Test func anEarlierPackageMovedAsideComesBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Killed between its two renames: the earlier package aside, the new one still staged, no package folder.
        let aside = try Self.leftover(folder, "old", holding: "the earlier package")
        _ = try Self.leftover(folder, "tmp", holding: "the new package")
        TranslationPackage.recoverStale(of: folder.path("pkg"))
        #expect(!FileManager.default.fileExists(atPath: aside))
        #expect(try String(contentsOfFile: folder.path("pkg/README.txt"), encoding: .utf8) == "the earlier package")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["pkg"])
    }

    @Test func aLiveRunsStageIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stage = try Self.leftover(folder, "tmp", holding: "being written")
        let descriptor = open(stage, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        TranslationPackage.recoverStale(of: folder.path("pkg"))
        #expect(FileManager.default.fileExists(atPath: stage))
    }
}
