import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@testable import DragomanGlossary

/// Properties of the glossary file and of term matching, on seeded random cases.
@Suite struct GlossaryPropertyTests {
    /// A random glossary: every field of any Unicode (no tabs or line breaks, which the file cannot hold), variant
    /// lists without "|" (their separator), unique ids, extra columns with random names.
    static func glossary(using generator: inout SplitMix64) -> Glossary {
        let columns = (0..<Int.random(in: 0...3, using: &generator)).map { index in
            "x\(index)" + RandomText.value(length: 6, excluding: ["|"], using: &generator)
        }
        var entries: [GlossaryEntry] = []
        for index in 0..<Int.random(in: 1...12, using: &generator) {
            func value(_ length: Int) -> String {
                Bool.random(using: &generator) ? "" : RandomText.value(length: length, using: &generator)
            }
            func variants() -> [String] {
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    // Often opening with a haraka: a combining mark right after the " | " separator.
                    (Bool.random(using: &generator) ? "\u{0650}" : "")
                        + RandomText.value(length: 8, excluding: ["|"], using: &generator)
                }
            }
            var entry = GlossaryEntry(
                id: "id-\(index)", ar: RandomText.value(length: 10, using: &generator),
                en: RandomText.value(length: 10, using: &generator), arVariants: variants(), enVariants: variants(),
                pos: value(6), domain: value(6), definition: value(30), note: value(30), source: value(10),
                updated: value(10))
            entry.status = TermStatus.allCases.randomElement(using: &generator)!
            for column in columns { entry.extra[column] = value(8) }
            entries.append(entry)
        }
        return Glossary(entries: entries, extraColumns: columns)
    }

    /// The fields the glossary file keeps, as compared.
    static func fields(_ entry: GlossaryEntry) -> [String] {
        [
            entry.id, entry.ar, entry.en, entry.arVariants.joined(separator: "\u{0}"),
            entry.enVariants.joined(separator: "\u{0}"), entry.status.rawValue, entry.pos, entry.domain,
            entry.definition, entry.note, entry.source, entry.updated,
        ] + entry.extra.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }
    }

    /// write → read is the identity on every field, extra columns included.
    @Test func tsvWriteThenReadKeepsEveryField() throws {
        var generator = SplitMix64(seed: 333)
        for _ in 0..<500 {
            let glossary = Self.glossary(using: &generator)
            let text = try GlossaryTSV.serialize(glossary)
            let read = try GlossaryTSV.parse(text, name: "random.tsv").glossary
            #expect(read.extraColumns == glossary.extraColumns)
            #expect(read.entries.map(Self.fields) == glossary.entries.map(Self.fields), "\(text.debugDescription)")
        }
    }

    /// A tab or any line break in any field or column name is refused when writing, never written.
    @Test func tabsAndLineBreaksAreRefusedInEveryField() {
        var generator = SplitMix64(seed: 444)
        let breaks = ["\t", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}"]
        for _ in 0..<300 {
            var glossary = Self.glossary(using: &generator)
            let bad = "a" + breaks.randomElement(using: &generator)! + "b"
            var entry = glossary.entries[0]
            switch Int.random(in: 0...4, using: &generator) {
            case 0: entry.ar = bad
            case 1: entry.note = bad
            case 2: entry.arVariants.append(bad)
            case 3:
                glossary.extraColumns.append("bad")
                entry.extra["bad"] = bad
            default:
                glossary.extraColumns.append(bad)
                entry.extra[bad] = "1"
            }
            glossary.entries[0] = entry
            #expect(throws: GlossaryError.self) { try GlossaryTSV.serialize(glossary) }
        }
    }

    /// `terms` finds the same occurrences in a document read alone and inside a batch of documents that share no
    /// line with it (only a line repeated across documents is batch boilerplate).
    @Test func termsAloneAndInABatchAgree() throws {
        let glossary = try GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        let pipeline = try TextPipeline()
        var generator = SplitMix64(seed: 555)
        let names = ["يانس ستولتنبرج", "أيمن الضفدي", "الكاظمي", "بلينكين", "حلف شمال الأطلنطى", "بعثة الناتو"]
        var line = 0
        func document(_ name: String) -> SourceText {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                line += 1
                var sentence = RandomText.sentence(words: 3...14, using: &generator)
                if Bool.random(using: &generator) {
                    sentence = names.randomElement(using: &generator)! + " " + sentence
                }
                // A number unique to the line, so no two lines of the batch are alike.
                text += "\(line) " + sentence + (Bool.random(using: &generator) ? "\n\n" : " ")
            }
            return SourceText(name: name, text: text)
        }
        func rows(_ table: TermTable) -> [String] {
            table.rows.map { row in
                "\(row.entry.id) \(row.kind) \(row.forms) \(row.firstSentence) "
                    + row.occurrences.map { "\($0.segment):\($0.range):\($0.text):\($0.score)" }.joined(separator: ",")
            }
        }
        var found = 0
        for _ in 0..<150 {
            let alone = document("a.txt")
            let others = (0..<Int.random(in: 1...3, using: &generator)).map { document("o\($0).txt") }
            let single = try TermTable.build(documents: pipeline.process([alone]), matcher: matcher).documents[0]
            let batch = try TermTable.build(documents: pipeline.process([alone] + others), matcher: matcher)
            #expect(rows(single) == rows(batch.documents[0]), "\(alone.text)")
            found += single.rows.count
        }
        #expect(found > 100, "the random documents should contain glossary terms")
    }
}
