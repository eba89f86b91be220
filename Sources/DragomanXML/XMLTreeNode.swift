import DragomanText
package import Foundation
import FoundationXML

/// A small element tree read with FoundationXML's `XMLParser`, safely.
///
/// External entities are never resolved, and a document whose DOCTYPE declares anything (entities, attributes,
/// elements, notations) is refused before parsing, as is a processing instruction without data (`XMLScreen` says
/// why the parser cannot decide or read them). A DOCTYPE that only names an external DTD (as TBX 2008 files do) is
/// accepted; the DTD is not loaded. A document over `Limits.xmlBytes`, or nesting elements deeper than
/// `Limits.xmlDepth`, is refused. Malformed XML is an error with the parser's line and column.
package final class XMLTreeNode {
    /// Local name (namespace prefix removed).
    package let name: String
    /// Attributes by qualified name ("type", "xml:lang", "id").
    package let attributes: [String: String]
    /// The line of the start tag.
    package let line: Int
    /// Child elements in order.
    package var children: [XMLTreeNode] = []
    /// Character data directly inside the element; `nil` entries mark where each child element sits.
    package var pieces: [String?] = []

    /// All character data inside the element, descendants included, in document order (as a term with `<hi>`
    /// markup reads).
    package var text: String {
        var out = ""
        var child = 0
        for piece in pieces {
            if let piece {
                out += piece
            } else {
                out += children[child].text
                child += 1
            }
        }
        return out
    }

    package init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// Child elements with this name.
    package func children(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// The language of the element (`xml:lang`, or `lang` in old files), lowercased.
    package var language: String { (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased() }

    /// Parses a document into its root element.
    ///
    /// Elements named in `detach` are handed to `onDetach` when they end and dropped from the tree, so a large
    /// document is never held whole in memory (TBX reading detaches each concept).
    package static func parse(
        _ data: Data, name: String, detach: Set<String> = [], onDetach: @escaping (XMLTreeNode) -> Void = { _ in }
    ) throws(XMLError) -> XMLTreeNode {
        if data.count > Limits.xmlBytes {
            throw .refused(
                file: name, line: nil,
                reason:
                    "\(data.count) bytes is more than the \(Limits.xmlBytes)-byte limit for one XML document; split the file"
            )
        }
        try XMLScreen.check(data, name: name)
        // A stream is parsed in chunks; one Data chunk over 10 MB hits libxml2's "huge input lookup" limit
        // (XML_ERR_INTERNAL_ERROR) at the end of the document.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let builder = TreeBuilder(detach: detach, onDetach: onDetach)
        parser.delegate = builder
        _ = parser.parse()
        if let error = builder.error ?? parser.parserError.map({ ($0, parser.lineNumber, parser.columnNumber) }) {
            if error.0 is TooDeep {
                throw .refused(
                    file: name, line: error.1,
                    reason:
                        "elements nest more than \(Limits.xmlDepth) levels deep, more than Dragoman reads (TBX needs 7, XLIFF about 10); the file is damaged"
                )
            }
            throw .malformed(file: name, line: error.1, column: error.2, reason: reason(error.0))
        }
        guard let root = builder.root else {
            throw .malformed(
                file: name, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                reason: "no root element (the document is empty or cut short)")
        }
        return root
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
        case 68, 73, 77: return "a malformed tag"
        case 76: return "the closing tag does not match the open element"
        case 86: return "content after the root element"
        case 201, 202: return "an undeclared namespace prefix"
        default: return "libxml2 error \(code)"
        }
    }
}

/// The error a tree builder records when elements nest deeper than `Limits.xmlDepth`.
private struct TooDeep: Error {}

/// XMLParser delegate that builds the tree and keeps the first error with its position.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLTreeNode] = []
    var root: XMLTreeNode?
    var error: ((any Error), Int, Int)?
    let detach: Set<String>
    let onDetach: (XMLTreeNode) -> Void

    init(detach: Set<String>, onDetach: @escaping (XMLTreeNode) -> Void) {
        self.detach = detach
        self.onDetach = onDetach
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard error == nil else { return }
        if stack.count >= Limits.xmlDepth {
            error = (TooDeep(), parser.lineNumber, parser.columnNumber)
            parser.abortParsing()
            return
        }
        let node = XMLTreeNode(name: elementName, attributes: attributes, line: parser.lineNumber)
        if let parent = stack.last {
            parent.children.append(node)
            parent.pieces.append(nil)
        } else if root == nil {
            root = node
        }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let node = stack.popLast(), detach.contains(node.name), error == nil else { return }
        if let parent = stack.last {
            parent.children.removeLast()
            parent.pieces.removeLast()
        }
        onDetach(node)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.pieces.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.pieces.append(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = (parseError, parser.lineNumber, parser.columnNumber) }
        parser.abortParsing()
    }
}
