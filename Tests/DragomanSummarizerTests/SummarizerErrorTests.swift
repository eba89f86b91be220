import DragomanSummarizer
import Testing

@Test func invalidLengthMessageQuotesValue() {
    #expect(
        SummarizerError.invalidLength(option: "--sentences", value: "0").description
            == "--sentences '0' is not a valid summary length; give a positive number")
}
