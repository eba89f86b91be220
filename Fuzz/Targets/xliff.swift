// The XLIFF reader, 1.2 and 2.x (XLIFFReader, and through it XMLEventReader and the unit reader), and the XLIFF
// writer on what it reads. Properties: a unit's gaps are one more than its segments; each <file> read, written by
// XLIFFWriter in every version (its segments as the sentences of one article, a paragraph per unit, the unit's gaps
// between them), reads back to the same segment sources, the same gaps (2.x) and, where the source is copied into
// the target, targets equal to the sources. The writer may refuse a file only for a character XML cannot carry
// (a 2.x <cp> reads as any code point).
import DragomanGlossary
import DragomanText
import DragomanXLIFF
import Foundation

let noGlossary = Glossary(entries: [])
/// One writer per version; 1.2 and 2.1 copy the source into the target.
let writers = XLIFFVersion.allCases.map { version in
    try! XLIFFWriter(options: XLIFFOptions(version: version, copySource: version == .v1_2 || version == .v2_1))
}

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its properties hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let document = try? XLIFFReader().read(Data(bytes(data, size)), name: "fuzz.xlf") else { return 0 }
    for file in document.files {
        for unit in file.units {
            if let gaps = unit.gaps {
                require(
                    gaps.count == unit.segments.count + 1,
                    "unit '\(unit.id)' has \(gaps.count) gaps for \(unit.segments.count) segments")
            }
            _ = unit.joined { $0.target ?? $0.source }
        }
        writeAndReadBack(file)
    }
    return 0
}

/// The text between a unit's segments `position - 1` and `position`: the gap the file gives, or one space.
func gap(_ unit: XLIFFUnit, _ position: Int) -> String { unit.gaps?[position] ?? " " }

/// The article whose sentences are `file`'s segment sources: a paragraph per unit, the unit's gaps between its
/// segments, a blank line between paragraphs.
func article(of file: XLIFFFile) -> XLIFFArticle {
    var text = ""
    var segments: [Segment] = []
    for (number, unit) in file.units.enumerated() {
        if number > 0 { text += "\n\n" }
        for (position, segment) in unit.segments.enumerated() {
            if position > 0 { text += gap(unit, position) }
            let start = text.utf8.count
            text += segment.source
            segments.append(
                Segment(
                    index: segments.count, kind: .sentence, paragraph: number + 1, language: "ar",
                    range: start..<text.utf8.count, text: segment.source))
        }
    }
    let document = Document(source: SourceText(name: "fuzz.txt", text: text), language: "ar", segments: segments)
    return XLIFFArticle(
        document: document, stem: "fuzz", table: TermTable(document: document, matches: [], glossary: noGlossary),
        words: [], summary: [])
}

func writeAndReadBack(_ file: XLIFFFile) {
    let article = article(of: file)
    let sources = file.units.map { $0.segments.map(\.source) }
    let innerGaps = file.units.map { unit in (1..<max(1, unit.segments.count)).map { gap(unit, $0) } }
    let texts = sources.joined().joined() + innerGaps.joined().joined()
    let writable = texts.unicodeScalars.allSatisfy { scalar in
        scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
            || "\t\n\r".unicodeScalars.contains(scalar)
    }
    for writer in writers {
        let version = writer.options.version
        if version != .v1_2 && file.units.isEmpty { continue }
        let written: [UInt8]
        do {
            written = try writer.bytes(article)
        } catch {
            require(!writable, "\(version.rawValue): the writer refused a file XML can carry: \(error)")
            continue
        }
        require(writable, "\(version.rawValue): the writer wrote a character XML cannot carry")
        let again: XLIFFDocument
        do {
            again = try XLIFFReader().read(Data(written), name: "again.xlf")
        } catch {
            require(false, "\(version.rawValue): a written XLIFF does not read back: \(error)")
            return
        }
        require(again.files.count == 1, "\(version.rawValue): \(again.files.count) files read back, not 1")
        let units = again.files[0].units
        let got = units.map { $0.segments.map(\.source) }
        if got != sources {
            let first = zip(sources.joined(), got.joined()).first { $0 != $1 }
            require(
                false,
                "\(version.rawValue): sources changed: "
                    + (first.map { "\($0.0.debugDescription) → \($0.1.debugDescription)" }
                        ?? "\(sources.map(\.count)) → \(got.map(\.count)) segments"))
        }
        let copied = writer.options.copySource
        for segment in units.flatMap(\.segments) {
            require(
                segment.target == (copied ? segment.source : nil),
                "\(version.rawValue): segment \(segment.id) target \(segment.target.debugDescription)")
        }
        if version != .v1_2 {
            let gaps = units.map { unit in (1..<max(1, unit.segments.count)).map { gap(unit, $0) } }
            require(gaps == innerGaps, "\(version.rawValue): gaps changed: \(innerGaps) → \(gaps)")
        }
    }
}
