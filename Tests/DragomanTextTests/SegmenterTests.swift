import DragomanText
import Foundation
import Testing

@Suite struct SegmenterTests {
    @Test func clauseConnectorDoesNotEndSentence() throws {
        let document = try segment(
            "وأوضح أن إيطاليا تستعد لتعزيز دورها في العراق.. مشيرا إلى أن التنظيم يشكل تهديدا. وقال الوزير إن الحلف مستعد."
        )
        #expect(
            texts(document) == [
                "وأوضح أن إيطاليا تستعد لتعزيز دورها في العراق.. مشيرا إلى أن التنظيم يشكل تهديدا.",
                "وقال الوزير إن الحلف مستعد.",
            ])
    }

    @Test func connectorWithoutSpaceAndEllipsis() throws {
        let document = try segment("دعا الحلف إلى التعاون..مشيرا إلى التهديد. وانتهى الاجتماع... ثم بدأ اجتماع آخر.")
        #expect(
            texts(document) == [
                "دعا الحلف إلى التعاون..مشيرا إلى التهديد.", "وانتهى الاجتماع...", "ثم بدأ اجتماع آخر.",
            ])
    }

    @Test(arguments: [
        "قال د. أحمد حسن إن الاجتماع انتهى.", "حاضر أ.د. محمد علي في الجامعة أمس.", "وصل م. خالد إلى بغداد صباحا.",
        "انظر ص. 12 من التقرير الصادر أمس.", "بلغت الخسائر مليون ج. م. في العام الماضي.",
        "Mr. Rutte met Dr. Austin in Brussels.", "The U.S. mission will stay in Iraq.",
        "Resolution No. 2170 was adopted unanimously.",
    ])
    func abbreviationsDoNotEndSentences(sentence: String) throws {
        let document = try segment(sentence + " " + sentence)
        #expect(texts(document) == [sentence, sentence])
    }

    @Test func quotesAndParenthesesStayBalanced() throws {
        let document = try segment(
            "ومضى بقوله \"لكن علينا ألا نشتت انتباهنا. إن الهجمات مستمرة\". وأضاف (في بيان. صدر اليوم) أن الحلف باق.")
        #expect(
            texts(document) == [
                "ومضى بقوله \"لكن علينا ألا نشتت انتباهنا. إن الهجمات مستمرة\".",
                "وأضاف (في بيان. صدر اليوم) أن الحلف باق.",
            ])
    }

    @Test func strayQuoteDoesNotGlueParagraph() throws {
        let document = try segment("بنهاية عام 2017 \" و تحرير المدن. وقال الوزير إن الحلف باق. وانتهى الاجتماع.")
        #expect(document.segments.count == 3)
    }

    @Test func arabicPunctuationAndMixedScriptsStayIntact() throws {
        let text = "هل يبقى حلف الناتو (NATO) في العراق؟ قال روتي، وهو Mark Rutte، نعم؛ البعثة ستبقى ٢٠٢٥."
        let document = try segment(text)
        #expect(
            texts(document) == [
                "هل يبقى حلف الناتو (NATO) في العراق؟", "قال روتي، وهو Mark Rutte، نعم؛ البعثة ستبقى ٢٠٢٥.",
            ])
        #expect(document.segments.allSatisfy { $0.language == "ar" })
    }

    @Test func headlineBylineAndDatelineAreLines() throws {
        let document = try segment(
            """
            الناتو يؤكد دعم جهود التحالف الدولي

            بروكسل (أ ش أ)

            قال الأمين العام للحلف إن البعثة ستستمر في العراق.
            """)
        #expect(document.segments.map(\.kind) == [.line, .line, .sentence])
        #expect(document.segments.map(\.paragraph) == [1, 2, 3])
        #expect(document.title?.text == "الناتو يؤكد دعم جهود التحالف الدولي")
    }

    @Test func longUnpunctuatedParagraphIsASentence() throws {
        // Several paragraphs of seed 003 lack a final period; they are sentences, not lines.
        let document = try segment(
            "وأضاف الوزير بحسب بيان الحلف أنه شرف بزيارة القادة العراقيين لمقر الحلف في بروكسل ومحادثاتهم مع القيادات العسكرية والسياسية للحلف الذي يتمتع فيه العراق بوضعية الشريك"
        )
        #expect(document.segments.map(\.kind) == [.sentence])
    }

    @Test func hardWrappedTextIsUnwrapped() throws {
        let wrapped = """
            قال الأمين العام لحلف شمال الأطلسي إن الحلف سيستمر في مهمته
            في العراق حتى بعد انتهاء مهمة التحالف الدولي ضد داعش، مشيرا إلى
            أن تراجع التهديدات هو الذي مهد للمرحلة الانتقالية في البلاد.
             وأضاف أن بعثة الحلف في العراق تعد ركيزة لوجوده في المنطقة كلها
            وأن التعاون مع الحكومة العراقية سيستمر في السنوات المقبلة.
            """
        let document = try segment(wrapped)
        #expect(document.segments.count == 2)
        #expect(document.segments.map(\.paragraph) == [1, 2])
        #expect(document.segments[0].text.contains("\n"))
        #expect(document.segments[0].singleLineText.hasSuffix("في البلاد."))
    }

    @Test func lineBreaksAreNotSentenceBreaks() throws {
        // Each line of seed 004 is a paragraph; a headline-less byline line stays a line.
        let document = try TextPipeline().process(paths: [
            Paths.seeds.appendingPathComponent("004_1485ed8d9be99254.txt").path
        ])[0]
        #expect(document.segments.first?.kind == .line)
        #expect(document.segments.filter { $0.kind == .sentence }.count == 14)
    }

    @Test func englishDocument() throws {
        let document = try segment(
            """
            NATO to stay in Iraq

            Mr. Rutte said on Thursday the alliance would stay. "We are not leaving. The mission goes on," he said.
            """)
        #expect(document.language == "en")
        #expect(
            texts(document) == [
                "NATO to stay in Iraq", "Mr. Rutte said on Thursday the alliance would stay.",
                "\"We are not leaving. The mission goes on,\" he said.",
            ])
    }

    @Test(arguments: ["arabic-crlf.txt", "arabic-cr.txt"])
    func windowsAndOldMacLineEnds(file: String) throws {
        let source = try TextReader().read(path: Paths.fixture(file))
        let document = try TextPipeline().process([source])[0]
        #expect(texts(document) == ["عنوان الخبر", "قال الحلف إن الاجتماع انتهى.", "وأكد دعمه للعراق."])
        #expect(document.segments.map(\.kind) == [.line, .sentence, .sentence])
        for segment in document.segments { #expect(source.text(in: segment.range) == segment.text) }
    }

    @Test func offsetsDecodeToTextForEverySegmentOfEverySeed() throws {
        for path in Paths.seedFiles {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            let document = try TextPipeline().process(paths: [path])[0]
            #expect(!document.segments.isEmpty)
            for (index, segment) in document.segments.enumerated() {
                #expect(segment.index == index)
                #expect(String(decoding: bytes[segment.range], as: UTF8.self) == segment.text)
                #expect(segment.text.first?.isWhitespace == false && segment.text.last?.isWhitespace == false)
            }
        }
    }
}
