import DragomanXML

/// Turns one captured unit (1.2 `<trans-unit>`, 2.x `<unit>`) into segments: plain text from inline content,
/// `<seg-source>` segmentation, ids checked.
struct XLIFFUnitReader {
    /// A 1.2 trans-unit read: one segment, or one per `<mrk mtype="seg">` of its `<seg-source>` with the gaps.
    struct TransUnit {
        var segments: [XLIFFSegment]
        var gaps: [String]?
        /// The trans-unit's notes when it was split into several segments (they concern them all).
        var unitNotes: [XLIFFNote]
    }

    /// The file name for errors.
    let file: String
    let version: XLIFFVersion

    private var namespace: String { version.namespace }

    /// A `<note>`: its text and who it is from (1.2 `from`, 2.x `category`).
    func note(_ node: XMLTreeNode) -> XLIFFNote {
        XLIFFNote(text: node.text, from: node.attributes[version == .v1_2 ? "from" : "category"])
    }

    /// The core-namespace children of `node` named `name`.
    private func children(_ node: XMLTreeNode, _ name: String) -> [XMLTreeNode] {
        node.children.filter { $0.name == name && $0.namespace == namespace }
    }

    // MARK: 1.2

    /// A 1.2 `<trans-unit>`. Segments split from a `<seg-source>` are named `idPrefix:mid` (or `mid` when
    /// `idPrefix` is nil: the trans-unit is the paragraph).
    func transUnit(_ node: XMLTreeNode, id: String, idPrefix: String?, translate: Bool) throws(XLIFFError) -> TransUnit
    {
        guard let source = children(node, "source").first else {
            throw .missingSource(file: file, line: node.line, column: node.column, element: "trans-unit", id: id)
        }
        let target = children(node, "target").first
        let state = target?.attributes["state"]
        let notes = children(node, "note").map(note)
        if let segSource = children(node, "seg-source").first, let split = try segments(of: segSource, in: id) {
            let targets = try target.flatMap { target throws(XLIFFError) in try segments(of: target, in: id) }
            if targets != nil || split.parts.count == 1 || target == nil {
                var byMid: [String: String] = [:]
                for part in targets?.parts ?? [] { byMid[part.mid] = part.text }
                let segments = split.parts.map { part in
                    XLIFFSegment(
                        id: idPrefix.map { "\($0):\(part.mid)" } ?? part.mid, source: part.text,
                        target: targets == nil ? target.map(text) : byMid[part.mid], state: state,
                        translate: translate, line: part.line)
                }
                return TransUnit(segments: segments, gaps: split.gaps, unitNotes: notes)
            }
            // A target not split like its seg-source: the trans-unit is read as one segment.
        }
        let segment = XLIFFSegment(
            id: id, source: text(source), target: target.map(text), state: state, translate: translate, notes: notes,
            line: node.line)
        return TransUnit(segments: [segment], gaps: nil, unitNotes: [])
    }

    /// A `<mrk mtype="seg">` of a `<seg-source>` or `<target>`.
    struct Part {
        var mid: String
        var text: String
        var line: Int
    }

    /// The `<mrk mtype="seg">` parts of `node` in order, and the text around them (`gaps`, one more than parts);
    /// nil when there is none.
    private func segments(of node: XMLTreeNode, in unit: String) throws(XLIFFError) -> (parts: [Part], gaps: [String])?
    {
        var parts: [Part] = []
        var gaps = [""]
        var seen: [String: Int] = [:]
        var failure: XLIFFError?
        func walk(_ element: XMLTreeNode) {
            var child = 0
            for piece in element.pieces {
                if let piece {
                    gaps[gaps.count - 1] += piece
                    continue
                }
                let inner = element.children[child]
                child += 1
                if inner.namespace == namespace, inner.name == "mrk", inner.attributes["mtype"] == "seg" {
                    let mid = inner.attributes["mid"] ?? String(parts.count + 1)
                    if let first = seen[mid], failure == nil {
                        failure = .duplicateID(
                            file: file, line: inner.line, column: inner.column, element: "<mrk mtype=\"seg\"> mid",
                            id: mid, scope: "trans-unit '\(unit)'", firstLine: first)
                    }
                    seen[mid] = inner.line
                    parts.append(Part(mid: mid, text: text(inner), line: inner.line))
                    gaps.append("")
                } else if isCode(inner) {
                    continue
                } else {
                    walk(inner)
                }
            }
        }
        walk(node)
        if let failure { throw failure }
        return parts.isEmpty ? nil : (parts, gaps)
    }

