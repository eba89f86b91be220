import Testing

@testable import DragomanTranslation

/// How QA reads numbers: digits of every script, decimal signs, thousands separators, the agency style, scales.
@Suite struct QANumberTests {
    @Test(arguments: [
        ("2021", [2021.0]),
        ("٢٠٢١", [2021]),
        ("۲۰۲۱", [2021]),
        ("5ر7 مليون", [7.5]),
        ("25ر1", [1.25]),
        ("7.5", [7.5]),
        ("7,5", [7.5]),
        ("٧٫٥", [7.5]),
        ("1,000", [1000]),
        ("1.000", [1000]),
        ("1٬000", [1000]),
        ("١٬٠٠٠٬٠٠٠", [1_000_000]),
        ("1,000,000", [1_000_000]),
        ("0,125", [0.125]),
        ("1,000.5", [1000.5]),
        ("1.000,5", [1000.5]),
        ("12345,678", [12345.678]),
        ("01.07.2021", [1, 7, 2021]),
        ("10:43", [10, 43]),
        ("2004 و 2011", [2004, 2011]),
        ("K24 و F-16", [24, 16]),
        ("2015_11_11", [2015, 11, 11]),
        ("بلغت 30%.", [30]),
        ("عام 2017.", [2017]),
    ])
    func values(_ text: String, _ expected: [Double]) {
        #expect(QANumber.numbers(in: text).map(\.value) == expected)
    }

    @Test(arguments: [
        ("15 الفا", "15,000", true),
        ("15 ألف", "15 thousand", true),
        ("5ر7 مليون", "7.5 million", true),
        ("5ر7 مليون", "7,500,000", true),
        ("5ر7", "5.7", false),
        ("1,000", "1", false),
        ("7,5", "7.5", true),
        ("01", "1", true),
    ])
    func matches(_ source: String, _ target: String, _ same: Bool) throws {
        let a = try #require(QANumber.numbers(in: source).first)
        let b = try #require(QANumber.numbers(in: target).first)
        #expect(a.matches(b) == same)
    }

    @Test func keepsTheTextAsWritten() {
        #expect(QANumber.numbers(in: "تحرير 5ر7 مليون و١٬٠٠٠").map(\.text) == ["5ر7", "١٬٠٠٠"])
        #expect(QANumber.numbers(in: "5ر7").first?.plain == "7.5")
        #expect(QANumber.numbers(in: "1,000").first?.plain == "1000")
    }
}
