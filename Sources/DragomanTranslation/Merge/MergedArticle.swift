public import DragomanXLIFF

/// One English article made from one XLIFF `<file>`: where it goes, its text, and what was left untranslated.
public struct MergedArticle: Sendable, Hashable {
    /// The path it is written to (from the input's name and `-o`, never from the document's `original`).
    public var path: String
    /// The article: paragraphs in the original order, separated by a blank line.
    public var text: String
    /// The XLIFF file it comes from, as given.
    public var input: String
    /// The `<file>` it comes from.
    public var file: XLIFFFile
    /// How many paragraphs and segments it has.
    public var paragraphs: Int
    /// How many segments it has.
    public var segments: Int
    /// The segments still to translate (left in Arabic when the merge is allowed anyway).
    public var untranslated: [UntranslatedSegment]

    /// How many translated source/target pairs it has (what `--tmx` writes).
    public var translatedPairs: Int {
        file.units.reduce(0) { $0 + $1.segments.count(where: \.isTranslatedPair) }
    }
}

/// A segment a merge found untranslated: where, and why.
public struct UntranslatedSegment: Sendable, Hashable, CustomStringConvertible {
    /// The XLIFF file, as given.
    public var file: String
    /// The segment's line.
    public var line: Int
    /// The paragraph's id.
    public var unit: String
    /// The segment's id.
    public var segment: String
    /// "no target", "the target is empty", or "the target is still the source (state …)".
    public var reason: String

    /// `FILE:LINE: untranslated: unit 'U' segment 'S': reason`.
    public var description: String { "\(file):\(line): untranslated: unit '\(unit)' segment '\(segment)': \(reason)" }
}
