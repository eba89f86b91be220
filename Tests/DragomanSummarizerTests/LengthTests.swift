import DragomanSummarizer
import DragomanText
import Testing

@Suite struct LengthTests {
    @Test func automaticLengthIsAQuarterRoundedUpCappedAtFive() throws {
        let summarizer = try Summarizer(algorithm: .lead)
        // Six sentences → 2; the seed with 14 candidates → 4; 40 sentences → the cap, 5.
        #expect(try summarizer.summarize(Support.document(Support.budget)).sentences.count == 2)
        let seed = try Support.seeds().first { $0.source.name.hasSuffix("002_338c65e35c31d7d7.txt") }!
        let summary = try summarizer.summarize(seed)
        #expect(summary.candidates == 14)
        #expect(summary.sentences.count == 4)
        let long = String(repeating: Support.budget.replacingOccurrences(of: "\n", with: " "), count: 7)
        #expect(try summarizer.summarize(Support.document(long)).sentences.count == 5)
    }

    @Test func sentencesGivesExactlyThatManyOrAll() throws {
        let document = try Support.document(Support.budget)
        #expect(try Summarizer(length: .sentences(3)).summarize(document).sentences.count == 3)
        #expect(try Summarizer(length: .sentences(50)).summarize(document).sentences.count == 6)
    }

    @Test func wordsRunsOverByAtMostTheLastSentence() throws {
        let document = try Support.document(Support.budget)
        for budget in [1, 5, 12, 20, 30, 45] {
            let summary = try Summarizer(algorithm: .lead, length: .words(budget)).summarize(document)
            #expect(summary.words >= budget)
            #expect(summary.words - summary.sentences.last!.words < budget)
        }
    }

    @Test(arguments: [SummaryAlgorithm.lead, .desk, .lexrank, .textrank])
    func maxWordsNeverRunsOver(_ algorithm: SummaryAlgorithm) throws {
        let document = try Support.document(Support.budget)
        for budget in [5, 12, 20, 30, 45] {
            let summary = try Summarizer(algorithm: algorithm, length: .maxWords(budget)).summarize(document)
            #expect(summary.words <= budget)
        }
        // The shortest sentences have 9 words: a budget of 7 gives an empty summary rather than running over.
        #expect(try Summarizer(algorithm: algorithm, length: .maxWords(7)).summarize(document).sentences.isEmpty)
    }

    @Test func ratioRoundsUp() throws {
        let document = try Support.document(Support.budget)
        #expect(try Summarizer(length: .ratio(0.5)).summarize(document).sentences.count == 3)
        #expect(try Summarizer(length: .ratio(0.01)).summarize(document).sentences.count == 1)
        #expect(try Summarizer(length: .ratio(1)).summarize(document).sentences.count == 6)
    }

    @Test(arguments: [
        (SummaryLength.sentences(0), "--sentences '0' is not a valid summary length; give a positive number"),
        (.words(-3), "--words '-3' is not a valid summary length; give a positive number"),
        (.maxWords(0), "--max-words '0' is not a valid summary length; give a positive number"),
        (.ratio(1.5), "--ratio '1.5' is not a valid summary length; give a share above 0 and at most 1, e.g. 0.25"),
        (.ratio(0), "--ratio '0.0' is not a valid summary length; give a share above 0 and at most 1, e.g. 0.25"),
    ])
    func badLengthsAreRefused(_ length: SummaryLength, _ message: String) {
        #expect(throws: SummarizerError.self) { try Summarizer(length: length) }
        do {
            _ = try Summarizer(length: length)
        } catch {
            #expect(error.description == message)
        }
    }
}
