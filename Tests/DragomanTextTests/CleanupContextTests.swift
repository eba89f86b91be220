import DragomanText
import Foundation
import Testing

/// The general cleanup, category by category, in Arabic and English, on articles written for these tests; and the
/// rule that a news sentence is never marked, whatever its neighbours and its words.
@Suite struct CleanupContextTests {
    /// An article: one paragraph per line, as a scraper writes it (blank lines between, so that a short article
    /// of lines of equal length is not taken for hard-wrapped text).
    static func article(_ lines: [String]) throws -> Document {
        try segment(lines.joined(separator: "\n\n") + "\n")
    }

    /// The reason on the segment whose text is `text`.
    static func reason(_ text: String, in document: Document) -> String? {
        document.segments.first { $0.text == text }?.boilerplate?.description
    }

    static let arabicNews = [
        "قال وزير الخارجية إن المحادثات مع الجانب الأردني تناولت أمن الحدود وتبادل المعلومات بين البلدين.",
        "وأضاف أن الاجتماع المقبل سيعقد في عمّان الشهر القادم لاستكمال البحث في الملفات العالقة.",
    ]
    static let englishNews = [
        "The foreign minister said the talks with Jordan covered border security and the sharing of information.",
        "He added that the next meeting would be held in Amman next month to settle the remaining files.",
    ]

    @Test func navigationTrailsAndSectionRunsBeforeTheHeadline() throws {
        let arabic = try Self.article(
            [
                "الصفحة الرئيسية › عربي ودولي", "سياسة", "اقتصاد", "رياضة", "منوعات",
                "وزير الخارجية يبحث أمن الحدود مع الأردن",
            ]
                + Self.arabicNews)
        #expect(Self.reason("الصفحة الرئيسية › عربي ودولي", in: arabic) == "furniture: navigation trail")
        #expect(Self.reason("اقتصاد", in: arabic) == "furniture: one of 4 short lines in a row")
        #expect(arabic.title?.text == "وزير الخارجية يبحث أمن الحدود مع الأردن")
        let english = try Self.article(
            ["Home | World | Middle East", "News", "Sport", "Business", "Foreign minister discusses border security"]
                + Self.englishNews)
        #expect(Self.reason("Home | World | Middle East", in: english) == "furniture: navigation trail")
        #expect(Self.reason("Business", in: english) == "furniture: one of 3 short lines in a row")
        #expect(english.title?.text == "Foreign minister discusses border security")
    }

    /// `|` between a label and a headline, a quote in a headline: not trails.
    @Test(arguments: [
        "فيديو | وزير الخارجية يبحث أمن الحدود", "الوزير: «لا» للتصعيد", "Gaza » talks resume in Cairo today now",
    ])
    func headlinesWithSeparatorsAreNotTrails(headline: String) throws {
        let document = try Self.article([headline] + Self.arabicNews)
        #expect(document.segments[0].boilerplate?.rule != "navigation trail", "\(headline)")
    }

    @Test func socialAndShareButtons() throws {
        let arabic = try Self.article(
            ["وزير الخارجية يبحث أمن الحدود مع الأردن", "انستغرام", "يوتيوب", "لينكدإن"] + Self.arabicNews
                + ["تابعونا على تلغرام"])
        for line in ["انستغرام", "يوتيوب", "لينكدإن"] {
            #expect(Self.reason(line, in: arabic)?.hasPrefix("furniture:") == true, "\(line)")
        }
        #expect(Self.reason("تابعونا على تلغرام", in: arabic) == "furniture: follow widget")
        // Alone, between two news paragraphs: still the rule.
        let alone = try Self.article([Self.arabicNews[0], "يوتيوب", Self.arabicNews[1]])
        #expect(Self.reason("يوتيوب", in: alone) == "furniture: social network")
        let english = try Self.article(
            ["Foreign minister discusses border security", "Share on X", "Follow us on Instagram"] + Self.englishNews)
        #expect(Self.reason("Share on X", in: english) == "furniture: share widget")
        #expect(Self.reason("Follow us on Instagram", in: english) == "furniture: follow widget")
    }

