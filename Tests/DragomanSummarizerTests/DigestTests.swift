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
        // File names are escaped like any text: seeds/000_… is written seeds/000\_….
        for sentence in digest.sentences {
            #expect(markdown.contains("— " + sentence.source.replacingOccurrences(of: "_", with: "\\_") + "\n"))
        }
    }

    @Test func largeBatchPoolIsCapped() throws {
        // 120 documents × 7 distinct candidates would be 840 pool sentences: the pool stays at the cap.
        // (Each document numbers its sentences, so none is a copy of another document's.)
        let texts = (0..<120).map { i in
            (
                name: "doc\(i).txt",
                text: ("تقرير عن الطقس والسياسة.\n\n" + Support.budget).replacingOccurrences(of: ".", with: " \(i).")
            )
        }
        let digest = try Summarizer(length: .sentences(5)).digest(Support.documents(texts))
        #expect(digest.candidates == Summarizer.digestPoolLimit)
        #expect(digest.sentences.count <= 5)
        #expect(!digest.sentences.isEmpty)
    }

    @Test func copiesAcrossABatchCountOnce() throws {
        // Ten copies of the five seeds (as one batch per copy, so their lines are not marked as repeated).
        let seeds = try Support.seeds()
        let copies = (0..<10).flatMap { _ in seeds }
        let once = try Summarizer().digest(seeds)
        let tenTimes = try Summarizer().digest(copies)
        #expect(tenTimes.candidates == once.candidates)
        #expect(tenTimes.sentences.map(\.text) == once.sentences.map(\.text))
    }

    @Test func deskMarkdownGivesOneSummaryPerDocumentAndADigest() throws {
        let documents = try Support.seeds()
        let desk = try Summarizer().deskMarkdown(for: documents)
        #expect(desk.summaries.map(\.source) == documents.map(\.source.name))
        #expect(desk.summaries.allSatisfy { $0.markdown.hasPrefix("# ") })
        #expect(desk.digest.hasPrefix("# Digest\n"))
    }
}
