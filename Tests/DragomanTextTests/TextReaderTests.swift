import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct TextReaderTests {
    let expected =
        "قال الأمين العام للحلف إن البعثة ستستمر في العراق.\nوأكد أن التعاون مع الحكومة العراقية سيتعزز في العام المقبل، وأن الحلف لن يسمح بعودة التنظيم.\n"

    @Test(arguments: [
        ("arabic-utf8-bom.txt", TextEncoding.utf8), ("arabic-utf16le-bom.txt", .utf16),
        ("arabic-utf16be-bom.txt", .utf16), ("arabic-windows-1256.txt", .windows1256),
    ])
    func detectsEncoding(file: String, encoding: TextEncoding) throws {
        let source = try TextReader().read(path: Paths.fixture(file))
        #expect(source.text == expected)
        #expect(source.encoding == encoding)
    }

    @Test func windows1256CanBeForced() throws {
        let source = try TextReader(encoding: .windows1256).read(path: Paths.fixture("arabic-windows-1256.txt"))
        #expect(source.text == expected)
    }

    @Test func utf8BOMIsNotPartOfTheText() throws {
        let source = try TextReader().read(path: Paths.fixture("arabic-utf8-bom.txt"))
        #expect(source.text.unicodeScalars.first == "ق")
    }

    @Test func invalidUTF8NamesFileAndOffset() {
        let path = Paths.fixture("invalid-utf8.txt")
        #expect(throws: TextError.invalidBytes(file: path, offset: 50, encoding: "UTF-8", bytes: [0xC3])) {
            try TextReader(encoding: .utf8).read(path: path)
        }
        #expect(
            TextError.invalidBytes(file: "a.txt", offset: 50, encoding: "UTF-8", bytes: [0xC3]).description
                == "a.txt: byte 50: invalid UTF-8 (0xC3); pass --encoding if the file is in another encoding, or --lossy to replace bad bytes with U+FFFD"
        )
    }

    /// Error offsets count from the start of the file, byte-order mark included, whether the encoding is detected or
    /// given.
    @Test(arguments: [nil, TextEncoding.utf8])
    func invalidUTF8OffsetCountsTheBOM(_ encoding: TextEncoding?) {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("نص".utf8) + [0xFF]
        #expect(throws: TextError.invalidBytes(file: "bom.txt", offset: 7, encoding: "UTF-8", bytes: [0xFF])) {
            try TextReader(encoding: encoding).decode(bytes, name: "bom.txt")
        }
    }

    @Test func invalidUTF8WithAutoDetectionStillFailsWhenNotArabicCodePage() {
        let path = Paths.fixture("invalid-utf8.txt")
        #expect(throws: TextError.self) { try TextReader().read(path: path) }
    }

    @Test func lossyReplacesInvalidBytes() throws {
        let source = try TextReader(encoding: .utf8, lossy: true).read(path: Paths.fixture("invalid-utf8.txt"))
        #expect(source.replacements == 1)
        #expect(source.text.contains("\u{FFFD}"))
        #expect(source.text.hasPrefix("قال الحلف"))
    }

    @Test func binaryIsRefused() {
        let path = Paths.fixture("binary.txt")
        #expect(throws: TextError.binary(file: path, offset: 8)) { try TextReader().read(path: path) }
        #expect(
            TextError.binary(file: "x.png", offset: 8).description
                == "x.png: byte 8 is a NUL byte: this looks like a binary file, not text; give a text file")
    }

    @Test func emptyFileHasNoSegments() throws {
        let source = try TextReader().read(path: Paths.fixture("empty.txt"))
        #expect(source.text.isEmpty)
        let documents = try TextPipeline().process([source])
        #expect(documents[0].segments.isEmpty)
    }

    @Test func missingFileAndFolder() {
        #expect(throws: TextError.unreadable(file: "/no/such.txt", reason: "no such file")) {
            try TextReader().read(path: "/no/such.txt")
        }
        #expect(throws: TextError.unreadable(file: Paths.seeds.path, reason: "it is a folder, not a file")) {
            try TextReader().read(path: Paths.seeds.path)
        }
    }

    @Test func tooLargeIsRefused() {
        let path = Paths.fixture("arabic-utf8-bom.txt")
        #expect(throws: TextError.tooLarge(file: path, size: 264, limit: 100)) {
            try TextReader(sizeLimit: 100).read(path: path)
        }
    }

    @Test func foldersExpandToSortedTextFiles() throws {
        let paths = try TextReader.documentPaths([Paths.seeds.path])
        #expect(paths.count == 5)
        #expect(paths == paths.sorted())
        #expect(paths.allSatisfy { $0.hasSuffix(".txt") })
    }

    @Test func folderWithoutTextFiles() throws {
        let folder = TestScratch.root.appendingPathComponent("dragoman-empty-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TextError.noTextFiles(folder: folder.path)) { try TextReader.documentPaths([folder.path]) }
    }

    @Test func unknownEncodingName() {
        #expect(TextEncoding(name: "CP1256") == .windows1256)
        #expect(TextEncoding(name: "utf_8") == .utf8)
        #expect(TextEncoding(name: "latin-9") == nil)
        #expect(
            TextError.unknownEncoding("latin-9").description
                == "unknown encoding 'latin-9'; use one of: auto, utf-8, utf-16, windows-1256")
    }
}
