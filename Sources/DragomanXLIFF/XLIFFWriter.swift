/// Writes an article as an XLIFF document, 1.2 or 2.x, with its glossary terms marked and explained.
///
/// Units follow the text layer. 1.2: one `<file>` per article; in `<body>`, one `<group id="pN">` per paragraph N
/// holding one `<trans-unit id="sK">` per sentence (K the segment's index), and each `line` segment (headline,
/// caption …) a `<trans-unit id="sK">` directly in `<body>`. 2.x: one `<file id="f1">` per article, one
/// `<unit id="pN">` per paragraph with one `<segment id="sK">` per sentence and `<ignorable>` holding the original
/// whitespace between sentences; a `line` segment is a unit of its own. The source is the segment's original text,
/// escaped, never normalized; glossary occurrences are wrapped in `<mrk>`; Dragoman's notes say `from="dragoman"`
/// (1.2) or `category="dragoman"` (2.x). Nothing in the file depends on the day it is written.
public struct XLIFFWriter: Sendable {
    /// Version, languages and which segments are written.
    public let options: XLIFFOptions

    /// A writer; throws when a language option is not a language tag.
    public init(options: XLIFFOptions = XLIFFOptions()) throws(XLIFFError) {
        self.options = try options.validated()
    }

    /// The article's file name: `NAME.ar-en.xlf`.
    public func fileName(for article: XLIFFArticle) -> String {
        options.fileName(stem: article.stem)
    }

    /// The XLIFF document of one article. Throws, writing nothing, when the article or a glossary entry in it holds
    /// a character XML cannot carry, and (2.x) when the article has no segment to write.
    public func write(_ article: XLIFFArticle) throws(XLIFFError) -> String {
        String(decoding: try bytes(article), as: UTF8.self)
    }

    /// The XLIFF document of one article as UTF-8 bytes, ready for a file; throws as `write(_:)` does.
    public func bytes(_ article: XLIFFArticle) throws(XLIFFError) -> [UInt8] {
        try Self.checkEntries(of: article)
        var document = XLIFFMarkup(article: article, options: options)
        let paragraphs = article.paragraphs(options)
        switch options.version {
        case .v1_2:
            try document.writeVersion1(paragraphs)
        case .v2_0, .v2_1, .v2_2:
            guard !paragraphs.isEmpty else {
                throw .nothingToTranslate(article: article.document.source.name, version: options.version.rawValue)
            }
            try document.writeVersion2(paragraphs)
        }
        return document.xml.bytes
    }

    /// Refuses glossary values XML cannot carry, before anything is written (the segment texts are checked as
    /// they are escaped).
    static func checkEntries(of article: XLIFFArticle) throws(XLIFFError) {
        for concept in article.concepts {
            if let (id, value, scalar) = concept.unwritable {
                throw .forbiddenGlossaryCharacter(id: id, value: value, scalar: codePoint(scalar))
            }
        }
    }

    /// "U+0001".
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
