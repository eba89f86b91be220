import DragomanGlossary
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// `WordMemo` skips words that start no term, and the hits stay exactly those of matching without
/// it, whatever the order in which words come back.
@Suite struct WordMemoTests {
    /// وزير الدفاع starts with a word that is no term alone; التحالف is a term in Arabic, coalition in English;
    /// مصطفى الكاظمي is a name, matched fuzzily when misspelt.
    static let matcher = try! GlossaryMatcher(
        glossary: GlossaryTSV.parse(
            """
            id\tar\ten\tpos\tdomain
            x-1\tداعش\tISIS\tproperNoun\torganization
            x-2\tوزير الدفاع\tMinister of Defence\tnoun\t
            x-3\tالتحالف\tcoalition\tnoun\t
            x-4\tمصطفى الكاظمي\tMustafa al-Kadhimi\tproperNoun\tperson

            """,
            name: "small.tsv"
        ).glossary)

    /// Each word comes back: وزير first alone (it starts a walk that ends in no term, and the fuzzy pass learns that
    /// it is near no name: that fact must not skip it in the exact pass), then before الدفاع;
    /// coalition first in Latin letters inside Arabic text (no Arabic term starts with it), then in English text;
    /// a word too long to be kept (والاستراتيجيات), and punctuation and digits (، ؛ ؟ ٢٠٢٦).
    static let texts: [(text: String, language: String)] = [
        ("التقى الوزير بنظيره في بغداد، وقال وزير إن الاجتماع كان مثمرا؛ لماذا؟ والاستراتيجيات كثيرة.", "ar"),
        ("وقال وزير الدفاع في ٢٠٢٦ إن التحالف سيواصل الحرب على داعش، والاستراتيجيات واضحة.", "ar"),
        ("وأعلن مكتب coalition في بغداد أن وزير الدفاع وصل.", "ar"),
        ("The coalition said the war on ISIS goes on; the coalition met twice.", "en"),
        ("وقال الوزير إن التحالف ووزير الدفاع اتفقا على مواجهة داعش.", "ar"),
        ("وقال مصطفى الكاضمي إن الحكومة ستعمل، وقال مكتب الكاظمي إن التسجيل حديث.", "ar"),
        ("وقال مصطفى الكاضمي في تسجيل إن الحرب مستمرة، وأكد مصطفى الكاظمي ذلك.", "ar"),
    ]

    static func documents() throws -> [Document] {
        let pipeline = try TextPipeline()
        return try texts.enumerated().flatMap { index, text in
            try pipeline.process([SourceText(name: "\(index).txt", text: text.text)], language: text.language)
        }
    }

    /// Each document's term table, the documents matched one at a time with one memo, as a `prepare` worker
    /// matches its articles.
    static func tables(_ documents: [Document], memo: WordMemo?, matcher: GlossaryMatcher = matcher) throws -> [String]
    {
        try documents.map { document in
            let tokenized = try TokenizedBatch(documents: [document], matcher: matcher, memo: memo)
            return TermTable.build(tokenized, matcher: matcher).documents[0].tsv()
        }
    }

    @Test func hitsAreTheSameWithAndWithoutTheMemo() throws {
        let documents = try Self.documents()
        let alone = try Self.tables(documents, memo: nil)
        #expect(alone[1].contains("x-2") && alone[1].contains("x-3") && alone[1].contains("x-1"))
        #expect(alone[2].contains("x-2"))
        #expect(alone[3].contains("x-3") && alone[3].contains("x-1"))
        #expect(alone[5].contains("x-4\t") && alone[5].contains("fuzzy"))
        #expect(alone[6].contains("x-4\t") && alone[6].contains("fuzzy") && alone[6].contains("exact"))
        let memo = WordMemo()
        // Twice in order, then backwards: the second and third rounds find most words in the memo.
        #expect(try Self.tables(documents, memo: memo) == alone)
        #expect(try Self.tables(documents, memo: memo) == alone)
        #expect(try Self.tables(documents.reversed(), memo: memo) == alone.reversed())
    }

    /// The seeds, matched twice with one memo, give the term tables of matching without it.
    @Test func seedsGiveTheSameTables() throws {
        let matcher = try GlossaryMatcher(
            glossary: GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path).load()
                .glossary)
        let documents = try TextPipeline().process(paths: [Repository.root.appendingPathComponent("seeds").path])
        let alone = try Self.tables(documents, memo: nil, matcher: matcher)
        #expect(alone.allSatisfy { $0.split(separator: "\n").count > 1 })
        let memo = WordMemo()
        #expect(try Self.tables(documents, memo: memo, matcher: matcher) == alone)
        #expect(try Self.tables(documents, memo: memo, matcher: matcher) == alone)
    }
}
