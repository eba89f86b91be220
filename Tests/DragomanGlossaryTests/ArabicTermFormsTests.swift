import DragomanGlossary
import DragomanText
import Testing

/// How Arabic writes terms in running text: the construct state (iḍāfa), duals and plurals in construct, a pronoun
/// in place of the article, quotes and brackets inside a term, names that keep their article, blocking phrases,
/// the exact ة, hamza seats, and the status of each form. Every rule both ways, with sentences written for it.
@Suite struct ArabicTermFormsTests {
    typealias F = MatchingFixture.Found

    static let tsv = """
        id\tar\ten\tar_variants\tar_deprecated\tar_misspellings\tblocked_in\tstatus\tpos\tdomain\tinflect\tteh_marbuta
        w-01\tوزير الدفاع\tMinister of Defence\tوزراء الدفاع\t\t\t\tpreferred\tnoun\tpolitics\tpron+num\t
        w-02\tوزير الخارجية\tMinister of Foreign Affairs\tوزراء الخارجية\t\t\t\tpreferred\tnoun\tpolitics\tpron+num\t
        w-03\tرئيس الوزراء\tPrime Minister\t\t\t\t\tpreferred\tnoun\tpolitics\t\t
        w-04\tالإرهاب\tterrorism\t\t\t\t\tpreferred\tnoun\tsecurity\t\t
        w-05\tالأمين العام\tSecretary General\t\t\t\t\tpreferred\tnoun\tpolitics\t\t
        w-06\tمدرب\ttrainer\t\t\t\t\tpreferred\tnoun\tmilitary\tnum\t
        w-07\tداعش\tISIS\tتنظيم داعش\tالدولة الإسلامية\tداعيش\t\tpreferred\tproperNoun\torganization\t\t
        w-08\tهولندا\tNetherlands\t\t\t\t\tpreferred\tproperNoun\tplace\t\t
        w-09\tإيطاليا\tItaly\t\t\t\t\tpreferred\tproperNoun\tplace\t\t
        w-10\tسوريا\tSyria\tسورية\t\t\t\tpreferred\tproperNoun\tplace\t\t
        w-11\tالتحالف الدولي لمناهضة داعش\tGlobal Coalition against Daesh\tالتحالف الدولي المناهض لتنظيم داعش\t\t\t\tpreferred\tproperNoun\torganization\t\t
        w-12\tمجلس الأمن\tUN Security Council\t\t\t\tمجلس الأمن الوطني | مجلس الأمن القومي\tpreferred\tproperNoun\torganization\t\t
        w-13\tأمريكا\tUnited States\t\t\t\tأمريكا اللاتينية\tpreferred\tproperNoun\tplace\t\t
        w-14\tاللجنة العسكرية\tMilitary Committee\t\t\t\tاللجنة العسكرية المشتركة\tpreferred\tproperNoun\torganization\t\t
        w-15\tتنظيم داعش الخراساني\tISIS-K\tتنظيم داعش خراسان\t\t\t\tpreferred\tproperNoun\torganization\t\t
        w-16\tبعثة\tmission\t\t\t\t\tpreferred\tnoun\tpolitics\tpron+num\texact
        w-17\tقدرة\tcapability\t\t\t\t\tpreferred\tnoun\tmilitary\tpron+num\texact
        w-18\tشراكة\tpartnership\t\t\t\t\tpreferred\tnoun\tpolitics\tpron+num\t
        w-19\tشريك\tpartner\tشركاء\t\t\t\tpreferred\tnoun\tpolitics\tpron+num\t
        w-20\tالحكومة\tgovernment\t\t\t\t\tpreferred\tnoun\tpolitics\tpron\t
        w-21\tالتحالف\tthe Coalition\t\t\t\t\tpreferred\tproperNoun\torganization\t\t
        w-22\tالهجرة غير النظامية\tirregular migration\t\tالهجرة غير الشرعية\t\t\tpreferred\tnoun\tsecurity\t\t
        w-23\tالمهمة\tmission\tالمهام\t\t\t\tpreferred\tnoun\tmilitary\tpron\t
        """

    static let glossary: Glossary = try! GlossaryTSV.parse(tsv, name: "forms.tsv").glossary
    static let matcher: GlossaryMatcher = try! GlossaryMatcher(glossary: glossary)

    static func matches(_ text: String) throws -> [F] {
        try MatchingFixture.matches(text, matcher: matcher)
    }

