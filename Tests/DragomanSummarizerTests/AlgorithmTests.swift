import DragomanSummarizer
import DragomanText
import Testing

@Suite struct AlgorithmTests {
    /// Segment indices of the budget article's sentences (no title, one paragraph).
    let offTopic: Set<Int> = [0, 5]

    @Test func budgetArticleHasSixCandidateSentences() throws {
        let document = try Support.document(Support.budget)
        #expect(document.segments.filter { $0.kind == .sentence }.count == 6)
        #expect(document.language == "ar")
    }

    @Test func leadTakesTheFirstSentences() throws {
        let summary = try Summarizer(algorithm: .lead, length: .sentences(2)).summarize(
            Support.document(Support.budget))
        #expect(summary.sentences.map(\.index) == [0, 1])
    }

    /// A wheat-price story in which sentence 2 shares words with every other sentence and the others share fewer.
    static let wheat = """
        ارتفعت أسعار القمح في الأسواق المحلية هذا الأسبوع. \
        وقال التجار إن نقص الأمطار خفض محصول القمح. \
        وأكدت الحكومة أن نقص الأمطار رفع أسعار القمح في الأسواق ورفع أسعار الخبز. \
        وطالب المواطنون بدعم أسعار الخبز. \
        وتوقع خبراء تحسن الأسواق بعد موسم الأمطار.

        """

    @Test(arguments: [SummaryAlgorithm.lexrank, .lexrankContinuous, .textrank])
    func centralityAlgorithmsChooseTheSentenceThatTiesTheStory(_ algorithm: SummaryAlgorithm) throws {
        let document = try Support.document(Self.wheat)
        let one = try Summarizer(algorithm: algorithm, length: .sentences(1)).summarize(document)
        #expect(one.sentences.map(\.index) == [2])
    }

    @Test func textRankPutsOffTopicSentencesLast() throws {
        let document = try Support.document(Support.budget)
        let four = try Summarizer(algorithm: .textrank, length: .sentences(4)).summarize(document)
        #expect(four.sentences.map(\.index) == [1, 2, 3, 4])
    }

    @Test func deskPrefersTheStoryOverAnOffTopicOpening() throws {
        let document = try Support.document(Support.budget)
        let summary = try Summarizer(algorithm: .desk, length: .sentences(1)).summarize(document)
        #expect(summary.sentences.map(\.index) == [1])
        // The story's sentences come before both off-topic ones, in news order.
        let four = try Summarizer(algorithm: .desk, length: .sentences(4)).summarize(document)
        #expect(four.sentences.map(\.index) == [1, 2, 3, 4])
    }

    @Test func deskSkipsAPreambleOfTwoRelatedOffTopicSentences() throws {
        // Two sentences about football vouch for each other, but not for the story that follows.
        let text = """
            ولعب فريق كرة القدم مباراة ودية مساء أمس أمام جمهور كبير. \
            وفاز فريق المدينة في المباراة بهدفين أمام جمهور كبير. \
            وافقت الحكومة على ميزانية التعليم بعد نقاش في البرلمان مع المعارضة والمعلمين. \
            وقال وزير المالية إن ميزانية التعليم تزيد رواتب المعلمين وتبني مدارس. \
            وانتقدت المعارضة في البرلمان تأخر ميزانية التعليم أسابيع طويلة. \
            وسيعقد البرلمان جلسة خاصة حول رواتب المعلمين الشهر المقبل.

            """
        let document = try Support.document(text)
        let desk = try Summarizer(algorithm: .desk, length: .sentences(2)).summarize(document)
        #expect(desk.sentences.map(\.index) == [2, 3])
        let lead = try Summarizer(algorithm: .lead, length: .sentences(2)).summarize(document)
        #expect(lead.sentences.map(\.index) == [0, 1])
    }

