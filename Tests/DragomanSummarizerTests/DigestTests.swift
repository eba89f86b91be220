import DragomanSummarizer
import DragomanText
import Testing

@Suite struct DigestTests {
    static let first = """
        أعلنت الحكومة الأردنية إطلاق خطة جديدة لمكافحة الإرهاب في المنطقة. \
        وتشمل الخطة تدريب قوات الأمن وتعزيز التعاون مع دول الجوار.

        """
    // The same opening sentence with other spellings: bare alefs, teh marbuta as heh, alef maksura, harakat.
    static let second = """
        اعلنت الحكومه الاردنيه اطلاق خطة جديدة لمُكافحة الارهاب في المنطقه. \
        وقال وزير الداخلية إن الخطة ستبدأ في الشهر المقبل بدعم من الحلفاء.

        """

    @Test func spellingVariantsAreOneSentenceInTheDigest() throws {
        let documents = try Support.documents([("a.txt", Self.first), ("b.txt", Self.second)])
        let digest = try Summarizer(length: .sentences(3)).digest(documents)
        #expect(digest.sources == ["a.txt", "b.txt"])
        let openings = digest.sentences.filter { $0.index == 0 }
        #expect(openings.count == 1)
        #expect(digest.sentences.count == 3)
        #expect(Set(digest.sentences.map(\.source)) == ["a.txt", "b.txt"])
    }

    @Test func digestOfSeedsCitesEachFileAndQuotesVerbatim() throws {
        let documents = try Support.seeds()
        let digest = try Summarizer().digest(documents)
        #expect(digest.sentences.count == 10)
        for sentence in digest.sentences {
            let document = try #require(documents.first { $0.source.name == sentence.source })
            #expect(document.source.text(in: sentence.range) == sentence.text)
        }
        let markdown = digest.markdown()
        for sentence in digest.sentences { #expect(markdown.contains("— `\(sentence.source)`")) }
    }

    @Test func largeBatchPoolIsCapped() throws {
        // 120 documents × 6 candidates would be 720 pool sentences: the pool stays at the cap.
        let texts = (0..<120).map { i in
            (name: "doc\(i).txt", text: "تقرير رقم \(i) عن الطقس والسياسة.\n\n" + Support.budget)
        }
        let digest = try Summarizer(length: .sentences(5)).digest(Support.documents(texts))
        #expect(digest.candidates == Summarizer.digestPoolLimit)
        #expect(digest.sentences.count <= 5)
        #expect(!digest.sentences.isEmpty)
    }

    @Test func deskMarkdownGivesOneSummaryPerDocumentAndADigest() throws {
        let documents = try Support.seeds()
        let desk = try Summarizer().deskMarkdown(for: documents)
        #expect(desk.summaries.map(\.source) == documents.map(\.source.name))
        #expect(desk.summaries.allSatisfy { $0.markdown.hasPrefix("# ") })
        #expect(desk.digest.hasPrefix("# Digest\n"))
    }
}
