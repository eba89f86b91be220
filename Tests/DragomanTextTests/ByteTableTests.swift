import Testing

@testable import DragomanText

@Suite struct ByteTableTests {
    static func id(_ table: ByteTable, _ word: String) -> Int32? { table.id(of: word) }

    /// Keys are bytes: forms that differ in one letter, a prefix of another, or only in normalization are different
    /// keys (the tables are asked with `match` forms or with text as written).
    @Test(arguments: [
        ("الحلف", "الحلق"), ("الناتو", "الناتج"), ("داعش", "داعشي"), ("امن", "الامن"), ("الأمن", "الامن"),
        ("الأمن", "الا\u{0654}من"), ("nato", "natos"), ("", "ا"), ("مجلس الأمن", "مجلس الأمن،"),
    ])
    func distinctKeys(_ first: String, _ second: String) {
        var table = ByteTable()
        #expect(table.insert(first) == (0, true))
        #expect(Self.id(table, first) == 0)
        #expect(Self.id(table, second) == nil)
        #expect(table.insert(second) == (1, true))
        #expect(table.insert(first) == (0, false))
        #expect(Self.id(table, second) == 1)
        #expect(table.count == 2)
    }

    /// Many keys (the table grows several times, keys longer and shorter than eight bytes): each keeps the id of its
    /// first insertion, in insertion order.
    @Test func growsAndKeepsEveryKey() {
        var table = ByteTable()
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var words: [String] = []
        for a in letters { for b in letters { for c in letters.prefix(12) { words.append(String([a, b, c])) } } }
        words += words.prefix(500).map { "وال" + $0 + "ات" }
        for (k, word) in words.enumerated() { #expect(table.insert(word) == (Int32(k), true)) }
        #expect(table.count == words.count)
        for (k, word) in words.enumerated() { #expect(Self.id(table, word) == Int32(k)) }
        for (k, word) in words.enumerated().reversed() { #expect(table.insert(word) == (Int32(k), false)) }
        #expect(Self.id(table, "الحلف") == nil)
        #expect(table.count == words.count)
    }

    /// The interner on top: strings by id, ids by string, in the order first seen.
    @Test func internerNumbersInOrder() {
        var interner = StringInterner(numbering: ["قال", "الوزير"])
        #expect(interner.intern("إن") == (2, true))
        #expect(interner.intern("الوزير") == (1, false))
        #expect(interner.id(of: "قال") == 0)
        #expect(interner.id(of: "قَال") == nil)
        #expect(interner.strings == ["قال", "الوزير", "إن"])
        #expect(interner[2] == "إن")
    }
}
