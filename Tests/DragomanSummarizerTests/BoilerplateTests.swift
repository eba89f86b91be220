import DragomanSummarizer
import DragomanText
import Testing

@Suite struct BoilerplateTests {
    @Test(arguments: SummaryAlgorithm.allCases)
    func seedsNeverYieldBoilerplateOrLines(_ algorithm: SummaryAlgorithm) throws {
        let documents = try Support.seeds()
        #expect(documents.count == 5)
        // Every sentence, so any boilerplate sentence would be chosen if it were a candidate.
        let summarizer = try Summarizer(algorithm: algorithm, length: .ratio(1))
        for document in documents {
            let summary = try summarizer.summarize(document)
            #expect(!summary.sentences.isEmpty)
            for sentence in summary.sentences {
                let segment = document.segments[sentence.index]
                #expect(segment.kind == .sentence)
                #expect(segment.boilerplate == nil)
            }
        }
        let digest = try summarizer.digest(documents)
        for sentence in digest.sentences {
            let document = documents.first { $0.source.name == sentence.source }!
            #expect(document.segments[sentence.index].kind == .sentence)
            #expect(document.segments[sentence.index].boilerplate == nil)
        }
    }

    @Test func furnitureSentenceAndHeadlineAreNotChosenAndTitleIsShown() throws {
        let text = """
            الحكومة تقر ميزانية التعليم

            \(Support.budget)
            The post الحكومة تقر ميزانية التعليم first appeared on النيل - قناة مصر الإخبارية.

            """
        let document = try Support.document(text)
        let furniture = document.segments.filter { $0.boilerplate != nil && $0.kind == .sentence }
        #expect(furniture.count == 1)
        let summary = try Summarizer(algorithm: .lead, length: .ratio(1)).summarize(document)
        #expect(summary.title?.text == "الحكومة تقر ميزانية التعليم")
        #expect(summary.sentences.count == 6)
        #expect(!summary.sentences.contains { $0.index == furniture[0].index || $0.index == summary.title?.index })
        #expect(summary.markdown().hasPrefix("# الحكومة تقر ميزانية التعليم\n"))
    }
}
