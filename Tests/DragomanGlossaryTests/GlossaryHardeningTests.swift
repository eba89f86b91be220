import DragomanGlossary
import Foundation
import Testing

/// Defects found by attacking the glossary file (issue 11): each test failed before its fix.
@Suite struct GlossaryHardeningTests {
    /// A file saved by an old Mac editor: CR alone ends lines. It was read as one line whose header had every
    /// column twice ("the column 'ar' appears twice").
    @Test func crOnlyLineEndsReadLikeLF() throws {
        let path = try Fixture.write(
            Array("id\tar\ten\rdm-0001\tهدنة\ttruce\rdm-0002\tقصف\tshelling\r".utf8), name: "cr.tsv")
        let entries = try GlossaryStore(path: path).load().glossary.entries
        #expect(entries.map(\.en) == ["truce", "shelling"])
        #expect(entries.map(\.line) == [2, 3])
    }

    /// A column name with a tab or line break would break the header (every later read: "14 tab-separated
    /// fields, but the header has 15"): serializing refuses it, so nothing is written.
    @Test(arguments: ["ex\ttra", "ex\ntra", "ex\rtra", "ex\u{2028}tra"])
    func columnNameWithTabOrLineBreakIsRefused(_ column: String) throws {
        var entry = GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "truce")
        entry.extra[column] = "1"
        let glossary = Glossary(entries: [entry], extraColumns: [column])
        #expect(throws: GlossaryError.invalidColumnName(column)) { try GlossaryTSV.serialize(glossary) }
        let path = try Fixture.copy("sample.tsv")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: GlossaryError.invalidColumnName(column)) { try GlossaryStore(path: path).save(glossary) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test func columnNameMessage() {
        #expect(
            GlossaryError.invalidColumnName("ex\ttra").description
                == "the column name 'ex\\ttra' contains a tab or line break, which the tab-separated glossary cannot hold; rename the column"
        )
    }

    /// A writer that cannot take the lock within its timeout gives up with a clear message and writes nothing.
    @Test func aWaitingWriterTimesOut() throws {
        let path = try Fixture.copy("sample.tsv")
        let store = GlossaryStore(path: path, lockTimeout: 0.3)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Another writer holds the lock (flock locks belong to the open file, so this conflicts in one process).
        let holder = open(store.lockPath, O_RDWR | O_CREAT, 0o666)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        let error = GlossaryError.locked(file: path, lock: store.lockPath, seconds: 1)
        #expect(throws: error) {
            try store.modify { glossary in
                glossary.entries.removeAll()
                return true
            }
        }
        #expect(
            error.description
                == "\(path): another command has been changing the glossary for 1 s (it holds the lock \(store.lockPath)); nothing was written: try again when it is done"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        flock(holder, LOCK_UN)
        try store.modify { glossary in
            glossary.entries.removeAll()
            return true
        }
        #expect(try store.load().glossary.entries.isEmpty)
    }

    /// Temporaries left by a writer killed between writing and renaming are removed by the next write (under the
    /// lock); files that only look alike are left alone.
    @Test func staleTemporariesAreCleanedOnTheNextWrite() throws {
        let path = try Fixture.copy("sample.tsv")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let stale = [".sample.tsv.\(UUID().uuidString).tmp", ".sample.tsv.\(UUID().uuidString).bak.tmp"]
        let kept = [".sample.tsv.notes.tmp", ".other.tsv.\(UUID().uuidString).tmp", "sample.tsv.tmp"]
        for name in stale + kept { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let store = GlossaryStore(path: path)
        try store.modify { glossary in
            glossary.entries.removeLast()
            return true
        }
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names.isDisjoint(with: stale))
        #expect(names.isSuperset(of: kept))
    }

    /// Found by the property tests: a variant that starts with a combining mark (here a kasra) came back with a
    /// space in front, since " " and the mark form one character and the split compared characters.
    @Test func aVariantStartingWithACombiningMarkRoundTrips() throws {
        var entry = GlossaryEntry(id: "dm-0001", ar: "قصف", en: "shelling", arVariants: ["\u{0650}قصف", "\u{0670}ب"])
        entry.enVariants = ["\u{0301}x"]
        let text = try GlossaryTSV.serialize(Glossary(entries: [entry]))
        let read = try GlossaryTSV.parse(text, name: "g.tsv").glossary.entries[0]
        #expect(read.arVariants == ["\u{0650}قصف", "\u{0670}ب"])
        #expect(read.enVariants == ["\u{0301}x"])
    }

    /// Found by the fuzzer (CSV): a NUL in a value was written, and the glossary then read as a binary file that
    /// every command refused.
    @Test func aNULInAValueIsRefusedBeforeWriting() {
        let glossary = Glossary(entries: [GlossaryEntry(id: "dm-0001", ar: "هدنة", en: "tru\u{0}ce")])
        let error = GlossaryError.invalidValue(id: "dm-0001", column: "en", value: "tru\u{0}ce")
        #expect(throws: error) { try GlossaryTSV.serialize(glossary) }
        #expect(
            error.description
                == "entry 'dm-0001', column 'en': the value 'tru\\0ce' contains a NUL character, which would make the glossary a binary file; remove it"
        )
    }

    /// Too many entries is refused on reading (with the file) and on writing.
    @Test func tooManyEntriesMessage() {
        #expect(
            GlossaryError.tooManyEntries(count: 1_000_001, limit: 1_000_000, file: "g.tsv").description
                == "g.tsv: 1000001 entries, more than the 1000000 a glossary may hold; split it into several glossaries"
        )
    }
}
