import DragomanText
import Foundation
import Testing

/// The hard-wrapped newspaper articles of EASC: sentences run on across line ends, paragraphs stay sentences.
/// They read ../shared/easc-dev, present in CI and absent in a user's clone.
@Suite(.enabled(if: Paths.hasEASC, "needs ../shared/easc-dev/articles"))
struct WrappedTextTests {
    static let wrapped = ["004", "005", "016", "053", "092"]

    @Test(arguments: wrapped)
    func noSentenceIsCutAtALineEnd(article: String) throws {
        let path = Paths.easc.appendingPathComponent("\(article).txt").path
        let document = try TextPipeline().process(paths: [path])[0]
        #expect(document.segments.count > 3)
        for segment in document.segments {
            #expect(segment.kind == .sentence, "demoted to a line: \(segment.text)")
            let end = segment.singleLineText.trimmingCharacters(in: CharacterSet(charactersIn: "\"”»)'"))
            #expect(
                [".", "؟", "?", "!", "…"].contains { end.hasSuffix($0) }, "cut at a line end: …\(end.suffix(40))")
        }
        // Most sentences of a wrapped article span a line break.
        #expect(document.segments.filter { $0.text.contains("\n") }.count * 2 >= document.segments.count)
    }

    @Test func wholeDevelopmentSplitHasFewUnpunctuatedSegments() throws {
        let documents = try TextPipeline().process(paths: [Paths.easc.path])
        #expect(documents.count == 102)
        let segments = documents.flatMap(\.segments)
        let unpunctuated = segments.filter { segment in
            let end = segment.singleLineText.trimmingCharacters(in: CharacterSet(charactersIn: "\"”»)'"))
            return segment.kind == .sentence && ![".", "؟", "?", "!", "…"].contains { end.hasSuffix($0) }
        }
        // Only paragraphs whose writers left off the period (measured: 5 of ~1,400).
        #expect(unpunctuated.count <= 8)
        #expect(segments.filter { $0.kind == .line }.count <= 8)
    }
}
