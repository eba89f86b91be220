import DragomanGlossary
import DragomanText
import Foundation
import Testing

@Suite struct TermTableTests {
    static func tables(_ texts: [String]) throws -> (documents: [TermTable], batch: TermTable) {
        let sources = texts.enumerated().map { SourceText(name: "doc\($0.offset + 1).txt", text: $0.element) }
        let documents = try TextPipeline().process(sources, language: "ar")
        return try TermTable.build(documents: documents, matcher: MatchingFixture.matcher)
    }

    static let first =
        "أخبار التحالف الدولي\n\nأكد التحالف الدولي دعمه للعراق.\n\nوقال الوزير إن الدولة الإسلامية هزمت، وإن للتحالف الدولي دورا مهما.\n"
    static let second = "قال ستولينبيرج إن الحكومه تدعم التحالف الدولي.\n\nوأضاف ستوليبنبيرج أن حكومته مستعدة.\n"

    @Test func oneRowPerConceptWithFormsCountAndFirstSentence() throws {
        let (documents, _) = try Self.tables([Self.first])
        let row = try #require(documents[0].rows.first { $0.entry.id == "t-02" })
        #expect(row.count == 3)
        #expect(row.forms == ["التحالف الدولي", "للتحالف الدولي"])
        // The headline is a line, never "the first sentence".
        #expect(row.firstSentence == "أكد التحالف الدولي دعمه للعراق.")
        #expect(row.kind == .exact)
    }

    @Test func deprecatedTermIsFlaggedWithItsPreferredReplacement() throws {
        let (documents, _) = try Self.tables([Self.first])
        let row = try #require(documents[0].rows.first { $0.entry.id == "t-12" })
        #expect(row.replacement?.id == "t-04")
        #expect(documents[0].markdown().contains("**deprecated**: use داعش (t-04)"))
        #expect(documents[0].tsv().contains("\tداعش (t-04, ISIS)\t"))
    }

    @Test func exactAndFuzzyNeverShareARowAndTheBatchMergesDocuments() throws {
        let (documents, batch) = try Self.tables([Self.first, Self.second])
        let stoltenberg = documents[1].rows.filter { $0.entry.id == "t-09" }
        #expect(stoltenberg.map(\.kind) == [.exact, .fuzzy])
        #expect(stoltenberg[1].forms == ["ستوليبنبيرج"])
        let coalition = try #require(batch.rows.first { $0.entry.id == "t-02" })
        #expect(coalition.count == 4)
        #expect(Set(coalition.occurrences.map(\.file)) == ["doc1.txt", "doc2.txt"])
        let government = try #require(batch.rows.first { $0.entry.id == "t-05" })
        #expect(government.forms == ["الحكومه", "حكومته"])
    }

    @Test func boilerplateIsNeverMatched() throws {
        // The same line in every document of a batch is boilerplate.
        let footer = "جميع الحقوق محفوظة لموقع التحالف الدولي"
        let (documents, _) = try Self.tables([
            "قال الوزير إن داعش هزم.\n\n\(footer)\n", "قال الوزير إن داعش انتهى.\n\n\(footer)\n",
            "أكد الوزير أن داعش هزم.\n\n\(footer)\n",
        ])
        for table in documents { #expect(table.rows.map(\.entry.id) == ["t-04"]) }
    }

    @Test func csvFollowsRFC4180() throws {
        let (documents, batch) = try Self.tables([Self.first])
        let csv = TermTable.render(documents + [batch], as: .csv)
        #expect(csv.hasPrefix("document,id,ar,en,status,count,forms,match,score,replacement,first_sentence\r\n"))
        #expect(csv.contains("\"وقال الوزير إن الدولة الإسلامية هزمت، وإن للتحالف الدولي دورا مهما.\"") == false)
        #expect(csv.contains("\"داعش (t-04, ISIS)\""))
        #expect(csv.split(separator: "\r\n").count == 1 + 2 * documents[0].rows.count)
    }

    @Test func jsonOffsetsDecodeToTheOccurrenceText() throws {
        let (documents, batch) = try Self.tables([Self.second])
        let json = TermTable.render(documents + [batch], as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.count == 2)
        let bytes = Array(Self.second.utf8)
        var checked = 0
        for term in try #require(tables[0]["terms"] as? [[String: Any]]) {
            for occurrence in try #require(term["occurrences"] as? [[String: Any]]) {
                let start = try #require(occurrence["start"] as? Int)
                let end = try #require(occurrence["end"] as? Int)
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == occurrence["text"] as? String)
                checked += 1
            }
        }
        #expect(checked == 5)
    }
}
