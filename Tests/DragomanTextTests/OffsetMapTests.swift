import DragomanText
import Foundation
import Testing

/// The offset map is stored as runs; these tests check it byte by byte against what each scalar came from.
@Suite struct OffsetMapTests {
    /// Each normalized scalar, with the original text it must map back to.
    static let cases: [(original: String, pieces: [(normalized: String, original: String)])] = [
        // Arabic-Indic digits shrink from two bytes to one: each maps to its own digit.
        ("سنة ٢٠٢٤", [("س", "س"), ("ن", "ن"), ("ه", "ة"), (" ", " "), ("2", "٢"), ("0", "٠"), ("2", "٢"), ("4", "٤")]),
        // A no-break space (two bytes) becomes a space; a removed tatweel joins the letter before it.
        ("أ\u{A0}بـ", [("ا", "أ"), (" ", "\u{A0}"), ("ب", "بـ")]),
        // A ligature expands to two letters, both mapped to the whole ligature.
        ("ﻻ", [("ل", "ﻻ"), ("ا", "ﻻ")]),
        // A removed joiner and bidi mark belong to the scalar before them; upper case folds in place.
        ("مي\u{200C}X\u{200F}y", [("م", "م"), ("ي", "ي\u{200C}"), ("x", "X\u{200F}"), ("y", "y")]),
        // Four-byte scalars stay aligned.
        ("😀a", [("😀", "😀"), ("a", "a")]),
    ]

    @Test(arguments: 0..<cases.count)
    func everyScalarMapsToWhatItCameFrom(_ number: Int) {
        let (original, pieces) = Self.cases[number]
        let normalized = Normalizer(profile: .match).normalize(original, base: 3)
        #expect(normalized.text == pieces.map(\.normalized).joined())
        let utf8 = Array(original.utf8)
        var offset = 0
        for piece in pieces {
            let range = offset..<(offset + piece.normalized.utf8.count)
            let back = normalized.originalRange(of: range)
            #expect(
                String(decoding: utf8[(back.lowerBound - 3)..<(back.upperBound - 3)], as: UTF8.self) == piece.original)
            // Every byte of the scalar starts where the scalar starts.
            for byte in range { #expect(normalized.originalOffset(of: byte) == back.lowerBound) }
            offset = range.upperBound
        }
    }

    /// On real news: offsets never go backwards, every scalar maps inside the text, and mapping a scalar's original
    /// range forward again finds the scalar.
    @Test(arguments: ["display", "match"])
    func mapIsConsistentOnTheSeeds(_ profile: String) throws {
        try Self.checkMap(of: Paths.seedFiles, profile: profile)
    }

    // Needs ../shared/easc-dev (present in CI, absent in a user's clone).
    @Test(.enabled(if: Paths.hasEASC, "needs ../shared/easc-dev/articles"), arguments: ["display", "match"])
    func mapIsConsistentOnEASCArticles(_ profile: String) throws {
        try Self.checkMap(of: Paths.eascFiles(30), profile: profile)
    }

    static func checkMap(of files: [String], profile: String) throws {
        #expect(!files.isEmpty)
        let normalizer = Normalizer(profile: NormalizationProfile(rawValue: profile)!)
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let normalized = normalizer.normalize(text)
            let bytes = Array(normalized.text.utf8)
            var previous = 0
            var start = 0
            while start < bytes.count {
                var end = start + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                let back = normalized.originalRange(of: start..<end)
                #expect(back.lowerBound >= previous && back.upperBound <= text.utf8.count && !back.isEmpty, "\(file)")
                let forward = normalized.normalizedRange(ofOriginal: back)
                #expect(forward.contains(start), "\(file) at \(start)")
                previous = back.lowerBound
                start = end
            }
        }
    }
}