    /// Stamps and relative times are the document's date metadata, whatever their form.
    @Test(arguments: [
        ("تاريخ النشر: 01/06/2024 | آخر تحديث: 02/06/2024", "publication date"),
        ("السبت 2024/06/01 - 08:30", "date and time"), ("قبل ساعتين", "relative time"),
        ("منذ ٣ ساعات", "relative time"), ("الخميس ٢٥ ذو القعدة ١٤٤٥ هـ الموافق ٢ يونيو ٢٠٢٤ م", "hijri date"),
        ("Published 3 hours ago", "relative time"), ("Updated: June 1, 2024, 8:30 AM", "publication date"),
        ("June 3, 2024 9:12 AM GMT+3", "english date"), ("2 days ago", "relative time"),
    ])
    func publicationStampsAreTheDate(stamp: String, rule: String) throws {
        let document = try Self.article(["وزير الخارجية يبحث أمن الحدود مع الأردن", stamp] + Self.arabicNews)
        #expect(Self.reason(stamp, in: document) == "date: \(rule)", "\(stamp)")
        #expect(document.publicationDate == stamp)
        #expect(document.metadata.map(\.text) == [stamp])
    }

    /// News that mentions times and dates in a sentence is not a stamp.
    @Test func sentencesWithDatesAreNotStamps() throws {
        let sentence = "وقال المتحدث إن الاجتماع عقد قبل ساعتين في مقر الوزارة بحضور السفراء."
        let document = try Self.article(["وزير الخارجية يبحث أمن الحدود مع الأردن", sentence] + Self.arabicNews)
        #expect(Self.reason(sentence, in: document) == nil)
        #expect(document.publicationDate == nil)
    }

