import DragomanExchange
import Testing

@Test func malformedXMLNamesFileAndPosition() {
    #expect(
        ExchangeError.xml(.malformed(file: "g.tbx", line: 3, column: 7, reason: "unclosed tag")).description
            == "g.tbx:3:7: not well-formed XML: unclosed tag")
}
