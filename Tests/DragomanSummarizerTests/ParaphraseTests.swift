import DragomanSummarizer
import DragomanText
import Foundation
import Testing

/// Redundancy control catches paraphrases: a sentence that restates, in other words, a fact a chosen sentence
/// already carries (with other facts besides, so their cosine stays low) is not chosen again, in single summaries
/// and in the digest. Pairs written for these tests, in Arabic and in English, with a related sentence that is not a
/// paraphrase as the control.
@Suite struct ParaphraseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let language: String
        /// A sentence carrying several facts.
        let fact: String
        /// One of those facts again, in other words.
        let paraphrase: String
        /// Related, sharing some words, but a different fact.
        let other: String
        /// Two more sentences of the same story.
        let rest: [String]
        var testDescription: String { language }
    }

    static let cases = [
        Case(
            language: "ar",
            fact:
                "أعلن وزير الخارجية الأردني أيمن الصفدي أن بلاده ستستضيف مؤتمرا دوليا لإعادة إعمار غزة في شهر مارس المقبل بمشاركة عشرات الدول والمنظمات.",
            paraphrase: "وقال الصفدي إن الأردن سيستضيف مؤتمر إعادة إعمار غزة في مارس المقبل.",
            other: "وقال الصفدي إن الأردن يدعم جهود مصر لوقف إطلاق النار في غزة.",
            rest: [
                "ويأتي المؤتمر بعد أشهر من الدمار الذي لحق بالقطاع وتقدر الأمم المتحدة كلفة البناء بخمسين مليار دولار.",
                "وتستعد عمان لاستقبال الوفود في فندق على البحر الميت وسط إجراءات أمنية مشددة.",
            ]),
        Case(
            language: "en",
            fact:
                "The European Union will send 500 million euros in emergency aid to Sudan, the Commission said on Monday after ministers met in Brussels to discuss the war, refugee camps in Chad and new sanctions on arms dealers.",
            paraphrase: "The EU will send Sudan 500 million euros of emergency aid.",
            other: "Ministers in Brussels also discussed the war in Ukraine and a new package of sanctions on Russia.",
            rest: [
                "Aid agencies have warned that millions of people face famine in Darfur and Kordofan.",
                "The first convoys are expected to cross the border from Chad within weeks.",
            ]),
    ]

    static func document(_ sentences: [String], name: String = "a.txt", language: String) throws -> Document {
        try Support.document(sentences.joined(separator: "\n\n") + "\n", name: name, language: language)
    }

    static func chosen(_ summary: Summary) -> [String] { summary.sentences.map(\.text) }

    @Test(arguments: cases)
    func aParaphraseIsNotChosenAgain(_ test: Case) throws {
        let document = try Self.document([test.fact, test.paraphrase] + test.rest, language: test.language)
        let summary = try Summarizer(length: .sentences(2)).summarize(document)
        #expect(Self.chosen(summary) == [test.fact, test.rest[0]])
        // The containment rule is what catches it: without it, the paraphrase is the second sentence.
        var parameters = DeskParameters.standard
        parameters.containment = 2
        let without = try Summarizer(algorithm: .desk, length: .sentences(2), desk: parameters).summarize(document)
        #expect(Self.chosen(without) == [test.fact, test.paraphrase])
    }

    @Test(arguments: cases)
    func aRelatedSentenceIsKept(_ test: Case) throws {
        let document = try Self.document([test.fact, test.other] + test.rest, language: test.language)
        let summary = try Summarizer(length: .sentences(2)).summarize(document)
        #expect(Self.chosen(summary) == [test.fact, test.other])
    }

    @Test(arguments: cases)
    func theDigestCarriesTheFactOnce(_ test: Case) throws {
        let documents = try Support.documents(
            [
                ("a.txt", [test.fact, test.rest[0]].joined(separator: "\n\n") + "\n"),
                ("b.txt", [test.paraphrase, test.rest[1]].joined(separator: "\n\n") + "\n"),
            ], language: test.language)
        let digest = try Summarizer(length: .sentences(3)).digest(documents)
        let texts = digest.sentences.map(\.text)
        #expect(texts.contains(test.fact) != texts.contains(test.paraphrase), "\(texts)")
        #expect(texts.count == 3)
    }

    /// A paraphrase that names a concept differently (الحلف, الناتو): too few shared words alone, caught when the
    /// glossary's concepts are given, as `prepare` gives them.
    static let alliance = [
        "وقال الحلف في بيان إن قواته ستبقى في العراق حتى نهاية العام المقبل لتدريب الجيش العراقي، مضيفا أن وزراء الدفاع سيجتمعون في بروكسل الشهر المقبل لبحث تمويل البعثة وتوسيع عملياتها في سوريا.",
        "وأكد الناتو أن جنوده باقون في العراق لتدريب الجيش.",
        "وتعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة الأسبوع الماضي دون وقوع إصابات.",
        "وتطالب فصائل عراقية بانسحاب جميع القوات الأجنبية من البلاد.",
    ]

    /// The UTF-8 range of the first `word` in `document`'s text.
    static func range(of word: String, in document: Document) throws -> Range<Int> {
        let text = document.source.text
        let found = try #require(text.range(of: word))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
        return start..<(start + word.utf8.count)
    }

    @Test func glossaryConceptsJoinSynonyms() throws {
        let document = try Self.document(Self.alliance, language: "ar")
        let summarizer = try Summarizer(length: .sentences(2))
        let plain = try summarizer.deskMarkdown(for: [document]).summaryResults[0]
        #expect(Self.chosen(plain) == Array(Self.alliance.prefix(2)))
        var concepts = ConceptSpans(documents: 1)
        concepts.add(document: 0, range: try Self.range(of: "الحلف", in: document), concept: "dm-0001")
        concepts.add(document: 0, range: try Self.range(of: "الناتو", in: document), concept: "dm-0001")
        let joined = try summarizer.deskMarkdown(for: [document], concepts: concepts)
        #expect(Self.chosen(joined.summaryResults[0]) == [Self.alliance[0], Self.alliance[2]])
        #expect(!joined.digestResult.sentences.map(\.text).contains(Self.alliance[1]))
    }

    /// The seed that showed the problem: its summary and the seeds' digest carried the same fact twice.
    @Test func seed004StatesItsFactOnce() throws {
        let seeds = try Support.seeds()
        let repeated = "واكد امين عام حلف الناتو، روتي، خلال حديثه في اجتماع لوزراء دفاع التحالف الدولي ضد داعش"
        let summary = try Summarizer().summarize(
            try #require(seeds.first { $0.source.name.hasSuffix("004_1485ed8d9be99254.txt") }))
        #expect(summary.sentences.contains { $0.text.hasPrefix("خلال الاجتماع الوزاري لوزراء دفاع") })
        #expect(!summary.sentences.contains { $0.text.hasPrefix(repeated) })
        let digest = try Summarizer().digest(seeds)
        #expect(!digest.sentences.contains { $0.text.hasPrefix(repeated) })
    }
}