    @Test func deskFollowsPositionWhenTheOpeningIsTheStory() throws {
        // The same story with the off-topic sentences at the end: the desk ranker keeps the news order.
        let text = """
            وافقت الحكومة على ميزانية التعليم الجديدة بعد نقاش طويل في البرلمان. \
            وقال وزير المالية إن ميزانية التعليم الجديدة تزيد رواتب المعلمين وتبني مدارس. \
            وانتقدت المعارضة في البرلمان الحكومة بسبب تأخر ميزانية التعليم الجديدة. \
            كان الطقس جميلا في الصباح والسماء صافية فوق المدينة.

            """
        let summary = try Summarizer(algorithm: .desk, length: .sentences(1)).summarize(Support.document(text))
        #expect(summary.sentences.map(\.index) == [0])
        let two = try Summarizer(algorithm: .desk, length: .sentences(2)).summarize(Support.document(text))
        #expect(two.sentences.map(\.index) == [0, 1])
    }

    @Test(arguments: SummaryAlgorithm.allCases)
    func sentencesAreVerbatimAndInOriginalOrder(_ algorithm: SummaryAlgorithm) throws {
        let document = try Support.document(Support.budget)
        let summary = try Summarizer(algorithm: algorithm, length: .sentences(3)).summarize(document)
        #expect(summary.sentences.map(\.index) == summary.sentences.map(\.index).sorted())
        for sentence in summary.sentences {
            #expect(document.source.text(in: sentence.range) == sentence.text)
            #expect(document.segments[sentence.index].text == sentence.text)
        }
    }

    @Test func redundantCopyIsSkippedByDesk() throws {
        // Sentence 1 repeats sentence 0 with other spellings (hamza, teh marbuta, alef maksura, harakat).
        let text = """
            أعلنت الحكومة الأردنية إطلاق خطة جديدة لمكافحة الإرهاب في المنطقة. \
            اعلنت الحكومه الاردنيه اطلاق خطة جديدة لمُكافحة الارهاب في المنطقه. \
            وتشمل الخطة تدريب قوات الأمن وتعزيز التعاون مع دول الجوار. \
            وقال وزير الداخلية إن الخطة ستبدأ في الشهر المقبل.

            """
        let summary = try Summarizer(algorithm: .desk, length: .sentences(2)).summarize(Support.document(text))
        #expect(summary.sentences.map(\.index) == [0, 2])
        let lead = try Summarizer(algorithm: .lead, length: .sentences(2)).summarize(Support.document(text))
        #expect(lead.sentences.map(\.index) == [0, 1])
    }

    @Test func englishPluralsAreOneTermForRedundancy() throws {
        // Sentence 1 repeats sentence 0 in the singular: only the S-stemmer makes them the same words.
        let text = """
            Soldiers guarded the bridges and roads. \
            A soldier guarded a bridge and a road. \
            The finance minister said teachers will get higher salaries. \
            The opposition criticised the delay.

            """
        let document = try Support.document(text)
        #expect(document.language == "en")
        let desk = try Summarizer(algorithm: .desk, length: .sentences(2)).summarize(document)
        #expect(desk.sentences.map(\.index) == [0, 2])
    }
}

@Suite struct LearnedModelTests {
    @Test func bundledModelLoadsAndRanksTheSeeds() throws {
        let summarizer = try Summarizer(algorithm: .learned, length: .sentences(2))
        for document in try Support.seeds() {
            let summary = try summarizer.summarize(document)
            #expect(summary.sentences.count == 2)
            #expect(summary.algorithm == .learned)
        }
    }

    @Test func badWeightsFileIsRefusedWithLine() {
        #expect(
            throws: SummarizerError.badData(
                file: "w.tsv", line: 2,
                reason: "expected 'feature<TAB>mean<TAB>deviation<TAB>weight', got 'first\t0.1\tzero\t1'")
        ) {
            try LearnedModel.parse("bias\t0\nfirst\t0.1\tzero\t1\n", file: "w.tsv")
        }
        #expect(throws: SummarizerError.badData(file: "w.tsv", line: 0, reason: "no weight for feature 'first'")) {
            try LearnedModel.parse("bias\t0\n", file: "w.tsv")
        }
    }
}
