import DragomanGlossary
import Foundation
import Testing

@Suite struct GlossaryStoreTests {
    @Test func loadsTheFixture() throws {
        let parsed = try GlossaryStore(path: Fixture.path("sample.tsv")).load()
        #expect(parsed.glossary.entries.count == 6)
        #expect(parsed.problems.isEmpty)
    }

    @Test func crlfLineEndsReadLikeLF() throws {
        let path = try Fixture.write(Array("ar\ten\r\nهدنة\ttruce\r\nقصف\tshelling\r\n".utf8), name: "crlf.tsv")
        let entries = try GlossaryStore(path: path).load().glossary.entries
        #expect(entries.map(\.en) == ["truce", "shelling"])
        #expect(entries.map(\.line) == [2, 3])
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let bytes = Array("ar\ten\n".utf8) + [0xC7, 0xE1] + Array("\ttruce\n".utf8)  // Windows-1256 "ال"
        let path = try Fixture.write(bytes, name: "cp1256.tsv")
        #expect(throws: GlossaryError.invalidUTF8(file: path, offset: 6, bytes: [0xC7])) {
            try GlossaryStore(path: path).load()
        }
        #expect(
            GlossaryError.invalidUTF8(file: "g.tsv", offset: 6, bytes: [0xC7]).description
                == "g.tsv: byte 6: invalid UTF-8 (0xC7); a glossary must be UTF-8: convert it (for example with iconv -f windows-1256 -t utf-8)"
        )
    }

    @Test func binaryIsRefused() throws {
        let path = try Fixture.write(Array("ar\ten\n".utf8) + [0, 1, 2], name: "g.tsv")
        #expect(throws: GlossaryError.binary(file: path, offset: 6)) { try GlossaryStore(path: path).load() }
        #expect(
            GlossaryError.binary(file: "g.tsv", offset: 6).description
                == "g.tsv: byte 6 is a NUL byte: this is a binary file, not a TSV glossary; give a UTF-8 text file")
    }

    @Test func missingFileIsAnErrorUnlessAllowed() throws {
        let path = try Fixture.temporaryFolder().appendingPathComponent("none.tsv").path
        #expect(throws: GlossaryError.unreadable(file: path, reason: "no such file")) {
            try GlossaryStore(path: path).load()
        }
        #expect(try GlossaryStore(path: path).load(allowMissing: true).glossary.entries.isEmpty)
    }

    @Test func saveKeepsThePreviousFileAsBackup() throws {
        let path = try Fixture.copy("sample.tsv")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = GlossaryStore(path: path)
        var glossary = try store.load().glossary
        try glossary.add(GlossaryEntry(ar: "قصف مدفعي", en: "artillery shelling", updated: "2026-11-25"))
        try store.save(glossary)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.backupPath)) == before)
        let reread = try store.load().glossary
        #expect(reread.entries.last?.id == "dm-0007")
        #expect(reread.entries.last?.ar == "قصف مدفعي")
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        // The lock file every write takes stays (see GlossaryStore).
        #expect(leftovers.sorted() == [".sample.tsv.lock", "sample.tsv", "sample.tsv.bak"])
    }

    @Test func aFailedSaveChangesNothing() throws {
        let path = try Fixture.copy("sample.tsv")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = GlossaryStore(path: path)
        var glossary = try store.load().glossary
        glossary.entries[0].note = "two\nlines"
        #expect(throws: GlossaryError.invalidValue(id: "dm-0001", column: "note", value: "two\nlines")) {
            try store.save(glossary)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: store.backupPath))
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect(leftovers == ["sample.tsv"])
    }

    @Test func writingIntoAMissingFolderFails() throws {
        let folder = try Fixture.temporaryFolder().appendingPathComponent("absent")
        let path = folder.appendingPathComponent("g.tsv").path
        let lock = folder.appendingPathComponent(".g.tsv.lock").path
        #expect(
            throws: GlossaryError.writeFailed(
                file: path, reason: "cannot use the lock file \(lock): No such file or directory")
        ) {
            try GlossaryStore(path: path).save(Glossary(entries: [GlossaryEntry(ar: "هدنة", en: "truce")]))
        }
        #expect(
            GlossaryError.writeFailed(file: "g.tsv", reason: "it is a folder").description
                == "g.tsv: cannot write the glossary: it is a folder; the file was left unchanged")
    }

    @Test func writingOverAFolderFails() throws {
        let folder = try Fixture.temporaryFolder()
        let store = GlossaryStore(path: folder.path)
        #expect(throws: GlossaryError.writeFailed(file: folder.path, reason: "it is a folder")) {
            try store.save(Glossary())
        }
    }
}
