import Testing

@testable import DragomanExchange

@Suite struct CSVTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n\"مجلس، الأمن\",\"say \"\"yes\"\"\",\"two\r\nlines\"\r\nplain,,end\r\n"
        let records = try CSV.parse(text, name: "t.csv")
        #expect(
            records.map(\.fields) == [
                ["a", "b", "c"], ["مجلس، الأمن", "say \"yes\"", "two\nlines"], ["plain", "", "end"],
            ])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func lfAndMissingFinalNewlineAndBlankLines() throws {
        let records = try CSV.parse("ar,en\n\nداعش,ISIS", name: "t.csv")
        #expect(records.map(\.fields) == [["ar", "en"], ["داعش", "ISIS"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func embeddedCommaInUnquotedArabicIsASeparator() throws {
        #expect(try CSV.parse("الأمم,المتحدة\n", name: "t.csv").map(\.fields) == [["الأمم", "المتحدة"]])
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        #expect(throws: ExchangeError.strayQuote(file: "t.csv", line: 2, column: 4)) {
            try CSV.parse("ar,en\nحلف\",NATO\n", name: "t.csv")
        }
        #expect(
            ExchangeError.strayQuote(file: "t.csv", line: 2, column: 4).description
                == "t.csv:2:4: a '\"' where none is allowed; quote the whole field and double the quote (\"\")")
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: ExchangeError.strayQuote(file: "t.csv", line: 1, column: 5)) {
            try CSV.parse("\"ab\"c,d\n", name: "t.csv")
        }
    }

    @Test func unterminatedQuoteNamesTheLineItOpens() {
        #expect(throws: ExchangeError.unterminatedQuote(file: "t.csv", line: 2)) {
            try CSV.parse("ar,en\n\"حلف\nشمال,NATO\n", name: "t.csv")
        }
        #expect(
            ExchangeError.unterminatedQuote(file: "t.csv", line: 2).description
                == "t.csv:2: a quoted field is never closed; add the closing '\"'")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        (" padded", "\" padded\""), ("الأمين العام", "الأمين العام"),
    ])
    func quotingOnlyWhenNeeded(field: String, written: String) {
        #expect(CSV.serialize([[field, "x"]]) == written + ",x\r\n")
    }

    @Test func serializeThenParseIsIdentity() throws {
        let rows = [["id", "note"], ["dm-0001", "قال \"الأمين العام\", ثم\r\nغادر"], ["dm-0002", ""]]
        let text = CSV.serialize(rows)
        #expect(text.hasSuffix("\r\n"))
        let back = try CSV.parse(text, name: "t.csv").map(\.fields)
        #expect(back == [["id", "note"], ["dm-0001", "قال \"الأمين العام\", ثم\nغادر"], ["dm-0002", ""]])
    }
}