    /// The construct state: the term's last word loses its article before a definite genitive.
    static let construct: [(String, [F])] = [
        ("التقى وزير دفاع العراق نظيره الأمريكي.", [F("وزير دفاع", "w-01")]),
        ("اجتمع وزراء دفاع الحلف في بروكسل.", [F("وزراء دفاع", "w-01")]),
        (
            "قال رئيس وزراء هولندا إن الحكومة مستعدة.",
            [F("رئيس وزراء", "w-03"), F("هولندا", "w-08"), F("الحكومة", "w-20")]
        ),
        ("تعهد بالقضاء على إرهاب داعش في المنطقة.", [F("إرهاب", "w-04"), F("داعش", "w-07")]),
        ("تؤكد أن تهديدات إرهاب هذا التنظيم قائمة.", [F("إرهاب", "w-04")]),
        // A coordinated construct: و and a noun before the genitive.
        ("عقد اجتماع لوزراء خارجية ودفاع التحالف.", [F("لوزراء خارجية", "w-02"), F("التحالف", "w-21")]),
        // One more construct noun before the genitive.
        ("اجتمع وزراء دفاع دول الحلف أمس.", [F("وزراء دفاع", "w-01")]),
        // A genitive with a pronoun suffix is definite too.
        ("صوت البرلمان على مواصلة مهمة مستشاريه في العراق.", [F("مهمة", "w-23")]),
        ("بعد انتهاء مهمة التحالف ومهامه.", [F("مهمة", "w-23"), F("التحالف", "w-21"), F("ومهامه", "w-23")]),
    ]

    /// …and never on a bare indefinite word standing alone, before an adjective or a function word.
    static let notConstruct: [(String, [F])] = [
        ("عين الرئيس وزير دفاع جديدا.", []),
        ("وصل وزير دفاع إلى بغداد أمس.", []),
        ("قال إن إرهاب المنظمات يتصاعد.", [F("إرهاب", "w-04")]),
        ("يشكل إرهاب خطرا على الجميع.", []),
        ("حذر من إرهاب دولي متزايد.", []),
        ("قال مسؤول إن وزير دفاع.", []),
        // The article is on the wrong word: another phrase.
        ("زار الوزير الدفاع المدني.", []),
        // مهمة without the article is also the adjective "important".
        ("حقق التحالف نتائج مهمة تعكس جهوده.", [F("التحالف", "w-21")]),
        ("أجرى مباحثات مهمة خلال زيارته.", []),
    ]

