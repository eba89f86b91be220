import DragomanText
import Foundation
import Testing

@Suite struct NormalizerPiecesTests {
    /// Lines that make a cut at a line feed hard: harakat and shadda straight after it, CRLF, a lam-alef ligature,
    /// mixed Arabic and Latin, Arabic-Indic digits and Arabic punctuation, a line of bidi controls and no final
    /// line feed.
    static let hard =
        "\u{064E}\u{0651}قالَ الأمينُ العامّ، إنّ ٢٠٢١ كان عاماً صعباً؟\r\n\u{0650}\u{FEFB}NATO Cafe\u{0301} ١٢٣؛ «الناتو»\n\n"
        + "\u{200F}\u{202B}بروكسل (أ ش أ)\u{202C}\n\u{0301}É\u{0640}\u{0640}ـــ the END"

    static let texts: [(String, String)] =
        [("hard", hard), ("one line, no line feed", "الإرهابيّة ٢٠٢١")]
        + Paths.seedFiles.map { path in
            (URL(fileURLWithPath: path).lastPathComponent, try! String(contentsOfFile: path, encoding: .utf8))
        }

    @Test(arguments: [NormalizationProfile.match, .display], [1, 2, 7, 64, 1 << 20])
    func piecesGiveTheBytesOfOneCall(profile: NormalizationProfile, pieceBytes: Int) {
        let normalizer = Normalizer(profile: profile)
        for (name, text) in Self.texts {
            var bytes: [UInt8] = []
            var pieces = 0
            var copy = text
            copy.withUTF8 { source in
                normalizer.normalizePieces(utf8: source, pieceBytes: pieceBytes) { piece in
                    bytes += piece
                    pieces += 1
                }
            }
            // Bytes, not strings: `String` equality is canonical equivalence and would hide a missed composition.
            #expect(bytes == Array(normalizer.normalize(text).text.utf8), "\(name)")
            let lines = text.utf8.count(where: { $0 == 0x0A })
            #expect(pieces <= lines + 1, "\(name): more pieces than lines")
            if pieceBytes == 1 << 20 { #expect(pieces == 1, "\(name)") }
        }
    }

    @Test func piecesEndAfterALineFeed() {
        var pieces: [[UInt8]] = []
        var text = "سطر أول\nسطر ثانٍ\nآخر"
        text.withUTF8 { source in
            Normalizer(profile: .match).normalizePieces(utf8: source, pieceBytes: 3) {
                pieces.append(Array($0))
            }
        }
        #expect(pieces == ["سطر اول\n", "سطر ثان\n", "اخر"].map { Array($0.utf8) })
    }

    @Test func emptyTextGivesNoPiece() {
        var pieces = 0
        var text = ""
        text.withUTF8 { Normalizer(profile: .match).normalizePieces(utf8: $0) { _ in pieces += 1 } }
        #expect(pieces == 0)
    }
}
