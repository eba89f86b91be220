import DragomanTMX
import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanAligner

/// Every input format, and bad input with the exact messages.
@Suite struct ParallelInputTests {
    func pairs(_ source: ParallelSource) throws -> (pairs: [(String, String)], skipped: [String]) {
        var pairs: [(String, String)] = []
        let skipped = try source.forEachPair { arabic, english in pairs.append((arabic, english)) }
        return (pairs, skipped)
    }

    @Test func theThreeFormatsGiveTheSamePairs() throws {
        let lines = try pairs(.lineAligned(arabic: Fixture.path("nato.ar.txt"), english: Fixture.path("nato.en.txt")))
        let tsv = try pairs(.tsv(Fixture.path("nato.tsv")))
        let tmx = try pairs(.tmx(Fixture.path("nato.tmx")))
        #expect(lines.pairs.count == 38)
        #expect(lines.pairs.map(\.0) == tsv.pairs.map(\.0))
        #expect(lines.pairs.map(\.1) == tsv.pairs.map(\.1))
        #expect(lines.pairs.map(\.0) == tmx.pairs.map(\.0))
        #expect(lines.pairs.map(\.1) == tmx.pairs.map(\.1))
        #expect(lines.pairs[37].0 == "هل يتوسع الناتو؟ نعم، يتوسع.")
        #expect(lines.skipped.isEmpty && tsv.skipped.isEmpty)
        #expect(tmx.skipped == ["\(Fixture.path("nato.tmx")):43: unit 'no-english' has no English (en) text; skipped"])
        // XLIFF Arabic → English (1.2) and English → Arabic (2.0): Arabic and English come out on their sides.
        for name in ["nato.ar-en.xlf", "nato.en-ar.xlf"] {
            let xliff = try pairs(.xliff(Fixture.path(name)))
            #expect(xliff.pairs.map(\.0) == lines.pairs.map(\.0))
            #expect(xliff.pairs.map(\.1) == lines.pairs.map(\.1))
        }
        // Segment 39 has no target, 40 only the source copied: not translations.
        #expect(
            try pairs(.xliff(Fixture.path("nato.ar-en.xlf"))).skipped == [
                "\(Fixture.path("nato.ar-en.xlf")):3: 2 segments without a translation; skipped"
            ])
    }

    @Test func xliffOfOtherLanguagesIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
              <file id="f1"><unit id="u1"><segment><source>Bonjour</source><target>Hello</target></segment></unit></file>
            </xliff>
            """, to: "fr.xlf")
        #expect(throws: AlignerError.xliffLanguages(file: path, line: 3, source: "fr", target: "en")) {
            try pairs(.xliff(path))
        }
        #expect(
            AlignerError.xliffLanguages(file: "fr.xlf", line: 3, source: "fr", target: "en").description
                == "fr.xlf:3: the file translates 'fr' into 'en', not Arabic into English or English into Arabic; give Arabic–English XLIFF"
        )
        let notXLIFF = try folder.write("<tmx version=\"1.4\"><body/></tmx>", to: "x.xlf")
        #expect(throws: AlignerError.self) { try pairs(.xliff(notXLIFF)) }
    }

    @Test func sourcesByExtension() {
        #expect(ParallelSource(path: "a/pairs.TSV") == .tsv("a/pairs.TSV"))
        #expect(ParallelSource(path: "memory.tmx") == .tmx("memory.tmx"))
        #expect(ParallelSource(path: "done.xliff") == .xliff("done.xliff"))
        #expect(ParallelSource(path: "done.ar-en.xlf") == .xliff("done.ar-en.xlf"))
        #expect(ParallelSource(path: "notes.txt") == nil)
        #expect(
            AlignerError.unknownInput(file: "notes.txt").description
                == "notes.txt: cannot tell the kind of parallel text from the extension; use .tsv, .tmx, .xlf/.xliff, or --ar FILE --en FILE for line-aligned files"
        )
    }

    @Test func tsvWithoutHeaderTakesArabicFirstAndSkipsBlankLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("التحالف قوي\tThe alliance is strong\n\nبالناتو\twith NATO\r\n", to: "p.tsv")
        let read = try pairs(.tsv(path))
        #expect(read.pairs.map(\.0) == ["التحالف قوي", "بالناتو"])
        #expect(read.pairs.map(\.1) == ["The alliance is strong", "with NATO"])
    }

    @Test func lineAlignedFilesWithBOMCRLFAndNoFinalNewline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ar = try folder.write("\u{FEFF}والتحالف\r\nللتحالف", to: "a.txt")
        let en = try folder.write("and the alliance\nto the alliance\n", to: "e.txt")
        let read = try pairs(.lineAligned(arabic: ar, english: en))
        #expect(read.pairs.map(\.0) == ["والتحالف", "للتحالف"])
        #expect(read.pairs.map(\.1) == ["and the alliance", "to the alliance"])
    }

    @Test func aLineLongerThanTheReadChunkIsWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = String(repeating: "التحالف ", count: 400)
        let path = try folder.write("قصير\n" + long + "\nآخر", to: "long.txt")
        let reader = try LineReader(path: path, chunkSize: 64)
        #expect(try reader.next() == "قصير")
        #expect(try reader.next() == long)
        #expect(try reader.next() == "آخر")
        #expect(try reader.next() == nil)
        #expect(reader.lineNumber == 3)
    }

    @Test func mismatchedLineCountsNameBothFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ar = try folder.write("أ\nب\nج\n", to: "ar.txt")
        let en = try folder.write("a\nb\n", to: "en.txt")
        #expect(throws: AlignerError.lineCountMismatch(arabic: ar, arabicLines: 3, english: en, englishLines: 2)) {
            try pairs(.lineAligned(arabic: ar, english: en))
        }
        #expect(
            AlignerError.lineCountMismatch(arabic: "ar.txt", arabicLines: 3, english: "en.txt", englishLines: 2)
                .description
                == "ar.txt has 3 lines but en.txt has 2: line-aligned files need one sentence per line on both sides; find where they drift apart and fix it"
        )
    }

    @Test func anEmptySideNamesFileAndLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ar = try folder.write("التحالف\n\nالقمة\n", to: "ar.txt")
        let en = try folder.write("the alliance\nthe summit\nthe summit\n", to: "en.txt")
        #expect(throws: AlignerError.emptySide(file: ar, line: 2, side: "Arabic")) {
            try pairs(.lineAligned(arabic: ar, english: en))
        }
        let tsv = try folder.write("ar\ten\nالتحالف\t \n", to: "p.tsv")
        #expect(throws: AlignerError.emptySide(file: tsv, line: 2, side: "English")) { try pairs(.tsv(tsv)) }
        #expect(
            AlignerError.emptySide(file: "p.tsv", line: 2, side: "English").description
                == "p.tsv:2: the English side is empty while the other has text; give both sides or remove the pair")
    }

    @Test func tsvFieldCountAndMissingColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fields = try folder.write("التحالف\tthe alliance\nالقمة\n", to: "f.tsv")
        #expect(throws: AlignerError.fieldCount(file: fields, line: 2, expected: 2, found: 1)) {
            try pairs(.tsv(fields))
        }
        #expect(
            AlignerError.fieldCount(file: "f.tsv", line: 2, expected: 2, found: 1).description
                == "f.tsv:2: 1 field, expected 2 (Arabic TAB English); check the tabs on this line")
        let header = try folder.write("ar\tenglish\nالتحالف\tthe alliance\n", to: "h.tsv")
        #expect(throws: AlignerError.missingColumn(file: header, column: "en")) { try pairs(.tsv(header)) }
        #expect(
            AlignerError.missingColumn(file: "h.tsv", column: "en").description
                == "h.tsv:1: the header has no 'en' column; name the columns 'ar' and 'en', or give no header and put Arabic first"
        )
    }

    @Test func invalidUTF8AndBinaryNameTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cp1256 = folder.path("cp.txt")
        try Data([0x61, 0x0A, 0x62, 0x20, 0xC7, 0xE1, 0x0A]).write(to: URL(fileURLWithPath: cp1256))
        let en = try folder.write("a\nb\n", to: "en.txt")
        #expect(throws: AlignerError.invalidUTF8(file: cp1256, line: 2, offset: 4)) {
            try pairs(.lineAligned(arabic: cp1256, english: en))
        }
        #expect(
            AlignerError.invalidUTF8(file: "cp.txt", line: 2, offset: 4).description
                == "cp.txt:2: byte 4 is not valid UTF-8; convert the file to UTF-8 (for example with iconv -f windows-1256 -t utf-8)"
        )
        let binary = folder.path("b.tsv")
        try Data([0x61, 0x09, 0x62, 0x0A, 0x00, 0x01, 0x09, 0x02]).write(to: URL(fileURLWithPath: binary))
        #expect(throws: AlignerError.binary(file: binary, line: 2)) { try pairs(.tsv(binary)) }
    }

    @Test func missingFileAndFolder() throws {
        #expect(throws: AlignerError.unreadable(file: "/nonexistent/a.tsv", reason: "no such file")) {
            try pairs(.tsv("/nonexistent/a.tsv"))
        }
        #expect(throws: AlignerError.unreadable(file: "/nonexistent/m.tmx", reason: "no such file")) {
            try pairs(.tmx("/nonexistent/m.tmx"))
        }
        #expect(throws: AlignerError.unreadable(file: Fixture.folder.path, reason: "it is a folder, not a file")) {
            try pairs(.tsv(Fixture.folder.path))
        }
    }

    @Test func malformedTMXIsATMXError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ar\"><seg>نص</tuv></tu></body></tmx>", to: "bad.tmx")
        #expect(
            throws: AlignerError.tmx(
                .xml(
                    .malformed(
                        file: path, line: 1, column: 62, reason: "the closing tag does not match the open element")))
        ) {
            try pairs(.tmx(path))
        }
    }

    @Test func noPairsAtAllIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ar = try folder.write("\n\n", to: "ar.txt")
        let en = try folder.write("\n\n", to: "en.txt")
        #expect(throws: AlignerError.noPairs(files: [ar, en])) {
            try ParallelAligner(sources: [.lineAligned(arabic: ar, english: en)])
        }
        #expect(
            AlignerError.noPairs(files: ["ar.txt", "en.txt"]).description
                == "ar.txt, en.txt: no pair with both an Arabic and an English side; give translated text")
    }

    @Test func termListsSkipCommentsAndRepeats() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("# terms\nالتحالف\n\n  حلف   شمال الأطلسي \nالتحالف\n", to: "t.txt")
        #expect(try TermList.read(path: path) == ["التحالف", "حلف شمال الأطلسي"])
        let empty = try folder.write("# nothing\n\n", to: "e.txt")
        #expect(throws: AlignerError.noTerms(file: empty)) { try TermList.read(path: empty) }
    }
}
