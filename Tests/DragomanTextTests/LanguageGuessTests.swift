import Foundation
import Testing

@testable import DragomanText

/// The eight-bytes-at-a-time letter count must agree with the scalar-by-scalar one wherever it answers.
@Suite struct LanguageGuessTests {
    static let samples = [
        "قال الأمين العام لحلف شمال الأطلسي (الناتو)، ينس ستولتنبرغ، إن الحلف «يدعم» التحالف الدولي؟",
        "NATO Secretary-General Jens Stoltenberg said on Monday — “we stand together”.", "٢٠٢٤ و 2024 ٪ ؛ ،",
        "\u{A0}نص\u{A0}مع\u{A0}فواصل", "ٱلرَّحْمَٰنِ", "پژوهش کتاب", "Привет мир", "数据 テスト", "😀 x", "é ü ñ", "a", "",
        "ﻻ ﷲ", "ـــ", "ؠ", "كتب:", "x\u{2019}y \u{201C}z\u{201D}", "\u{2066}مرحبا\u{2069}",
    ]

    static func check(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Every prefix and suffix, so each lane position and tail length is exercised.
            for cut in stride(from: 0, through: bytes.count, by: 1)
            where cut == bytes.count || bytes[cut] & 0xC0 != 0x80 {
                for range in [0..<cut, cut..<bytes.count] {
                    let exact = LanguageGuess.exactCounts(of: bytes, in: range)
                    guard let quick = LanguageGuess.quickCounts(of: bytes, in: range) else { continue }
                    if quick.arabic != exact.arabic || quick.latin != exact.latin || !exact.others.isEmpty {
                        return false
                    }
                }
            }
            return true
        }
    }

    @Test(arguments: samples)
    func quickCountAgreesWithExactCount(_ text: String) {
        #expect(Self.check(text))
    }

    @Test func quickCountAgreesOnTheSeeds() throws {
        try Self.checkLines(of: Paths.seedFiles)
    }

    // Needs ../shared/easc-dev (present in CI, absent in a user's clone).
    @Test(.enabled(if: Paths.hasEASC, "needs ../shared/easc-dev/articles"))
    func quickCountAgreesOnEASCArticles() throws {
        try Self.checkLines(of: Paths.eascFiles(20))
    }

    static func checkLines(of files: [String]) throws {
        #expect(!files.isEmpty)
        for file in files {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                #expect(Self.check(String(line)), "\(file): \(line)")
            }
        }
    }

    @Test func quickCountAnswersForArabicAndEnglishNews() {
        var text = "قال الأمين العام، «نعم» — NATO."
        let counts = text.withUTF8 { LanguageGuess.quickCounts(of: $0, in: 0..<$0.count) }
        #expect(counts?.arabic == 17 && counts?.latin == 4)
    }
}
