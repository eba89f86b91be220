import DragomanTestSupport
import DragomanTranslation
import DragomanXLIFF
import Foundation
import Testing

/// The five seeds with the shipped glossary, in every version: valid, complete, and read by Translate Toolkit.
@Suite struct SeedXLIFFTests {
    static let glossary = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path

    static func batch() throws -> TranslationBatch {
        try TranslationBatch.read(paths: [Repository.seeds.path], glossary: glossary)
    }

    /// Writes the seeds' XLIFF into a fresh folder.
    static func write(_ options: XLIFFOptions) throws -> (folder: TemporaryFolder, paths: [String]) {
        let folder = try TemporaryFolder()
        return (folder, try batch().writeXLIFF(XLIFFWriter(options: options), to: folder.url.path))
    }

    @Test func everySeedHasOneFileWithEveryContentSegment() throws {
        let batch = try Self.batch()
        let files = try batch.xliffData(XLIFFWriter())
        #expect(
            files.map(\.name)
                == Repository.seedFiles.map {
                    URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent + ".ar-en.xlf"
                })
        for (article, file) in zip(batch.articles, files) {
            let content = String(decoding: file.data, as: UTF8.self)
            let units = content.components(separatedBy: "<trans-unit ").count - 1
            #expect(units == article.document.content.count, "\(file.name)")
            #expect(content.contains("<mrk mtype=\"term\""))
            #expect(article.words.reduce(0, +) > 100)
        }
    }

    @Test(
        .enabled(if: XMLLint.canValidateXLIFF, "needs xmllint (Debian libxml2-utils)"), arguments: XLIFFVersion.allCases
    )
    func seedsValidateInEveryVersion(_ version: XLIFFVersion) throws {
        for options in [
            XLIFFOptions(version: version), XLIFFOptions(version: version, keepBoilerplate: true, copySource: true),
            XLIFFOptions(version: version, onlySummary: true),
        ] {
            let (folder, paths) = try Self.write(options)
            defer { folder.remove() }
            #expect(paths.count == 5)
            for path in paths {
                let result = try XMLLint.validate(file: path, against: XMLLint.xliff(version.rawValue))
                #expect(result.status == 0, "\(options): \(result.combined)")
            }
        }
    }

    /// pocount (Translate Toolkit 3.20.4) finds every trans-unit and counts words with Unicode's default word
    /// boundaries (UAX #29) after deleting anything that looks like a tag and splitting "a.b"; Dragoman counts the word
    /// and number tokens of ICU's word breaks. On the seeds the two agree exactly.
    @Test(.enabled(if: ExternalTool.isInstalled("pocount"), "needs pocount (Translate Toolkit)"))
    func pocountFindsEveryUnitAndItsWords() throws {
        let batch = try Self.batch()
        let (folder, paths) = try Self.write(XLIFFOptions())
        defer { folder.remove() }
        let result = try Subprocess.run("pocount", ["--csv"] + paths)
        #expect(result.status == 0, "\(result.combined)")
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        #expect(rows.count == 5)
        for (row, article) in zip(rows, batch.articles) {
            // Filename, …, Total Message, Total Source Words, …
            let units = Int(row[8]) ?? -1
            let words = Int(row[9]) ?? -1
            #expect(units == article.document.content.count, "\(row[0])")
            #expect(words > 0, "\(row[0])")
            let dragoman = article.document.content.reduce(0) { $0 + article.words[$1.index] }
            #expect(words == dragoman, "\(row[0]): pocount \(words), Dragoman \(dragoman)")
        }
    }

    /// Where the two counts part: pocount drops text between < and > (it takes it for markup) and splits "U.S."
    /// in two; Dragoman counts both as written.
    @Test(.enabled(if: ExternalTool.isInstalled("pocount"), "needs pocount (Translate Toolkit)"))
    func pocountCountsTagLikeTextAndAbbreviationsDifferently() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write("قال المتحدث إن <الحلف باق> وإن U.S. تدعمه.\n", to: "words.txt")
        let batch = try TranslationBatch.read(paths: [article], glossary: Self.glossary)
        let paths = try batch.writeXLIFF(XLIFFWriter(), to: folder.url.path)
        let result = try Subprocess.run("pocount", ["--csv"] + paths)
        let row = try #require(result.stdout.split(separator: "\n").dropFirst().first?.split(separator: ","))
        // Dragoman: قال المتحدث إن الحلف باق وإن U.S تدعمه; pocount drops الحلف باق and counts U and S.
        #expect(batch.articles[0].words.reduce(0, +) == 8)
        #expect(Int(row[9]) == 7)
    }
}