    @Test func relatedLinksUntilTheTextResumes() throws {
        let titles = ["الأردن يعيد فتح معبر جابر أمام الشاحنات", "ما الذي تغير على الحدود الشمالية؟"]
        let arabic = try Self.article(
            ["وزير الخارجية يبحث أمن الحدود مع الأردن", Self.arabicNews[0], "شاهد أيضاً"] + titles
                + [Self.arabicNews[1]])
        for title in titles {
            #expect(Self.reason(title, in: arabic) == "furniture: related links (after \"شاهد أيضاً\")", "\(title)")
        }
        #expect(Self.reason(Self.arabicNews[1], in: arabic) == nil)
        #expect(arabic.title?.text == "وزير الخارجية يبحث أمن الحدود مع الأردن")
        let english = try Self.article(
            ["Foreign minister discusses border security"] + Self.englishNews
                + [
                    "Related Topics", "Jordan reopens Jaber crossing to lorries",
                    "What changed on the northern border?",
                ])
        #expect(
            Self.reason("Jordan reopens Jaber crossing to lorries", in: english)?.contains("after \"Related Topics\"")
                == true)
        #expect(Self.reason("What changed on the northern border?", in: english)?.contains("related links") == true)
    }

    /// A link title before the text does not become the title, and a real headline stays a line.
    @Test func aLinkTitleIsNeverTheTitle() throws {
        let document = try Self.article(["اقرأ أيضاً", "الأردن يعيد فتح معبر جابر أمام الشاحنات"] + Self.arabicNews)
        #expect(document.title == nil)
        #expect(Self.reason("الأردن يعيد فتح معبر جابر أمام الشاحنات", in: document)?.contains("related links") == true)
        let withHeadline = try Self.article(
            ["وزير الخارجية يبحث أمن الحدود مع الأردن"] + Self.arabicNews
                + ["أخبار متعلقة", "الأردن يعيد فتح معبر جابر أمام الشاحنات", "كل الحقوق محفوظة"])
        #expect(withHeadline.title?.text == "وزير الخارجية يبحث أمن الحدود مع الأردن")
        #expect(withHeadline.segments[0].kind == .line && withHeadline.segments[0].boilerplate == nil)
    }

    @Test func commentAndSubscriptionFurniture() throws {
        let arabicTail = ["٣ تعليقات", "أضف تعليقك", "الاسم", "البريد الإلكتروني", "تعليقك", "أرسل", "اشترك الآن"]
        let arabic = try Self.article(["وزير الخارجية يبحث أمن الحدود مع الأردن"] + Self.arabicNews + arabicTail)
        for line in arabicTail { #expect(Self.reason(line, in: arabic)?.hasPrefix("furniture:") == true, "\(line)") }
        #expect(Self.reason("٣ تعليقات", in: arabic) == "furniture: comment count")
        let englishTail = ["12 comments", "Leave a comment", "Name *", "Email *", "Subscribe now"]
        let english = try Self.article(["Foreign minister discusses border security"] + Self.englishNews + englishTail)
        for line in englishTail { #expect(Self.reason(line, in: english)?.hasPrefix("furniture:") == true, "\(line)") }
    }

    /// Copyright lines, also written as several sentences in one paragraph (the whole paragraph goes).
    @Test func copyrightAtTheBottom() throws {
        let arabic = try Self.article(
            ["وزير الخارجية يبحث أمن الحدود مع الأردن"] + Self.arabicNews
                + ["© 2024 قناة المشرق. جميع الحقوق محفوظة. يمنع النسخ دون إذن."])
        #expect(arabic.segments.suffix(3).allSatisfy { $0.boilerplate?.description == "furniture: copyright sign" })
        let english = try Self.article(
            ["Foreign minister discusses border security"] + Self.englishNews
                + ["Copyright 2024 Example News. All rights reserved. This material may not be redistributed."])
        #expect(english.segments.suffix(3).allSatisfy { $0.boilerplate?.description == "furniture: copyright" })
        #expect(english.segments.filter { $0.boilerplate == nil }.count == 3)
    }

    /// A breaking-news prefix is the document's metadata; the headline stays a line and the title leaves it out.
    @Test(arguments: [
        ("عاجل | وزير الخارجية يبحث أمن الحدود مع الأردن", "عاجل", "وزير الخارجية يبحث أمن الحدود مع الأردن"),
        ("عاجل: انفجار في ميناء العقبة", "عاجل", "انفجار في ميناء العقبة"),
        (
            "BREAKING: Foreign minister discusses border security", "BREAKING",
            "Foreign minister discusses border security"
        ),
        ("Breaking news - Earthquake hits southern Iran", "Breaking news", "Earthquake hits southern Iran"),
    ])
    func breakingPrefixes(headline: String, prefix: String, title: String) throws {
        let document = try Self.article([headline] + Self.arabicNews)
        #expect(document.segments[0].boilerplate == nil && document.segments[0].text == headline)
        #expect(document.headlinePrefix?.text == prefix)
        #expect(document.headlinePrefix?.rule == "breaking news")
        #expect(document.title?.text == title)
        #expect(document.title?.index == 0)
        let range = try #require(document.title?.range)
        #expect(
            String(
                document.source.text.utf8[
                    document.source.text.utf8.index(document.source.text.utf8.startIndex, offsetBy: range.lowerBound)...
                ].prefix(range.count)) == title)
        let json = document.formatted(as: .json)
        #expect(json.contains("\"headline_prefix\":\"\(prefix)\""))
        #expect(json.contains("\"title\":\"\(title)\""))
    }

    /// A banner line holding the label alone is furniture, and the label is still recorded.
    @Test func breakingBannerAlone() throws {
        let document = try Self.article(["عاجل", "وزير الخارجية يبحث أمن الحدود مع الأردن"] + Self.arabicNews)
        #expect(Self.reason("عاجل", in: document) == "furniture: breaking news")
        #expect(document.headlinePrefix?.text == "عاجل")
        #expect(document.title?.text == "وزير الخارجية يبحث أمن الحدود مع الأردن")
        // Without a label, nothing is recorded; a colon in a headline is not a prefix.
        let plain = try Self.article(["الناتو: نعمل على تعزيز شراكتنا مع العراق"] + Self.arabicNews)
        #expect(plain.headlinePrefix == nil)
        #expect(plain.title?.text == "الناتو: نعمل على تعزيز شراكتنا مع العراق")
        #expect(plain.formatted(as: .json).contains("\"headline_prefix\":null"))
    }

    /// News sentences between furniture, after a related header, under a share run, with furniture words: never
    /// marked. Crossheads between paragraphs stay too.
    /// A wire's sign-off (`//انتهى//`, `/انتهى/ ع ح`) is furniture; a short last sentence that starts with the same verb
    /// is news.
    @Test func aLastSentenceIsNotASignOff() throws {
        let document = try Self.article(["قمة الحلف في بروكسل", "قال الأمين العام إن الحلف باق.", "انتهى الاجتماع."])
        #expect(Self.reason("انتهى الاجتماع.", in: document) == nil)
        let wire = try Self.article(["قمة الحلف في بروكسل", "قال الأمين العام إن الحلف باق.", "/انتهى/ ع ح"])
        #expect(Self.reason("/انتهى/ ع ح", in: wire) == "furniture: agency sign-off")
    }

    @Test func newsIsNeverMarked() throws {
        let news = [
            "وأطلقت الوزارة تطبيقاً يتيح للمواطنين مشاركة الشكاوى عبر فيسبوك وواتساب.",
            "وقال المتحدث إن جميع الحقوق محفوظة للمتضررين في التعويض العادل عن خسائرهم",
            "© 2024 الصورة لوكالة الأنباء، وقد نشرت على نطاق واسع في مواقع التواصل الاجتماعي.",
            "وأكد أن الحوار هو السبيل الوحيد.",
            "ودعا الأهالي إلى الاشتراك في حملة التبرع بالدم التي تنظمها وزارة الصحة في المستشفيات الحكومية",
        ]
        let document = try Self.article(
            [
                "وزير الصحة يطلق حملة وطنية للتبرع بالدم", "فيسبوك", "تويتر", "واتساب", news[0], "اقرأ أيضاً", news[1],
                "مشاركة", "طباعة", news[2], news[4], "تعليقات (0)", "مخاوف من نقص المخزون", news[3], "أضف تعليق",
                "إرسال",
                "جميع الحقوق محفوظة",
            ])
        for sentence in news { #expect(Self.reason(sentence, in: document) == nil, "\(sentence)") }
        #expect(Self.reason("مخاوف من نقص المخزون", in: document) == nil)
        #expect(document.title?.text == "وزير الصحة يطلق حملة وطنية للتبرع بالدم")
        let english = try Self.article(
            [
                "Health minister launches blood donation drive", "Share", "Facebook", "Twitter",
                "Readers can share their stories on Facebook and WhatsApp, the ministry said.", "Related", "Subscribe",
                "Stocks of blood have fallen by a third since March.", "Leave a comment",
            ])
        #expect(
            Self.reason("Readers can share their stories on Facebook and WhatsApp, the ministry said.", in: english)
                == nil)
        #expect(Self.reason("Stocks of blood have fallen by a third since March.", in: english) == nil)
    }

    /// Each signal names itself in the reason.
    @Test func reasonsNameTheSignal() throws {
        let document = try Self.article(
            ["الرئيسية", "أخبار", "سياسة", "وزير الخارجية يبحث أمن الحدود مع الأردن", "دبي: سارة الحمادي", "0017"]
                + Self.arabicNews + [
                    "أخبار متعلقة", "الأردن يعيد فتح معبر جابر أمام الشاحنات", "أرشيف الموقع",
                    "كل الحقوق محفوظة",
                ])
        #expect(Self.reason("الرئيسية", in: document) == "furniture: site links")
        #expect(Self.reason("أخبار", in: document) == "furniture: one of 3 short lines in a row")
        #expect(Self.reason("دبي: سارة الحمادي", in: document) == "byline: place and name")
        #expect(Self.reason("0017", in: document) == "furniture: no letters")
        #expect(Self.reason("أرشيف الموقع", in: document) == "furniture: related links (after \"أخبار متعلقة\")")
        let credits = "تصميم وتطوير شركة الحلول الرقمية المتقدمة في عمّان"
        let bottom = try Self.article(
            ["وزير الخارجية يبحث أمن الحدود مع الأردن"] + Self.arabicNews + ["كل الحقوق محفوظة", credits])
        #expect(Self.reason(credits, in: bottom) == "furniture: after the text, with furniture")
        // "دبي: سارة الحمادي" in the body is a crosshead-like line, not a byline.
        let body = try Self.article([
            "وزير الخارجية يبحث أمن الحدود مع الأردن", Self.arabicNews[0], "دبي: سارة الحمادي", Self.arabicNews[1],
        ])
        #expect(Self.reason("دبي: سارة الحمادي", in: body) == nil)
    }

    @Test func unknownScopeIsNamed() {
        #expect(
            throws: TextError.badRule(
                file: "r.tsv", line: 1,
                reason: "unknown scope 'page'; use line, line+next, until-text, paragraph, head or prefix")
        ) { try BoilerplateRules(parsing: "furniture\tx\tpage\t5\tfoo\n", name: "r.tsv") }
    }
}
