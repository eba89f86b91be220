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
/// External entities are never resolved, and a document whose DOCTYPE declares entities is refused before parsing
/// (XMLParser on Linux neither reports nor expands them, so their references would vanish silently; declaring them
/// is also how "billion laughs" and local-file attacks start). A DOCTYPE that only names an external DTD is accepted;
/// the DTD is not loaded. Malformed XML is an error with the parser's line and column. The document is fed to the
/// parser as a stream, so its size is not limited by libxml2's 10 MB single-chunk limit.
package enum XMLEventReader {
    /// Reads `data`, calling `handler` for each event; `name` is used in errors. Returns false when the handler
    /// stopped the reading, true when the whole document was read.
    @discardableResult
    package static func read(_ data: Data, name: String, into handler: some XMLEventHandler) throws(XMLError) -> Bool {
        if let line = entityDeclarationLine(data) { throw .entityDeclaration(file: name, line: line) }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        _ = parser.parse()
        if delegate.stopped { return false }
        if let error = delegate.error ?? parser.parserError.map({ ($0, parser.lineNumber, parser.columnNumber) }) {
            throw .malformed(file: name, line: error.1, column: error.2, reason: reason(error.0))
        }
        guard delegate.sawRoot else {
            throw .malformed(
                file: name, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                reason: "no root element (the document is empty or cut short)")
        }
        return true
    }

    /// The line of an `<!ENTITY` inside the DOCTYPE's internal subset, if there is one.
    ///
    /// Only the prolog is searched: XML allows a DOCTYPE only before the root element, and the parser rejects one
    /// anywhere else. A UTF-16 document (BOM, or `<` as its first character) is searched in its UTF-8 transcoding.
    package static func entityDeclarationLine(_ data: Data) -> Int? {
        if let encoding = utf16Encoding(data) {
            guard let text = String(data: data, encoding: encoding) else { return nil }
            return entityDeclarationLine(Data(text.utf8))
        }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let doctype = prologDoctype(bytes) else { return nil }
            // The internal subset runs from the first '[' to the matching "]>" of the DOCTYPE.
            var index = doctype
            while index < bytes.count, bytes[index] != UInt8(ascii: "["), bytes[index] != UInt8(ascii: ">") {
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
            let end = find(Array("]>".utf8), in: bytes, from: index) ?? bytes.count
            guard let entity = find(Array("<!ENTITY".utf8), in: bytes, from: index), entity < end else { return nil }
            return bytes[0..<entity].count { $0 == UInt8(ascii: "\n") } + 1
        }
    }

    /// The UTF-16 variant a document is in, from its BOM or its first character `<`; nil for anything else.
    private static func utf16Encoding(_ data: Data) -> String.Encoding? {
        guard data.count >= 2 else { return nil }
        let first = data[data.startIndex]
        let second = data[data.startIndex + 1]
        switch (first, second) {
        case (0xFF, 0xFE), (0x3C, 0x00): return .utf16LittleEndian
        case (0xFE, 0xFF), (0x00, 0x3C): return .utf16BigEndian
        default: return nil
        }
    }

    /// The offset of `<!DOCTYPE` in the prolog (before the first element's `<`), if there is one.
    private static func prologDoctype(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8)
        var index = 0
        while let open = find([UInt8(ascii: "<")], in: bytes, from: index) {
            guard open + 1 < bytes.count else { return nil }
            switch bytes[open + 1] {
            case UInt8(ascii: "?"):
                index = find(Array("?>".utf8), in: bytes, from: open + 2).map { $0 + 2 } ?? bytes.count
            case UInt8(ascii: "!"):
                if matches(doctype, in: bytes, at: open) { return open }
                if matches(Array("<!--".utf8), in: bytes, at: open) {
                    index = find(Array("-->".utf8), in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                } else {
                    index = open + 2
                }
            default:
                return nil
            }
        }
        return nil
    }

    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], matches(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
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

        init(_ handler: Handler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            sawRoot = true
            guard !stopped, error == nil else { return }
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