    // MARK: 2.x

    /// A 2.x `<unit>`: its segments, the `<ignorable>` text between them (the target side when it has one), notes.
    func unit(_ node: XMLTreeNode, id: String, translate: Bool) throws(XLIFFError) -> XLIFFUnit {
        var segments: [XLIFFSegment] = []
        var gaps = [""]
        var notes: [XLIFFNote] = []
        var ids: [String: Int] = [:]
        for child in node.children where child.namespace == namespace {
            switch child.name {
            case "segment", "ignorable":
                if let childID = child.attributes["id"] {
                    if let first = ids[childID] {
                        throw .duplicateID(
                            file: file, line: child.line, column: child.column, element: child.name, id: childID,
                            scope: "unit '\(id)'", firstLine: first)
                    }
                    ids[childID] = child.line
                }
                let source = children(child, "source").first
                let target = children(child, "target").first
                if child.name == "ignorable" {
                    gaps[gaps.count - 1] += (target ?? source).map(text) ?? ""
                    continue
                }
                let segmentID = child.attributes["id"] ?? "#\(segments.count + 1)"
                guard let source else {
                    throw .missingSource(
                        file: file, line: child.line, column: child.column, element: "segment", id: segmentID)
                }
                segments.append(
                    XLIFFSegment(
                        id: segmentID, source: text(source), target: target.map(text),
                        state: child.attributes["state"], translate: translate, line: child.line))
                gaps.append("")
            case "notes":
                notes += children(child, "note").map(note)
            default:
                continue
            }
        }
        guard !segments.isEmpty else {
            throw .missingSource(file: file, line: node.line, column: node.column, element: "unit", id: id)
        }
        return XLIFFUnit(id: id, translate: translate, segments: segments, gaps: gaps, notes: notes, line: node.line)
    }

    // MARK: inline content

    /// The plain text of a `<source>`, `<target>` or `<mrk>`: text kept, inline codes dropped.
    func text(_ node: XMLTreeNode) -> String {
        var out = ""
        append(node, to: &out)
        return out
    }

    private func append(_ node: XMLTreeNode, to out: inout String) {
        var child = 0
        for piece in node.pieces {
            if let piece {
                out += piece
                continue
            }
            let inner = node.children[child]
            child += 1
            if inner.namespace == namespace, inner.name == "cp" {
                // 2.x: a code point XML cannot hold, written as hex.
                if let hex = inner.attributes["hex"], let value = UInt32(hex, radix: 16),
                    let scalar = Unicode.Scalar(value)
                {
                    out.unicodeScalars.append(scalar)
                }
            } else if !isCode(inner) {
                append(inner, to: &out)
            }
        }
    }

    /// Whether an inline element stands for native code rather than text: 1.2 `<x/>`, `<bx/>`, `<ex/>`, `<ph>`,
    /// `<bpt>`, `<ept>`, `<it>` (their content is the original markup) and 2.x `<ph/>`, `<sc/>`, `<ec/>`, `<sm/>`,
    /// `<em/>`. `<g>`, `<pc>`, `<mrk>` and elements of other namespaces hold text.
    private func isCode(_ node: XMLTreeNode) -> Bool {
        guard node.namespace == namespace else { return false }
        switch node.name {
        case "x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "sm", "em", "sub": return true
        default: return false
        }
    }
}