    @Test(arguments: construct + notConstruct)
    func constructState(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// Duals and sound plurals drop their nūn in construct; a ة-word keeps ت.
    static let numbers: [(String, [F])] = [
        ("ترأس وزيرا خارجية إيطاليا الجلسة.", [F("وزيرا خارجية", "w-02"), F("إيطاليا", "w-09")]),
        ("التقى وزيري الخارجية في روما.", [F("وزيري الخارجية", "w-02")]),
        ("غادر مدربو الحلف العراق.", [F("مدربو", "w-06")]),
        ("غادر عدد من مدربي الحلف بغداد.", [F("مدربي", "w-06")]),
        ("زاد عدد المدربين.", [F("المدربين", "w-06")]),
        ("وصلت بعثتا الاتحاد إلى بغداد.", [F("بعثتا", "w-16")]),
        // The indefinite accusative ا of a one-word common noun; a name has no such reading.
        ("يعد العراق شريكا في التحالف.", [F("شريكا", "w-19"), F("التحالف", "w-21")]),
        ("عين مدربا جديدا.", [F("مدربا", "w-06")]),
        // Without a genitive after it, a construct ending is not read.
        ("غادر مدربو.", []),
    ]

    @Test(arguments: numbers)
    func dualsAndPluralsInConstruct(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// A pronoun in place of the article, on any word of the term.
    static let pronouns: [(String, [F])] = [
        ("قال أمينه العام إن الحلف مستعد.", [F("أمينه العام", "w-05")]),
        ("التقى رئيس الوزراء ووزيرا دفاعه.", [F("رئيس الوزراء", "w-03"), F("ووزيرا دفاعه", "w-01")]),
        ("قال وزير خارجيته إن الوضع هادئ.", [F("وزير خارجيته", "w-02")]),
        ("أعلنت حكومته خطة جديدة.", [F("حكومته", "w-20")]),
        // The term's other words must still follow.
        ("قال أمينه الخاص إن الوضع هادئ.", []),
        // The last word takes a pronoun only when the entry allows it (inflect pron): الإرهاب does not.
        ("أدان إرهابهم بشدة.", []),
    ]

    @Test(arguments: pronouns)
    func pronounInPlaceOfTheArticle(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// Names keep their article: the article-less form of a name's word names something else.
    static let names: [(String, [F])] = [
        // سورية (Syria) is not السورية (Syrian), nor is سوريا السوري.
        ("أعلنت الحكومة السورية خطة جديدة.", [F("الحكومة", "w-20")]),
        ("تثبيت الاستقرار في الجنوب السوري.", []),
        ("زار الوزير سوريا وسورية.", [F("سوريا", "w-10"), F("وسورية", "w-10")]),
        // التحالف (the Coalition) is a name: تحالف الراغبين is another coalition, تحالف دولي any coalition.
        ("تشكل تحالف الراغبين عام 2003.", []),
        ("أعلن عن تحالف دولي جديد.", []),
        ("قال التحالف وللتحالف شركاء.", [F("التحالف", "w-21"), F("وللتحالف", "w-21"), F("شركاء", "w-19")]),
    ]

    @Test(arguments: names)
    func namesKeepTheirArticle(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// Quotes and brackets around a word inside a multiword term; the span covers the closing mark.
    static let quotes: [(String, [F])] = [
        ("أشاد بالتحالف الدولي لمناهضة \"داعش\" في بيانه.", [F("بالتحالف الدولي لمناهضة \"داعش\"", "w-11")]),
        ("جدد التحالف الدولي المناهض لتنظيم (داعش) تمسكه.", [F("التحالف الدولي المناهض لتنظيم (داعش)", "w-11")]),
        ("أشاد بالتحالف الدولي لمناهضة «داعش» أمس.", [F("بالتحالف الدولي لمناهضة «داعش»", "w-11")]),
        ("أشاد بالتحالف الدولي لمناهضة “داعش” أمس.", [F("بالتحالف الدولي لمناهضة “داعش”", "w-11")]),
        ("حارب تنظيم “داعش” الإرهابي.", [F("تنظيم “داعش”", "w-07")]),
        // The quote must close right after the term's word inside it.
        ("أشاد بالتحالف الدولي لمناهضة \"داعش الإرهابي\" أمس.", [F("بالتحالف", "w-21"), F("داعش", "w-07")]),
        ("أشاد بالتحالف الدولي لمناهضة (داعش\" أمس.", [F("بالتحالف", "w-21"), F("داعش", "w-07")]),
        // Around the whole term the marks are outside it.
        ("قال \"الأمين العام\" ذلك.", [F("الأمين العام", "w-05")]),
    ]

    @Test(arguments: quotes)
    func quotesAndBracketsInsideATerm(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// Blocking phrases (`blocked_in`): the shorter entry is not matched inside a longer name meaning something else.
    static let blocking: [(String, [F])] = [
        ("اجتمع مجلس الأمن الوطني العراقي برئاسة الكاظمي.", []),
        ("وقال مجلس الأمن القومي الأمريكي إن الوضع خطير.", []),
        ("اجتمع مجلس الأمن لمناقشة الأزمة.", [F("مجلس الأمن", "w-12")]),
        ("زار الوزير أمريكا اللاتينية.", []),
        ("زار الوزير أمريكا.", [F("أمريكا", "w-13")]),
        ("اجتمعت اللجنة العسكرية المشتركة في ليبيا.", []),
        ("اجتمعت اللجنة العسكرية في بروكسل.", [F("اللجنة العسكرية", "w-14")]),
        // A longer entry is enough where the longer name is itself a concept.
        ("هاجم تنظيم داعش خراسان المطار.", [F("تنظيم داعش خراسان", "w-15")]),
    ]

    @Test(arguments: blocking)
    func blockingPhrases(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// `teh_marbuta=exact`: ة must be written (بعثه is "he sent him", قدره "amounting to"); without it ة/ه fold.
    static let teh: [(String, [F])] = [
        ("وصلت بعثة الأمم المتحدة.", [F("بعثة", "w-16")]),
        ("بعثه الرئيس إلى بغداد.", []),
        ("استأنفت لبعثته أنشطتها.", [F("لبعثته", "w-16")]),
        ("عززت قدرة الجيش.", [F("قدرة", "w-17")]),
        ("بلغ قدره مليون دولار.", []),
        ("وقعت شراكه جديدة.", [F("شراكه", "w-18")]),
        ("وصلت بعثَة الأمم المتحدة.", [F("بعثَة", "w-16")]),
    ]

    @Test(arguments: teh)
    func exactTehMarbuta(_ sentence: String, _ expected: [F]) throws {
        #expect(try Self.matches(sentence) == expected)
    }

    /// A final hamza on the line takes a seat before a pronoun: شركاء → شركائه, شركاؤه, شركاءه.
    @Test(arguments: ["شركائه", "شركاؤه", "شركاءه", "شركائنا"])
    func hamzaSeatBeforeAPronoun(_ word: String) throws {
        #expect(try Self.matches("التقى \(word) في بروكسل.") == [F(word, "w-19")])
    }

    /// Each form carries its status into the match: deprecated forms and misspellings are matched and flagged.
    @Test func formStatusIsReported() throws {
        let text = "قال داعش إن تنظيم داعش والدولة الإسلامية وداعيش. وحذر من الهجرة غير الشرعية."
        let document = try MatchingFixture.document(text)
        let found = Self.matcher.matches(in: document, tokenizer: try Tokenizer(locale: "ar"))
        #expect(found.map(\.text) == ["داعش", "تنظيم داعش", "والدولة الإسلامية", "وداعيش", "الهجرة غير الشرعية"])
        #expect(found.map(\.status) == [.preferred, .admitted, .deprecated, .misspelling, .deprecated])
        let table = TermTable(document: document, matches: found, glossary: Self.glossary)
        #expect(table.rows.map(\.status) == [.preferred, .deprecated, .misspelling, .deprecated])
        #expect(table.rows.map { $0.replacement?.id } == [nil, "w-07", "w-07", "w-22"])
        #expect(
            table.rows.map(\.forms) == [
                ["داعش", "تنظيم داعش"], ["والدولة الإسلامية"], ["وداعيش"], ["الهجرة غير الشرعية"],
            ])
    }
}
