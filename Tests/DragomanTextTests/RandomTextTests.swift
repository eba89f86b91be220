import Testing

@testable import DragomanText

/// Seeded random texts built from the pieces that stress the text layer (harakat, ligatures, combining marks,
/// bidi controls, no-break spaces, brackets, abbreviations, line ends of every kind): the invariants that every
/// other part relies on must hold for all of them. The seed is fixed, so a failure is reproducible.
@Suite struct RandomTextTests {
    static let scalars: [UInt32] = [
        0x61, 0x41, 0x20, 0x0A, 0x2E, 0x627, 0x623, 0x622, 0x629, 0x649, 0x64E, 0x651, 0x650, 0x652, 0x670, 0x640,
        0x653, 0x654, 0x655, 0x660, 0x6F5, 0x66B, 0xA0, 0x200C, 0x200D, 0x200F, 0x202B, 0x2066, 0xFEFB, 0xFDF2, 0xFE8D,
        0x301, 0x316, 0x300, 0x65, 0xE9, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x1F600, 0x1D538, 0xFB01, 0x2460, 0xDF, 0x130,
        0x3A3, 0x6CC, 0x6A9, 0x6C1, 0x6D5, 0x6C0, 0xFF21, 0x2126, 0x212B, 0x30A, 0x1E9E, 0x6D3, 0x6C2,
    ]

    static let pieces = [
        "قال", " ", "\n", "\n\n", ".", "..", "؟", "،", "(", ")", "«", "»", "“", "”", "\"", "د.", "Mr.", "U.S.",
        "الناتو",
        "NATO", "٢٠٢٤", "2024", "\u{A0}", "\u{200F}", "ـ", "َ", "ﻻ", "😀", "é", "e\u{301}", "\r\n", "\r", "\t", ":",
        "كتب:", "بروكسل (أ ش أ)", "مشاركة", "Привет", "数据", "ی", "ک",
    ]

    @Test(arguments: ["display", "match"])
    func offsetMapInvariants(_ profile: String) {
        var generator = SplitMix64(seed: 2024)
        let normalizer = Normalizer(profile: NormalizationProfile(rawValue: profile)!)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text.unicodeScalars.append(Unicode.Scalar(Self.scalars.randomElement(using: &generator)!)!)
            }
            let base = Int.random(in: 0...5, using: &generator)
            let normalized = normalizer.normalize(text, base: base)
            let end = base + text.utf8.count
            var previous = base
            for offset in 0..<normalized.text.utf8.count {
                let range = normalized.originalRange(of: offset..<(offset + 1))
                #expect(
                    range.lowerBound >= previous && range.lowerBound == normalized.originalOffset(of: offset)
                        && range.upperBound <= end && !range.isEmpty, "\(text.debugDescription) at \(offset)")
                previous = range.lowerBound
            }
            for offset in base...end {
                let forward = normalized.normalizedRange(ofOriginal: base..<offset)
                #expect(forward.lowerBound >= 0 && forward.upperBound <= normalized.text.utf8.count)
            }
        }
    }

    @Test func segmentsAndLetterCounts() throws {
        var generator = SplitMix64(seed: 1956)
        let pipeline = try TextPipeline()
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += Self.pieces.randomElement(using: &generator)!
            }
            let document = try pipeline.process([SourceText(name: "random.txt", text: text)])[0]
            let bytes = Array(text.utf8)
            for segment in document.segments {
                #expect(
                    String(decoding: bytes[segment.range], as: UTF8.self) == segment.text, "\(text.debugDescription)")
            }
            var copy = text
            let agree = copy.withUTF8 { bytes -> Bool in
                guard let quick = LanguageGuess.quickCounts(of: bytes, in: 0..<bytes.count) else { return true }
                let exact = LanguageGuess.exactCounts(of: bytes, in: 0..<bytes.count)
                return quick.arabic == exact.arabic && quick.latin == exact.latin && exact.others.isEmpty
            }
            #expect(agree, "\(text.debugDescription)")
        }
    }
}
