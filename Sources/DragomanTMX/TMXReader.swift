import DragomanXML
public import Foundation

/// Reads TMX translation memories (1.4, and the 1.1–1.3 files CAT tools still export) one unit at a time.
///
/// Each `<tu>` is handed to the caller as soon as it ends and then dropped, so a large memory is never held as a
/// tree. A variant's language is its `xml:lang` (or `lang`, as TMX 1.1 wrote it), lowercased; its text is the
/// `<seg>` content with inline markup resolved: `<hi>` keeps its text, while `<bpt>`, `<ept>`, `<it>`, `<ph>` and
/// `<ut>` are dropped with their content (it is native code such as `<b>` or `{1}`, not text; a `<sub>` inside them
/// goes too). A variant without a language or without `<seg>`, and a unit left with no variant, are skipped and
/// listed in `skipped`. Malformed XML, a DOCTYPE declaring entities and a root other than `tmx` are errors.
public struct TMXReader: Sendable {
    /// What a read found besides the units.
    public struct Result: Sendable {
        /// The header's `srclang` (lowercased), when it names one (`*all*` is kept as written).
        public var sourceLanguage: String?
        /// How many units were handed to the caller.
        public var units: Int
        /// Units and variants that were not read, one message each (file, line, reason).
        public var skipped: [String]
    }

    /// A reader.
    public init() {}

    /// Reads a TMX document from bytes, calling `each` with every unit in document order; `name` is used in
    /// messages. The root element is known only when the document ends: for a file whose root is not `tmx`, `each`
    /// may already have been called with its `tu` elements when `notTMX` is thrown.
    public func read(_ data: Data, name: String, each: (TMXUnit) -> Void) throws(TMXError) -> Result {
        final class Collector {
            var result = Result(sourceLanguage: nil, units: 0, skipped: [])
        }
        let collector = Collector()
        let root: XMLTreeNode
        do {
            root = try withoutActuallyEscaping(each) { each throws(XMLError) in
                try XMLTreeNode.parse(data, name: name, detach: ["tu", "header"]) { node in
                    if node.name == "header" {
                        collector.result.sourceLanguage = node.attributes["srclang"].map {
                            $0 == "*all*" ? $0 : $0.lowercased()
                        }
                        return
                    }
                    if let unit = unit(from: node, file: name, skipped: &collector.result.skipped) {
                        collector.result.units += 1
                        each(unit)
                    }
                }
            }
        } catch {
            throw .xml(error)
        }
        guard root.name == "tmx" else { throw .notTMX(file: name, root: root.name) }
        return collector.result
    }

    /// The unit of a `<tu>` element, or nil (with a message) when it has no usable variant.
    func unit(from node: XMLTreeNode, file: String, skipped: inout [String]) -> TMXUnit? {
        let id = node.attributes["tuid"]
        let described = id.map { "'\($0)'" } ?? "without tuid"
        var variants: [TMXUnit.Variant] = []
        for tuv in node.children("tuv") {
            guard !tuv.language.isEmpty else {
                skipped.append("\(file):\(tuv.line): a <tuv> of unit \(described) has no xml:lang; skipped")
                continue
            }
            guard let seg = tuv.children("seg").first else {
                skipped.append(
                    "\(file):\(tuv.line): the '\(tuv.language)' <tuv> of unit \(described) has no <seg>; skipped")
                continue
            }
            variants.append(TMXUnit.Variant(language: tuv.language, text: Self.text(of: seg)))
        }
        guard !variants.isEmpty else {
            skipped.append("\(file):\(node.line): unit \(described) has no <tuv> with a language and a <seg>; skipped")
            return nil
        }
        return TMXUnit(id: id, variants: variants, line: node.line)
    }

    /// Inline elements whose content is native code, not text: dropped with everything inside.
    static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

    /// The text of a `<seg>` (or `<hi>`): character data in order, code elements dropped.
    static func text(of node: XMLTreeNode) -> String {
        var out = ""
        var child = 0
        for piece in node.pieces {
            if let piece {
                out += piece
            } else {
                let element = node.children[child]
                child += 1
                if !codeElements.contains(element.name) { out += text(of: element) }
            }
        }
        return out
    }
}
