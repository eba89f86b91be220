import Foundation
import Testing

@testable import DragomanSummarizer

/// The packed shares of a digest state, through its JSON form: read, merged, checked as a batch and written back
/// the same, with numbers that do not fit refused. Needs nothing outside the repository.
struct DigestStateShareTableTests {
    /// A state in the canonical JSON form.
    static func state(_ json: String) throws -> DigestState {
        try DigestState(encoded: Data(json.utf8))
    }

    static let first =
        #"{"documents":[{"interned":[0,1],"known":0,"number":0}],"frequencies":[1,1],"terms":["أمن","سلام"]}"#
    static let third =
        #"{"documents":[{"interned":[1,0],"known":0,"number":2}],"frequencies":[1,1],"terms":["سلام","مجلس"]}"#

    @Test func mergedSharesAreWrittenInBatchOrderWithTheirTermsRenumbered() throws {
        var merged = try Self.state(Self.third)
        try merged.merge(try Self.state(Self.first))
        #expect(merged.documents == [0, 2])
        let json = try #require(String(data: merged.encoded(), encoding: .utf8))
        #expect(
            json
                == #"{"documents":[{"interned":[0,1],"known":0,"number":0},{"interned":[2,1],"known":0,"number":2}],"#
                + #""frequencies":[1,2,1],"terms":["أمن","سلام","مجلس"]}"#)
        // Read back, the state is the same bytes.
        #expect(try Self.state(json).encoded() == merged.encoded())
        #expect(throws: SummarizerError.badDigestState("document 0 has two shares")) {
            try merged.merge(try Self.state(Self.first))
        }
    }

    @Test func batchNamesTheMissingAndTheOutsideDocument() throws {
        var merged = try Self.state(Self.first)
        try merged.merge(try Self.state(Self.third))
        #expect(throws: SummarizerError.badDigestState("document 1 of 3 has no share")) {
            try merged.batch(of: 3)
        }
        #expect(throws: SummarizerError.badDigestState("a share is of document 2, but the batch has 1 documents")) {
            try merged.batch(of: 1)
        }
        let alone = try Self.state(Self.first)
        let rows = try alone.batch(of: 1)
        #expect(alone.ids(rows) == [0, 1])
    }

    @Test(arguments: [
        #""number":4294967296"#, #""number":-1"#, #""known":2147483648"#, #""known":-3"#,
        #""number":0,"previous":-1"#, #""number":0,"previous":9999999999"#,
    ])
    func numbersThatDoNotFitAreRefused(replacement: String) throws {
        let json = Self.first.replacingOccurrences(
            of: replacement.hasPrefix(#""known"#) ? #""known":0"# : #""number":0"#, with: replacement)
        #expect(json != Self.first)
        let error = try #require(throws: SummarizerError.self) { try Self.state(json) }
        #expect("\(error)".contains("out of range (0 to 2147483647)"), "\(error)")
    }

    @Test func aDocumentNumberPast32BitsIsRefusedWhenAdded() throws {
        let document = try Support.document("قال الوزير إن الاجتماع انتهى، وإن المحادثات ستستأنف غدا.")
        let summarizer = try Summarizer()
        var state = DigestState()
        let part = try summarizer.deskPart(of: document, number: 2_147_483_648, concepts: nil)
        #expect(throws: SummarizerError.badDigestState("document 2147483648 is out of range (0 to 2147483647)")) {
            try state.add(part, from: summarizer)
        }
        #expect(state.documents.isEmpty)
    }

    @Test func twoSharesOfOneDocumentAreRefused() throws {
        let share = #"{"interned":[0,1],"known":0,"number":0}"#
        let json = Self.first.replacingOccurrences(of: share, with: share + "," + share)
        let error = try #require(throws: SummarizerError.self) { try Self.state(json) }
        #expect("\(error)".contains("document 0 has two shares"), "\(error)")
    }
}
