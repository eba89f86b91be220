import DragomanGlossary
import DragomanText
import Foundation
import Testing

/// The shipped `Glossaries/ar-en.tsv`: valid, big enough, consistent, and covering every spelling the seeds use.
@Suite struct ShippedGlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func parsed() throws -> GlossaryTSV.Parsed {
        let text = try String(contentsOf: root.appendingPathComponent("Glossaries/ar-en.tsv"), encoding: .utf8)
        return try GlossaryTSV.parse(text, name: "ar-en.tsv")
    }

    @Test func parsesWithoutProblemsAndHasAtLeast80Concepts() throws {
        let parsed = try Self.parsed()
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.glossary.entries.count >= 80)
        #expect(Set(parsed.glossary.entries.map(\.id)).count == parsed.glossary.entries.count)
        #expect(parsed.glossary.entries.allSatisfy { $0.id.hasPrefix("dm-") && !$0.en.isEmpty && !$0.ar.isEmpty })
        #expect(parsed.glossary.extraColumns == ["inflect", "teh_marbuta"])
    }

    @Test func fieldsFollowTheConventions() throws {
        let entries = try Self.parsed().glossary.entries
        let pos: Set = ["noun", "properNoun", "verb", "adjective", "adverb", "other"]
        for entry in entries {
            #expect(pos.contains(entry.pos), "\(entry.id) pos \(entry.pos)")
            #expect(!entry.domain.isEmpty, "\(entry.id)")
            #expect(Inflect(column: entry.extra["inflect"] ?? "") != nil, "\(entry.id)")
            #expect(entry.updated.count == 10 && entry.updated.hasPrefix("20"), "\(entry.id)")
            #expect(["seeds", "editor"].contains(entry.source), "\(entry.id)")
            if entry.pos == "properNoun" && ["person", "organization", "place"].contains(entry.domain) == false {
                Issue.record("\(entry.id): a proper noun's domain is person, organization or place")
            }
        }
    }

    /// No Arabic form (after `match` normalization) belongs to two concepts; within one concept, spellings that
    /// differ only in أ/ا, ى/ي (as the seeds write them) are kept on purpose.
    @Test func noArabicFormUnderTwoConcepts() throws {
        let entries = try Self.parsed().glossary.entries
        let normalizer = Normalizer(profile: .match)
        var owner: [String: String] = [:]
        for entry in entries {
            for form in Set(entry.arabicForms.map { normalizer.normalize($0).text }) {
                if let other = owner[form] { Issue.record("'\(form)' is in \(other) and \(entry.id)") }
                owner[form] = entry.id
            }
        }
    }

    /// Status per form: ISIS is one concept whose deprecated Arabic forms live inside it, the seeds' typos are
    /// misspellings, and a deprecated concept (none today) would need a preferred replacement.
    @Test func deprecatedFormsAndMisspellingsLiveInsideTheirConcept() throws {
        let entries = try Self.parsed().glossary.entries
        let isis = entries.filter { $0.en == "ISIS" || $0.enVariants.contains("ISIS") }
        #expect(isis.map(\.id) == ["dm-0006"])
        #expect(isis.first?.status == .preferred)
        #expect(isis.first?.arDeprecated.contains("الدولة الإسلامية") == true)
        #expect(entries.first { $0.id == "dm-0004" }?.arMisspellings == ["ستوليبنبيرج"])
        #expect(entries.first { $0.id == "dm-0029" }?.arMisspellings == ["الضفدي"])
        #expect(entries.first { $0.id == "dm-0075" }?.arDeprecated == ["الهجرة غير الشرعية"])
        for entry in entries where entry.status == .deprecated {
            #expect(entries.contains { $0.en == entry.en && $0.status == .preferred }, "\(entry.id)")
        }
    }

    @Test func lintsClean() throws {
        let parsed = try Self.parsed()
        #expect(GlossaryLinter().lint(parsed, file: "ar-en.tsv").map(\.description) == [])
    }

    /// Every spelling of a concept that occurs in the seeds is matched exactly (never only fuzzily).
    static let seedSpellings: [(String, String)] = [
        ("dm-0001", "حلف شمال الأطلنطي"), ("dm-0001", "لحلف شمال الأطلنطى"), ("dm-0001", "حلف شمال الاطلنطي"),
        ("dm-0001", "حلف شمال الاطلنطى"), ("dm-0001", "لحلف شمال الأطلسي"), ("dm-0001", "الناتو"), ("dm-0001", "ناتو"),
        ("dm-0001", "حلف الناتو"), ("dm-0004", "ستولينبيرج"), ("dm-0004", "ستوليبنبيرج"),
        ("dm-0004", "جينس ستولتنبيرغ"), ("dm-0004", "يانس ستولينبيرج"), ("dm-0005", "مارك روتي"),
        ("dm-0029", "أيمن الصفدي"), ("dm-0029", "الضفدي"), ("dm-0027", "أنتوني بلينكين"), ("dm-0028", "لويجي دي مايو"),
        ("dm-0030", "مصطفى الكاظمى"), ("dm-0033", "لويد اوستن"), ("dm-0009", "التحالف الدولى لمناهضة داعش"),
        ("dm-0009", "التحالف العالمي لمناهضة داعش"), ("dm-0009", "التحالف الدولي ضد داعش"),
        ("dm-0012", "بعثة الناتو فى العراق"), ("dm-0012", "بعثة حلف الناتو في العراق"), ("dm-0059", "آواكس"),
        ("dm-0089", "إفريقيا"), ("dm-0122", "وشرقي افريقيا"), ("dm-0088", "الشرق الاوسط"),
        ("dm-0008", "وتنظيم داعش الخراساني"),
    ]

    @Test func everySeedSpellingIsMatchedExactly() throws {
        let documents = try TextPipeline().process(paths: [Self.root.appendingPathComponent("seeds").path])
        #expect(documents.count == 5)
        let matcher = try GlossaryMatcher(glossary: Self.parsed().glossary)
        let tables = try TermTable.build(documents: documents, matcher: matcher)
        let exact = tables.batch.rows.filter { $0.kind == .exact }
        for (id, spelling) in Self.seedSpellings {
            let forms = exact.filter { $0.entry.id == id }.flatMap(\.forms)
            #expect(forms.contains(spelling), "\(id) \(spelling): \(forms)")
        }
        let misspelt = exact.filter { $0.status == .misspelling }.map { "\($0.entry.id) \($0.forms)" }.sorted()
        #expect(misspelt == ["dm-0004 [\"ستوليبنبيرج\"]", "dm-0029 [\"الضفدي\"]"])
        #expect(tables.batch.rows.allSatisfy { $0.kind == .exact }, "the shipped glossary lists every seed spelling")
    }

    /// Everyday words one letter from short NATO forms (الحلف, الناتو) found no fuzzy match in TICO-19 once the
    /// short-word rule was added: الحلق (throat), الناتج (output), الحذف (deletion).
    @Test func everydayWordsAreNotFuzzyNames() throws {
        let matcher = try GlossaryMatcher(glossary: Self.parsed().glossary)
        let text = "أصيب المريض بالتهاب في الحلق، وارتفع الناتج المحلي بعد الحذف من القائمة."
        let document = try Segmenter().segment(SourceText(name: "t.txt", text: text), language: "ar")
        #expect(matcher.matches(in: document, tokenizer: try Tokenizer(locale: "ar")).isEmpty)
    }
}

/// `GlossaryTSV.parse` splits lines on bytes: a CRLF file (one Swift Character per "\r\n") reads row by row.
@Suite struct GlossaryTSVLineEndingTests {
    @Test func crlfFileReadsEveryRow() throws {
        let parsed = try GlossaryTSV.parse("id\tar\ten\r\nx-1\tداعش\tISIS\r\nx-2\tالناتو\tNATO\r\n", name: "crlf.tsv")
        #expect(parsed.glossary.entries.map(\.ar) == ["داعش", "الناتو"])
        #expect(parsed.glossary.entries.map(\.en) == ["ISIS", "NATO"])
        #expect(parsed.glossary.entries.map(\.line) == [2, 3])
    }
}
