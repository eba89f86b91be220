import DragomanTestSupport
import DragomanTranslation
import DragomanXLIFF
import Foundation
import Testing

/// A seed article in every version, byte for byte. Set DRAGOMAN_UPDATE_GOLDEN=1 to rewrite the files after an
/// intended change (the run then fails once, so a rewrite is never silent), and read the diff before committing.
@Suite struct XLIFFGoldenTests {
    @Test(arguments: XLIFFVersion.allCases)
    func seedMatchesItsGoldenFile(_ version: XLIFFVersion) throws {
        let batch = try TranslationBatch.read(paths: [WriterFixtures.seed], glossary: WriterFixtures.glossary)
        let writer = try XLIFFWriter(options: XLIFFOptions(version: version))
        let files = try batch.xliffData(writer)
        #expect(files.map(\.name) == ["003_ebcacb89700a50ef.ar-en.xlf"])
        let written = String(decoding: files[0].data, as: UTF8.self)
        #expect(try batch.xliff(writer).map(\.content) == [written])
        let golden = WriterFixtures.golden(version.rawValue)
        if ProcessInfo.processInfo.environment["DRAGOMAN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(written.utf8).write(to: golden)
            Issue.record("rewrote \(golden.path); unset DRAGOMAN_UPDATE_GOLDEN and run again")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(written == expected, "differs from \(golden.path)")
    }

    @Test(
        .enabled(if: XMLLint.canValidateXLIFF, "needs xmllint (Debian libxml2-utils)"), arguments: XLIFFVersion.allCases
    )
    func goldenFilesAreValid(_ version: XLIFFVersion) throws {
        let result = try XMLLint.validate(
            file: WriterFixtures.golden(version.rawValue).path, against: XMLLint.xliff(version.rawValue))
        #expect(result.status == 0, "\(result.combined)")
    }

    @Test func goldenFilesShowEveryKindOfTerm() throws {
        let v1 = try String(contentsOf: WriterFixtures.golden("1.2"), encoding: .utf8)
        #expect(
            v1.contains(
                "الجانب العراقي → Government of Iraq (also: Iraqi government); deprecated term: use الحكومة العراقية (Government of Iraq); glossary note: Vague; name the government."
            ))
        #expect(
            v1.contains(
                "ستولينبيرج → Jens Stoltenberg (also: Stoltenberg); fuzzy match (score 0.93) of ينس ستولتنبيرج, not an exact glossary form: check the name"
            ))
        // A proposed entry waits for review: it is not marked.
        #expect(v1.contains("بإنشاء \"آلية للتشاور السياسي\" بين"))
        #expect(v1.contains("<note from=\"dragoman\">summary sentence</note>"))
        #expect(v1.contains("<note from=\"dragoman\">headline</note>"))
        let v2 = try String(contentsOf: WriterFixtures.golden("2.2"), encoding: .utf8)
        #expect(
            v2.contains("<gls:definition>Capital of Belgium; seat of NATO &amp; the EU &lt;HQ&gt;.</gls:definition>"))
        #expect(v2.contains("<mda:meta type=\"summary\">"))
    }
}
