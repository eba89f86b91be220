import DragomanGlossary
import DragomanTestSupport
import DragomanText
import DragomanXLIFF
import Foundation
import Testing

/// XLIFF write → read gives back every segment's source text and place exactly, in every version, for any text
/// XML can carry; a character XML cannot carry is refused with its place (seeded random cases, many per test).
@Suite struct XLIFFPropertyTests {
    /// Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF.
    static let forbidden: [Unicode.Scalar] =
        (0x01...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { Unicode.Scalar(UInt8($0)) } + [
            "\u{FFFE}", "\u{FFFF}",
        ]

    /// The seed of a version's generator, so each version replays on its own.
    static func seed(_ base: UInt64, _ version: XLIFFVersion) -> UInt64 {
        base + UInt64(XLIFFVersion.allCases.firstIndex(of: version)!)
    }

    /// Checks what was read against the document written: segment ids, sources, and (2.x, whose `<ignorable>`s
    /// carry the text between a paragraph's sentences) each segment's offset from its unit's first segment.
    static func expectSameSegments(
        _ read: XLIFFDocument, _ document: Document, context: @autoclosure () -> String
    ) -> Bool {
        let expected = document.segments
        let segments = read.segments
        guard segments.map(\.source) == expected.map(\.text), segments.map(\.id) == expected.map({ "s\($0.index)" })
        else {
            let pair = zip(expected.map(\.text), segments.map(\.source)).first { $0 != $1 }
            Issue.record(
                "\(pair.map { "\($0.0.debugDescription) → \($0.1.debugDescription)" } ?? "\(expected.count) → \(segments.count) segments")\n\(context())"
            )
            return false
        }
        guard read.version != .v1_2 else { return true }
        for unit in read.files.flatMap(\.units) {
            guard let gaps = unit.gaps, gaps.count == unit.segments.count + 1 else {
                Issue.record("unit \(unit.id): gaps \(unit.gaps.debugDescription)\n\(context())")
                return false
            }
            let first = document.segments[Int(unit.segments[0].id.dropFirst())!].range.lowerBound
            var offset = gaps[0].utf8.count
            for (position, segment) in unit.segments.enumerated() {
                let range = document.segments[Int(segment.id.dropFirst())!].range
                guard range == first + offset..<first + offset + segment.source.utf8.count else {
                    Issue.record("segment \(segment.id) read at \(offset), written at \(range)\n\(context())")
                    return false
                }
                offset += segment.source.utf8.count + gaps[position + 1].utf8.count
            }
        }
        return true
    }

    @Test(arguments: XLIFFVersion.allCases)
    func writeThenReadGivesBackEverySourceAndOffset(_ version: XLIFFVersion) throws {
        // Articles of Arabic, Latin words and numbers, punctuation of both scripts (، ؛ ؟) and characters XML
        // escapes, every kind of white space between sentences, segmented by the real text layer and marked with
        // the writer fixture's glossary terms; boilerplate kept, so every segment is written.
        var generator = SplitMix64(seed: Self.seed(1212, version))
        let pipeline = try TextPipeline()
        for _ in 0..<150 {
            let text = RandomText.article(paragraphs: 1...4, using: &generator)
            let document = try pipeline.process([SourceText(name: "random.txt", text: text)])[0]
            let article = try WriterFixture.article(document)
            let copySource = Bool.random(using: &generator)
            let options = XLIFFOptions(version: version, keepBoilerplate: true, copySource: copySource)
            let written = try WriterFixture.write(article, options)
            let read = try XLIFFReader().read(Data(written.utf8), name: "random.xlf")
            #expect(read.version == version)
            guard Self.expectSameSegments(read, document, context: text.debugDescription) else { return }
            if copySource {
                // 1.2 copies the source of segments to translate only; 2.x of every segment of a unit.
                let copied = read.segments.filter { version != .v1_2 || $0.translate }
                #expect(copied.allSatisfy { $0.target == $0.source }, "\(text.debugDescription)")
            } else {
                #expect(read.segments.allSatisfy { $0.target == nil })
            }
        }
    }

    /// A piece of any text: a mixed sentence, one scalar of any plane (`RandomText.scalar`), or white space, a line
    /// end or markup the writer must escape.
    static func anyPiece(using generator: inout SplitMix64) -> String {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            return [" ", "  ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "]]>", "\"", "'", "&amp;", "<mrk>", "\u{A0}"]
                .randomElement(using: &generator)!
        case 1: return RandomText.mixedSentence(words: 1...3, using: &generator)
        default:
            let scalar = RandomText.scalar(using: &generator)
            return forbidden.contains(scalar) ? "x" : String(scalar)
        }
    }

    /// A document whose segments are any texts (not what the segmenter would cut: white space at either end,
    /// line ends inside, any scalar), a few paragraphs of a few sentences, and any white space between them.
    static func anyDocument(using generator: inout SplitMix64) -> Document {
        var text = ""
        var segments: [Segment] = []
        for paragraph in 1...Int.random(in: 1...4, using: &generator) {
            if paragraph > 1 { text += "\n\n" }
            for sentence in 0..<Int.random(in: 1...4, using: &generator) {
                if sentence > 0 {
                    text += ["", " ", "  ", "\n", "\t", " \r\n "].randomElement(using: &generator)!
                }
                var piece = ""
                while piece.isEmpty {
                    for _ in 0..<Int.random(in: 1...6, using: &generator) { piece += anyPiece(using: &generator) }
                }
                let start = text.utf8.count
                text += piece
                segments.append(
                    Segment(
                        index: segments.count, kind: .sentence, paragraph: paragraph, language: "ar",
                        range: start..<text.utf8.count, text: piece))
            }
        }
        return Document(source: SourceText(name: "any.txt", text: text), language: "ar", segments: segments)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func anyTextXMLCanCarryReadsBackAsWritten(_ version: XLIFFVersion) throws {
        var generator = SplitMix64(seed: Self.seed(3030, version))
        let empty = Glossary(entries: [])
        for _ in 0..<400 {
            let document = Self.anyDocument(using: &generator)
            let article = try WriterFixture.article(document, glossary: empty)
            let written = try WriterFixture.write(article, XLIFFOptions(version: version))
            let read = try XLIFFReader().read(Data(written.utf8), name: "any.xlf")
            guard Self.expectSameSegments(read, document, context: document.source.text.debugDescription) else {
                return
            }
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func aCharacterXMLCannotCarryIsRefusedWithItsPlace(_ version: XLIFFVersion) throws {
        // One forbidden character put inside a random word of a random article: the writer names the article,
        // the line and column (in scalars, from 1) and the segment that holds it, whatever the version.
        var generator = SplitMix64(seed: Self.seed(4040, version))
        let pipeline = try TextPipeline()
        for _ in 0..<150 {
            var scalars = Array(RandomText.article(paragraphs: 1...4, using: &generator).unicodeScalars)
            let scalar = Self.forbidden.randomElement(using: &generator)!
            // A place between two Arabic letters of a word (so the character is inside a segment).
            let letters: ClosedRange<UInt32> = 0x621...0x64A
            let places = scalars.indices.dropFirst().filter {
                letters.contains(scalars[$0 - 1].value) && letters.contains(scalars[$0].value)
            }
            // (A rare article has Latin words and numbers only.)
            guard let place = places.randomElement(using: &generator) else { continue }
            let line = scalars[..<place].filter { $0 == "\n" }.count + 1
            let column = place - (scalars[..<place].lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
            let offset = scalars[..<place].reduce(0) { $0 + UTF8.width($1) }
            scalars.insert(scalar, at: place)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)

            let document = try pipeline.process([SourceText(name: "bad.txt", text: text)])[0]
            let segment = try #require(document.segments.first { $0.range.contains(offset) })
            let article = try WriterFixture.article(document)
            let expected = XLIFFError.forbiddenCharacter(
                article: "bad.txt", line: line, column: column, segment: segment.index,
                scalar: "U+" + String(format: "%04X", scalar.value))
            #expect(throws: expected, "\(text.debugDescription)") {
                try WriterFixture.write(article, XLIFFOptions(version: version, keepBoilerplate: true))
            }
        }
    }
}
