/// A translated (or untranslated) XLIFF document as read back: its files, their paragraphs, their segments.
///
/// The same model for 1.2 and 2.x, whoever wrote the file (Dragoman, OmegaT, Trados, memoQ, Okapi…): QA, merge and
/// the aligner read source/target pairs from it without caring about the version. Inline codes are gone from the
/// texts (their content kept where it is text), so a segment's `source` and `target` are plain text.
public struct XLIFFDocument: Sendable, Hashable {
    /// The file it was read from, as given (used in every message).
    public var name: String
    /// The version read (from the namespace and the `version` attribute).
    public var version: XLIFFVersion
    /// The `<file>` elements in document order: one article each when Dragoman wrote the document.
    public var files: [XLIFFFile]

    /// A document.
    public init(name: String, version: XLIFFVersion, files: [XLIFFFile]) {
        self.name = name
        self.version = version
        self.files = files
    }

    /// Every segment of every file, in document order.
    public var segments: [XLIFFSegment] { files.flatMap { $0.units.flatMap(\.segments) } }
}
