import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// `TextReader.readUTF8(path:)` gives the bytes and the errors of `read(path:)`, without a `String` in between.
@Suite struct TextReaderUTF8Tests {
    @Test(arguments: [
        "arabic-utf8-bom.txt", "arabic-utf16le-bom.txt", "arabic-utf16be-bom.txt", "arabic-windows-1256.txt",
    ])
    func sameTextAsRead(file: String) throws {
        let path = Paths.fixture(file)
        let source = try TextReader().readUTF8(path: path)
        let bytes = source.withUTF8 { Array($0) }
        #expect(bytes == Array(try TextReader().read(path: path).text.utf8))
        #expect(bytes.starts(with: Array("ق".utf8)))
    }

    @Test func aSeedIsKeptAsRead() throws {
        let path = Paths.seedFiles[0]
        let source = try TextReader().readUTF8(path: path)
        #expect(source.withUTF8 { Array($0) } == Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// The same error, text and all, as `read(path:)`: invalid UTF-8 (detected or forced), a zero byte.
    @Test(arguments: [nil, TextEncoding.utf8])
    func sameErrorsAsRead(encoding: TextEncoding?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases: [(String, [UInt8])] = [
            ("invalid.txt", [0xEF, 0xBB, 0xBF] + Array("نص".utf8) + [0xFF]),
            ("binary.txt", Array("قال".utf8) + [0x00, 0x01]),
        ]
        for (name, bytes) in cases {
            let path = try write(bytes, to: name, in: folder)
            let reader = TextReader(encoding: encoding)
            let expected = try #require(readError(reader, path), "\(name) should not read")
            #expect(throws: expected) { try reader.readUTF8(path: path) }
        }
        #expect(throws: TextError.self) { try TextReader().readUTF8(path: folder.path("missing.txt")) }
    }

    @Test func lossyReadingReplacesAsReadDoes() throws {
        let path = Paths.fixture("invalid-utf8.txt")
        let reader = TextReader(encoding: .utf8, lossy: true)
        let bytes = try reader.readUTF8(path: path).withUTF8 { Array($0) }
        #expect(bytes == Array(try reader.read(path: path).text.utf8))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\u{FFFD}"))
    }

    /// The empty-input warning agrees with `SourceText.emptyWarning`, including the texts it has to decode to
    /// judge (no printable ASCII) and a space that carries a combining mark (one white-space character to Swift).
    @Test(arguments: [
        "", " \n\t\n", "\u{00A0}\u{2003}\n", " \u{064E}", "\nقال.", "قال", "\u{200F}", "٢٠٢١", "a",
    ])
    func emptyWarningAgrees(text: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try write(Array(text.utf8), to: "t.txt", in: folder)
        let expected = SourceText(name: path, text: text).emptyWarning
        #expect(try TextReader().readUTF8(path: path).emptyWarning == expected)
    }

    private func write(_ bytes: [UInt8], to name: String, in folder: TemporaryFolder) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path(name)))
        return folder.path(name)
    }

    private func readError(_ reader: TextReader, _ path: String) -> TextError? {
        do {
            _ = try reader.read(path: path)
            return nil
        } catch { return error }
    }
}
