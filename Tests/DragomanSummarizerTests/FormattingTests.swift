import DragomanSummarizer
import DragomanText
import Foundation
import Testing

@Suite struct FormattingTests {
    @Test func jsonOffsetsPointAtTheSentenceBytes() throws {
        for document in try Support.seeds() {
            let json = try Summarizer(length: .sentences(3)).summarize(document).formatted(as: .json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["file"] as? String == document.source.name)
            let bytes = Array(document.source.text.utf8)
            let sentences = try #require(object["sentences"] as? [[String: Any]])
            #expect(sentences.count == 3)
            for sentence in sentences {
                let start = try #require(sentence["start"] as? Int)
                let end = try #require(sentence["end"] as? Int)
                let index = try #require(sentence["index"] as? Int)
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == sentence["text"] as? String)
                #expect(document.segments[index].range == start..<end)
                #expect(sentence["score"] is Double)
            }
        }
    }

    @Test func documentWithoutSentencesSaysSo() throws {
        // A headline and a byline only: nothing may be chosen.
        let summary = try Summarizer().summarize(Support.document("الحكومة تقر ميزانية التعليم\n\nكتب: أحمد علي\n"))
        #expect(summary.candidates == 0)
        #expect(summary.sentences.isEmpty)
        #expect(
            summary.markdown().hasSuffix(
                "*(the document has no sentences to choose from: only headlines, bylines or boilerplate)*\n"))
        let tight = try Summarizer(length: .maxWords(2)).summarize(Support.document(Support.budget))
        #expect(tight.markdown().hasSuffix("*(no sentence fits the requested length)*\n"))
    }

    @Test func markdownEscapesMarkup() throws {
        let text = "The *new* budget_plan was approved by [parliament] today.\n"
        let summary = try Summarizer(length: .sentences(1)).summarize(Support.document(text))
        #expect(summary.markdown().contains("The \\*new\\* budget\\_plan was approved by \\[parliament\\] today."))
    }

    @Test func textFormatPutsWrappedSentencesOnOneLine() throws {
        // Hard-wrapped at 40 columns: the first sentence spans two lines.
        let text = """
            وافقت الحكومة على ميزانية التعليم
            الجديدة بعد نقاش طويل في البرلمان استمر
            ساعات. وقال وزير المالية إن الميزانية
            تزيد رواتب المعلمين وتبني مدارس جديدة في
            المحافظات الجنوبية. وانتقدت المعارضة
            تأخر الإعلان عن الخطة أسابيع طويلة.

            """
        let summary = try Summarizer(algorithm: .lead, length: .sentences(1)).summarize(Support.document(text))
        #expect(summary.sentences[0].text.contains("\n"))
        let lines = summary.formatted(as: .text).split(separator: "\n")
        #expect(lines.last == "وافقت الحكومة على ميزانية التعليم الجديدة بعد نقاش طويل في البرلمان استمر ساعات.")
    }
}
