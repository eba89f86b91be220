import DragomanText
package import Foundation
import FoundationXML

/// What an event-based XML reader hands its handler, in document order.
///
/// Formats whose documents can be large (XLIFF, TMX) read events and keep only what they need, instead of a tree of
/// the whole document. Returning `false` from `start` or `end` stops reading; the handler keeps its own reason.
package protocol XMLEventHandler: AnyObject {
    /// An element starts: its local name, namespace URI ("" for none), attributes by qualified name, and the
    /// parser's position (the end of the start tag).
    func start(_ name: String, namespace: String, attributes: [String: String], line: Int, column: Int) -> Bool
    /// The innermost open element ends.
    func end(_ name: String, namespace: String) -> Bool
    /// Character data (entities and CDATA resolved); one text run may arrive in several pieces.
    func characters(_ text: String)
}

/// Reads XML as a stream of events with FoundationXML's `XMLParser`, safely.
///
/// External entities are never resolved, and a document whose DOCTYPE declares anything (entities, attributes,
/// elements, notations) is refused before parsing (`XMLScreen` says why XMLParser on Linux cannot decide or read
/// them; declaring entities is also how "billion laughs" and local-file attacks start). A DOCTYPE that only names an
/// external DTD is accepted; the DTD is not loaded. A document over `Limits.xmlBytes`, or nesting elements deeper
/// than `Limits.xmlDepth`, is refused. Malformed XML is an error with the parser's line and column. The document is fed to the
/// parser as a stream, so its size is not limited by libxml2's 10 MB single-chunk limit.
package enum XMLEventReader {
    /// Reads `data`, calling `handler` for each event; `name` is used in errors. Returns false when the handler
    /// stopped the reading, true when the whole document was read.
    @discardableResult
    package static func read(_ data: Data, name: String, into handler: some XMLEventHandler) throws(XMLError) -> Bool {
        if data.count > Limits.xmlBytes {
            throw .refused(
                file: name, line: nil,
                reason:
                    "\(data.count) bytes is more than the \(Limits.xmlBytes)-byte limit for one XML document; split the file"
            )
        }
        // What XMLParser cannot read safely (a DTD's declarations, some encodings) is refused before it sees it.
        try XMLScreen.check(data, name: name)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        _ = parser.parse()
        if delegate.stopped { return false }
        if let error = delegate.error ?? parser.parserError.map({ ($0, parser.lineNumber, parser.columnNumber) }) {
            if error.0 is TooDeep {
                throw .refused(
                    file: name, line: error.1,
                    reason:
                        "elements nest more than \(Limits.xmlDepth) levels deep, more than Dragoman reads (TBX needs 7, XLIFF about 10); the file is damaged"
                )
            }
            throw .malformed(file: name, line: error.1, column: error.2, reason: reason(error.0))
        }
        guard delegate.sawRoot else {
            throw .malformed(
                file: name, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                reason: "no root element (the document is empty or cut short)")
        }
        return true
    }

    /// A readable reason for a parser error. On Linux, XMLParser reports libxml2's own error numbers
    /// (`xmlParserErrors`) and no message, so the common ones are named here.
    package static func reason(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch code {
        case 1: return "libxml2 internal error (the document may be too large or damaged)"
        case 4: return "the document is empty"
        case 5: return "the document ends before its elements are closed, or has more than one root element"
        case 9: return "a character that XML does not allow"
        case 22, 23, 24: return "a malformed entity reference (write & as &amp;)"
        case 26, 27: return "an undeclared entity (write & as &amp;)"
        case 31, 32: return "an unsupported encoding (use UTF-8)"
        case 38: return "a '<' inside an attribute value (write &lt;)"
        case 39, 40, 41, 43, 44, 65: return "a malformed attribute (values need quotes)"
        case 42: return "an attribute appears twice"
        case 68: return "a name is missing after '<' or '&' (write & as &amp; and < as &lt;)"
        case 73, 77: return "a malformed tag"
        case 76: return "the closing tag does not match the open element"
        case 86: return "content after the root element"
        case 201, 202: return "an undeclared namespace prefix"
        default: return "libxml2 error \(code)"
        }
    }

    /// XMLParser delegate that forwards events and keeps the first parse error with its position.
    private final class Delegate<Handler: XMLEventHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        var error: ((any Error), Int, Int)?
        var stopped = false
        var sawRoot = false
        /// How many elements are open.
        var depth = 0

        init(_ handler: Handler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            sawRoot = true
            guard !stopped, error == nil else { return }
            depth += 1
            if depth > Limits.xmlDepth {
                error = (TooDeep(), parser.lineNumber, parser.columnNumber)
                parser.abortParsing()
                return
            }
            if !handler.start(
                elementName, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber,
                column: parser.columnNumber)
            {
                stop(parser)
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard !stopped, error == nil else { return }
            depth -= 1
            if !handler.end(elementName, namespace: namespaceURI ?? "") { stop(parser) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stopped, error == nil else { return }
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stopped, error == nil else { return }
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard !stopped else { return }
            if error == nil { error = (parseError, parser.lineNumber, parser.columnNumber) }
            parser.abortParsing()
        }

        private func stop(_ parser: XMLParser) {
            stopped = true
            parser.abortParsing()
        }
    }
}

/// The error the reader records when elements nest deeper than `Limits.xmlDepth`.
private struct TooDeep: Error {}
