import DragomanGlossary
import DragomanTestSupport
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import DragomanXML
import Foundation
import Testing

/// Merging a fully translated XLIFF gives the targets in paragraph order, in every version (seeded random articles:
/// written with the source copied into the targets, each target then replaced by its translation as a CAT tool
/// would, merged back).
@Suite struct MergePropertyTests {
    /// A translation: Latin words, numbers and punctuation (characters XML escapes included), never white space at
    /// either end, never the source.
    static func translation(_ number: Int, using generator: inout SplitMix64) -> String {
        let words = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
            Bool.random(using: &generator)
                ? RandomText.latinWords.randomElement(using: &generator)!
                : RandomText.punctuation.randomElement(using: &generator)!
        }
        return (["T\(number)"] + words).joined(separator: " ") + "."
    }

    /// The written paragraphs of a document as segment indices, by the writer's rule: boilerplate left out; a
    /// paragraph's consecutive sentences together; each line on its own.
    static func paragraphs(_ document: Document) -> [[Int]] {
        var paragraphs: [[Int]] = []
        for segment in document.segments where segment.boilerplate == nil {
            if let last = paragraphs.last, document.segments[last[0]].paragraph == segment.paragraph,
                segment.kind == .sentence, document.segments[last[0]].kind == .sentence
            {
                paragraphs[paragraphs.count - 1].append(segment.index)
            } else {
                paragraphs.append([segment.index])
            }
        }
        return paragraphs
    }

    /// `xml` with the text of its n-th `<target>` replaced by `translations[n]` (escaped), in document order.
    static func translated(_ xml: String, _ translations: [String]) -> (xml: String, targets: Int) {
        var out = ""
        var rest = Substring(xml)
        var count = 0
        while let open = rest.firstMatch(of: /<target[^>]*>/),
            let close = rest[open.range.upperBound...].range(of: "</target>")
        {
            out += rest[..<open.range.upperBound]
            if count < translations.count { out += XMLBuilder.escaped(translations[count], attribute: false) }
            count += 1
            out += "</target>"
            rest = rest[close.upperBound...]
        }
        return (out + rest, count)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func mergingAFullyTranslatedFileGivesTheTargetsInParagraphOrder(_ version: XLIFFVersion) throws {
        var generator = SplitMix64(seed: 2020 + UInt64(XLIFFVersion.allCases.firstIndex(of: version)!))
        let pipeline = try TextPipeline()
        let writer = try XLIFFWriter(options: XLIFFOptions(version: version, copySource: true))
        for _ in 0..<120 {
            let text = RandomText.article(paragraphs: 1...4, using: &generator)
            let document = try pipeline.process([SourceText(name: "random.txt", text: text)])[0]
            let paragraphs = Self.paragraphs(document)
            guard !paragraphs.isEmpty else { continue }
            let article = XLIFFArticle(
                document: document, stem: "random",
                table: TermTable(document: document, matches: [], glossary: Glossary(entries: [])), words: [],
                summary: [])
            var translations: [Int: String] = [:]
            for index in paragraphs.joined() { translations[index] = Self.translation(index, using: &generator) }
            let (xml, targets) = Self.translated(
                try writer.write(article), paragraphs.joined().map { translations[$0]! })
            #expect(targets == translations.count)

            let read = try XLIFFReader().read(Data(xml.utf8), name: "random.ar-en.xlf")
            let merged = try TranslationMerger().articles([read], output: nil)
            #expect(merged.count == 1)
            #expect(merged[0].untranslated == [])

            let source = Array(text.utf8)
            let expected = paragraphs.map { indices in
                var paragraph = ""
                for index in indices {
                    if index != indices[0] {
                        // 1.2 gives no gap (one space); 2.x the original text between the segments (an ignorable).
                        let gap =
                            document.segments[index - 1].range.upperBound..<document.segments[index].range.lowerBound
                        paragraph +=
                            version == .v1_2 || gap.isEmpty ? " " : String(decoding: source[gap], as: UTF8.self)
                    }
                    paragraph += translations[index]!
                }
                return paragraph
            }
            let want = expected.joined(separator: "\n\n") + "\n"
            guard merged[0].text == want else {
                Issue.record(
                    "\(merged[0].text.debugDescription)\nwanted \(want.debugDescription)\nfrom \(text.debugDescription)"
                )
                return
            }
        }
    }
}
