package import Foundation

/// A small element tree read with FoundationXML's `XMLParser`, safely (see `XMLEventReader`).
///
/// A DOCTYPE that only names an external DTD (as TBX 2008 files do) is accepted; the DTD is not loaded.
package final class XMLTreeNode {
    /// Local name (namespace prefix removed).
    package let name: String
    /// Attributes by qualified name ("type", "xml:lang", "id").
    package let attributes: [String: String]
    /// The line of the start tag (where the parser finished reading it).
    package let line: Int
    /// The column where the parser finished reading the start tag; 0 when unknown.
    package let column: Int
    /// The namespace URI; "" for none.
    package let namespace: String
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

    package init(name: String, attributes: [String: String], line: Int, column: Int = 0, namespace: String = "") {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
        self.namespace = namespace
    }

    /// Child elements with this name.
    package func children(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// The language of the element (`xml:lang`, or `lang` in old files), lowercased.
    package var language: String { (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased() }

    /// Parses a document into its root element, safely (`XMLEventReader`: no external entities, DOCTYPE entity
    /// declarations refused, malformed XML reported with line and column).
    ///
    /// Elements named in `detach` are handed to `onDetach` when they end and dropped from the tree, so a large
    /// document is never held whole in memory (TBX reading detaches each concept).
    package static func parse(
        _ data: Data, name: String, detach: Set<String> = [], onDetach: @escaping (XMLTreeNode) -> Void = { _ in }
    ) throws(XMLError) -> XMLTreeNode {
        let builder = XMLTreeBuilder(detach: detach, onDetach: onDetach)
        try XMLEventReader.read(data, name: name, into: builder)
        guard let root = builder.root else {
            throw .malformed(
                file: name, line: 1, column: 1, reason: "no root element (the document is empty or cut short)")
        }
        return root
    }
}

/// Builds `XMLTreeNode`s from XML events: a whole document (`XMLTreeNode.parse`), or, fed by a format's own event
/// handler, just the elements it wants as trees (an XLIFF unit, a TMX `tu`).
package final class XMLTreeBuilder: XMLEventHandler {
    /// The open elements, innermost last.
    package private(set) var stack: [XMLTreeNode] = []
    /// The first element started: the document's root, or the subtree's.
    package private(set) var root: XMLTreeNode?
    let detach: Set<String>
    let onDetach: (XMLTreeNode) -> Void

    /// A builder; elements named in `detach` are handed to `onDetach` when they end and dropped from their parent.
    package init(detach: Set<String> = [], onDetach: @escaping (XMLTreeNode) -> Void = { _ in }) {
        self.detach = detach
        self.onDetach = onDetach
    }

    /// Whether the root element has ended (the subtree is complete).
    package var isComplete: Bool { root != nil && stack.isEmpty }

    package func start(_ name: String, namespace: String, attributes: [String: String], line: Int, column: Int)
        -> Bool
    {
        let node = XMLTreeNode(name: name, attributes: attributes, line: line, column: column, namespace: namespace)
        if let parent = stack.last {
            parent.children.append(node)
            parent.pieces.append(nil)
        } else if root == nil {
            root = node
        }
        stack.append(node)
        return true
    }

    package func end(_ name: String, namespace: String) -> Bool {
        guard let node = stack.popLast(), detach.contains(node.name) else { return true }
        if let parent = stack.last {
            parent.children.removeLast()
            parent.pieces.removeLast()
        }
        onDetach(node)
        return true
    }

    package func characters(_ text: String) {
        stack.last?.pieces.append(text)
    }
}
