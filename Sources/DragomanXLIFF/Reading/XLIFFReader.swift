import DragomanXML
public import Foundation

/// Reads XLIFF 1.2 and 2.x back, as Dragoman wrote it or as a CAT tool returns it, into an `XLIFFDocument`.
///
/// The document is read as a stream of XML events (FoundationXML's `XMLParser`, no external entities, DOCTYPE
/// entity declarations refused); only one unit at a time is held as a tree, so a large file is never held whole.
/// Paragraphs are found by structure, not by Dragoman's own markers: 1.2 a `<group>`'s run of `<trans-unit>`s or a
/// `<trans-unit>` directly in `<body>`, 2.x a `<unit>`. Inline codes are dropped and the text inside them kept
/// (`<g>`, `<pc>`, `<mrk>`: text; `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`, `<sc/>`, `<ec/>`,
/// `<sm/>`, `<em/>`: codes); `<alt-trans>` and tool-specific elements are ignored; a 1.2 `<seg-source>` with
/// `<mrk mtype="seg">` splits its trans-unit into segments. Anything that is not XLIFF, and broken structure (no
/// source, missing or duplicate ids), is an error naming file, line and column.
public struct XLIFFReader: Sendable {
    /// A reader.
    public init() {}

    /// Reads the XLIFF file at `path` (named as given in errors).
    public func read(file path: String) throws(XLIFFError) -> XLIFFDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: path)
                ? (error as NSError).localizedFailureReason ?? error.localizedDescription : "no such file"
            throw .unreadable(file: path, reason: reason)
        }
        return try read(data, name: path)
    }

    /// Reads an XLIFF document from bytes; `name` is used in errors and kept as the document's name.
    public func read(_ data: Data, name: String) throws(XLIFFError) -> XLIFFDocument {
        let handler = XLIFFEventHandler(name: name)
        do {
            try XMLEventReader.read(data, name: name, into: handler)
        } catch {
            throw .xml(error)
        }
        if let failure = handler.failure { throw failure }
        guard let version = handler.version else { throw .noFile(file: name) }
        guard !handler.files.isEmpty else { throw .noFile(file: name) }
        return XLIFFDocument(name: name, version: version, files: handler.files)
    }
}
