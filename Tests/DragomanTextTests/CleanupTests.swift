import DragomanText
import Foundation
import Testing

@Suite struct CleanupTests {
    /// Every boilerplate segment of the seeds, with its kind: nothing more, nothing less.
    static let expected: [String: [(String, Boilerplate.Kind)]] = [
        "000_8df4f7dc39500c72.txt": [
            ("رئيس مجلسى الإدارة والتحرير", .furniture), ("محمد الباز", .furniture),
            ("رئيس مجلسى الإدارة والتحرير", .furniture), ("محمد الباز", .furniture), ("الناتو", .repeated),
        ],
        "001_0dda74a77566b337.txt": [
            ("الناتو يطالب تعاون دولي للقضاء على داعش", .repeated), ("2015_11_11_19_14_4_646", .date),
            ("كتب: آخر تحديث:", .byline),
        ],
        "002_338c65e35c31d7d7.txt": [
            ("الاثنين، 28 يونيو 2021", .date),
            (
                "The post التحالف الدولي يجدد تمسكه بهزيمة “داعش” لتحقيق الاستقرار في سوريا والعراق first appeared on النيل - قناة مصر الإخبارية.",
                .furniture
            ), ("اخبار عربية", .furniture), ("0 التعليقات:", .furniture), ("إرسال تعليق", .furniture),
        ],
        "003_ebcacb89700a50ef.txt": [
            ("الخميس، 01 يوليو 2021 10:43 ص", .date),
            ("الناتو: نعمل على تعزيز شراكتنا مع العراق ولن نسمح بعودة داعش إليه مجددا يانس ستولينبيرج", .repeated),
            ("بروكسل (أ ش أ)", .dateline), ("مشاركة", .furniture), ("اضف تعليقاً واقرأ تعليقات القراء", .furniture),
            ("مشاركة", .furniture), ("اضف تعليقاً واقرأ تعليقات القراء", .furniture),
            ("لا توجد تعليقات على الخبر", .furniture), ("اضف تعليق", .furniture),
            ("تم أضافة تعليقك سوف يظهر بعد المراجعة", .furniture), ("الرجوع الى أعلى الصفحة", .furniture),
        ],
        "004_1485ed8d9be99254.txt": [("ترجمة / حامد أحمد", .byline), ("- عن K24 الإخباري", .byline)],
    ]

    static let titles: [String: String] = [
        "000_8df4f7dc39500c72.txt": "الناتو يؤكد دعم جهود التحالف الدولى لمناهضة داعش",
        "001_0dda74a77566b337.txt": "الناتو يطالب تعاون دولي للقضاء على داعش",
        "002_338c65e35c31d7d7.txt": "التحالف الدولي يجدد تمسكه بهزيمة “داعش” لتحقيق الاستقرار في سوريا والعراق",
        "003_ebcacb89700a50ef.txt": "الناتو: نعمل على تعزيز شراكتنا مع العراق ولن نسمح بعودة داعش إليه مجددا",
    ]

