import DragomanSummarizer
import DragomanTestSupport
import DragomanText
import Testing

/// A summary is made of the document's own sentences, in their order, whatever the algorithm and length (seeded
/// random Arabic news documents: paragraphs, headlines, near-copies).
@Suite struct SummaryPropertyTests {
    @Test(arguments: SummaryAlgorithm.allCases)
    func summarySentencesAreTheDocumentsInOrder(_ algorithm: SummaryAlgorithm) throws {
        var generator = SplitMix64(seed: 777)
        let lengths: [SummaryLength] = [.automatic, .sentences(3), .words(40), .maxWords(25), .ratio(0.5)]
        for _ in 0..<120 {
            var text = Bool.random(using: &generator) ? "عنوان الخبر اليوم\n\n" : ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    text += RandomText.sentence(words: 2...20, using: &generator) + " "
                }
                text += "\n\n"
            }
            let document = try Support.document(text)
            let length = lengths.randomElement(using: &generator)!
            let summary = try Summarizer(algorithm: algorithm, length: length).summarize(document)
            let indices = summary.sentences.map(\.index)
            #expect(indices == indices.sorted() && Set(indices).count == indices.count, "\(text)")
            for sentence in summary.sentences {
                let segment = document.segments[sentence.index]
                #expect(segment.kind == .sentence && segment.boilerplate == nil)
                #expect(sentence.text == segment.text && sentence.range == segment.range)
            }
        }
    }
}