    @Test func seedsBoilerplateIsExactlyWhatANewsDeskDropsAndNoNewsIsMarked() throws {
        let documents = try TextPipeline().process(paths: [Paths.seeds.path])
        #expect(documents.count == 5)
        for document in documents {
            let name = URL(fileURLWithPath: document.source.name).lastPathComponent
            let marked = document.segments.filter { $0.boilerplate != nil }
            let expected = try #require(Self.expected[name])
            #expect(marked.map(\.text) == expected.map(\.0), "\(name)")
            #expect(marked.map { $0.boilerplate!.kind } == expected.map(\.1), "\(name)")
            // No real news sentence is marked: every sentence of more than 12 words stays.
            #expect(
                !marked.contains {
                    $0.kind == .sentence && $0.text.split(separator: " ").count > 12 && !$0.text.hasPrefix("The post")
                })
            #expect(document.title?.text == Self.titles[name], "\(name)")
        }
    }

    @Test func bylinesAndDatelinesAreKeptAsMetadata() throws {
        let document = try TextPipeline().process(paths: [
            Paths.seeds.appendingPathComponent("003_ebcacb89700a50ef.txt").path
        ])[0]
        #expect(document.metadata.map(\.text) == ["الخميس، 01 يوليو 2021 10:43 ص", "بروكسل (أ ش أ)"])
        #expect(document.metadata.map(\.kind) == [.date, .dateline])
    }

    @Test func mastheadRepeatedAcrossABatchIsMarked() throws {
        let masthead = "جريدة الخبر اليومية - الطبعة الدولية"
        let sources = [
            SourceText(name: "a.txt", text: "\(masthead)\n\nقال الحلف إن الاجتماع انتهى.\n"),
            SourceText(name: "b.txt", text: "\(masthead)\n\nوأكد الوزير دعمه للعراق.\n"),
        ]
        let documents = try TextPipeline().process(sources)
        for document in documents {
            #expect(
                document.segments[0].boilerplate == Boilerplate(kind: .repeated, rule: "in 2 documents of the batch"))
            #expect(document.segments[1].boilerplate == nil)
        }
        // Alone, the same line is a headline.
        #expect(try TextPipeline().process([sources[0]])[0].title?.text == masthead)
    }

    @Test(arguments: [
        ("Share this article", Boilerplate.Kind.furniture), ("Back to top", .furniture), ("12 comments", .furniture),
        ("The post NATO stays in Iraq first appeared on Example News.", .furniture),
        ("Monday, June 28, 2021", .date), ("By Jane Smith", .byline), ("BRUSSELS (Reuters) -", .dateline),
        ("2021-06-28 10:43", .date), ("اقرأ أيضا: الناتو يمدد مهمته", .furniture),
        ("الرجوع إلى أعلى الصفحة", .furniture), ("كتب: محمد علي", .byline), ("بغداد (واس)", .dateline),
        ("١٠ تعليقات", .furniture), ("جميع الحقوق محفوظة © 2024", .furniture),
    ])
    func rulesRecognizeFurniture(line: String, kind: Boilerplate.Kind) throws {
        let document = try segment("\(line)\n\nقال الأمين العام إن الحلف سيبقى في العراق حتى نهاية المهمة.\n")
        #expect(document.segments.first?.boilerplate?.kind == kind, "\(line)")
        #expect(document.segments.last?.boilerplate == nil)
    }

    /// The detector remembers which rules can start with a segment's first word; lines that share a first word with
    /// boilerplate, before and after it in the same batch, are still judged on their whole text.
    @Test func sharedFirstWordsAreJudgedOnTheWholeLine() throws {
        let lines = [
            ("كتب الرئيس مقالا", nil), ("كتب: محمد علي", Boilerplate.Kind.byline), ("كتب الرئيس مقالا ثانيا", nil),
            ("اقرأ الخبر كاملا", nil), ("اقرأ أيضا: الناتو يمدد مهمته", .furniture), ("اقرأ الخبر مرة أخرى", nil),
            ("مشاركة الحلف في العراق", nil), ("مشاركة", .furniture), ("مشاركة واسعة للوزراء", nil),
        ]
        let sources = lines.enumerated().map { number, line in
            SourceText(name: "\(number).txt", text: "\(line.0)\n\nقال الأمين العام إن الحلف سيبقى في العراق.\n")
        }
        let documents = try TextPipeline().process(sources)
        for (document, line) in zip(documents, lines) {
            #expect(document.segments[0].boilerplate?.kind == line.1, "\(line.0)")
        }
    }

    /// A later line that repeats an earlier line of five words or more and goes on (a caption that restates the
    /// headline) is a copy with more, naming the earliest such line; shorter shared openings are not copies.
    @Test func copyWithMoreNamesTheEarliestLine() throws {
        let text = """
            الناتو يؤكد دعم جهود التحالف

            الناتو يؤكد دعم جهود التحالف الدولي

            قال الأمين العام إن الحلف سيبقى في العراق.

            الناتو يؤكد دعم جهود التحالف الدولي ضد داعش

            الناتو يؤكد دعم جهود أخرى

            الناتو يؤكد دعم جهود
            """
        let document = try segment(text)
        let reasons = document.segments.map { $0.boilerplate?.rule }
        #expect(
            reasons == [
                nil, "copy of segment 0 with more", nil, "copy of segment 0 with more", nil, nil,
            ])
    }

    /// A rule file's language limits its rules to segments with letters of that script.
    @Test func languageOfARuleFileLimitsItsRules() throws {
        let arabic = try BoilerplateRules(
            parsing: "furniture\tany short line\tline\t3\t.+\n", name: "ar.tsv", language: "ar")
        #expect(arabic.rules.map(\.language) == ["ar"])
        var documents = [try Segmenter().segment(SourceText(name: "a.txt", text: "Share this\n\nشارك الخبر\n"))]
        try BoilerplateDetector(rules: arabic).mark(&documents)
        #expect(documents[0].segments.map { $0.boilerplate?.rule } == [nil, "any short line"])
    }

    @Test func malformedRuleFileNamesLine() {
        #expect(
            throws: TextError.badRule(
                file: "r.tsv", line: 2, reason: "unknown kind 'widget'; use furniture, date, byline or dateline")
        ) { try BoilerplateRules(parsing: "# comment\nwidget\tx\tline\t5\tfoo\n", name: "r.tsv") }
        #expect(
            throws: TextError.badRule(file: "r.tsv", line: 1, reason: "the word bound 'many' is not a positive number")
        ) { try BoilerplateRules(parsing: "date\tx\tline\tmany\tfoo\n", name: "r.tsv") }
        do {
            _ = try BoilerplateRules(parsing: "date\tx\tline\t5\t(abc\n", name: "r.tsv")
            Issue.record("a pattern with an open group compiled")
        } catch {
            guard case .badRule(let file, let line, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "r.tsv" && line == 1)
            #expect(reason.hasPrefix("bad pattern '(abc': ICU could not compile the expression"))
        }
        #expect(
            throws: TextError.badRule(
                file: "r.tsv", line: 1,
                reason: "expected 5 tab-separated fields (kind, label, scope, words, pattern), found 2")
        ) { try BoilerplateRules(parsing: "furniture\tx\n", name: "r.tsv") }
    }
}
