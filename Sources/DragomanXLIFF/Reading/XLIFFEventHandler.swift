import DragomanXML

/// The XLIFF reader's state machine over XML events: checks the root, walks files and groups, and captures each
/// unit (and each note outside units) as a small tree that `XLIFFUnitReader` turns into segments.
final class XLIFFEventHandler: XMLEventHandler {
    /// Where the walk is: the open elements outside captured units.
    enum Frame {
        case xliff
        case file
        /// 1.2 `<header>`, 2.x file-level `<notes>`: notes inside are the file's.
        case fileNotes
        case body
        case group(Group)
        /// An element whose content is not read (skeleton, tool data, other namespaces, bin-unit…).
        case skip
    }

    /// An open group: its id and `translate`, and (1.2) the paragraph its trans-units are filling.
    final class Group {
        let id: String?
        let translate: Bool
        let line: Int
        var notes: [XLIFFNote] = []
        /// The paragraph being filled by consecutive trans-units (1.2); closed by a nested group or the group's end.
        var run: XLIFFUnit?
        /// The run's gaps: one space between trans-units, the `<seg-source>` gaps inside one.
        var gaps: [String] = []
        /// Whether some trans-unit of the run has a `<seg-source>`, so that its gaps say more than "one space".
        var knownGaps = false

        init(id: String?, translate: Bool, line: Int) {
            self.id = id
            self.translate = translate
            self.line = line
        }
    }

    /// The `<file>` being read.
    struct FileState {
        var file: XLIFFFile
        var translate: Bool
        /// First line of each id, per kind of element (1.2: "trans-unit", "group"; 2.x: "unit or group").
        var ids: [String: [String: Int]] = [:]
    }

    let name: String
    private(set) var version: XLIFFVersion?
    private(set) var files: [XLIFFFile] = []
    private(set) var failure: XLIFFError?
    private var frames: [Frame] = []
    private var file: FileState?
    private var fileIDs: [String: Int] = [:]
    private var sourceLanguage = ""
    private var targetLanguage: String?
    /// The subtree being captured (a unit or a note).
    private var capture: XMLTreeBuilder?
    /// How deep inside a child of the captured unit that is not read (module data, counts, alternatives) the
    /// parser is; 0 outside one. Such children are never built as trees.
    private var skipped = 0

    /// The children of a unit the reader uses: 1.2 `<trans-unit>`'s source, target, seg-source and notes, 2.x
    /// `<unit>`'s segments, ignorables and notes (core namespace only).
    static let unitChildren: Set<String> = ["source", "target", "seg-source", "note", "segment", "ignorable", "notes"]

    init(name: String) { self.name = name }

    private var coreNamespace: String { version?.namespace ?? "" }
    private var isV1: Bool { version == .v1_2 }

    // MARK: events

    func start(_ element: String, namespace: String, attributes: [String: String], line: Int, column: Int) -> Bool {
        if let capture {
            if skipped > 0 {
                skipped += 1
                return true
            }
            if capture.stack.count == 1, namespace != coreNamespace || !Self.unitChildren.contains(element) {
                skipped = 1
                return true
            }
            return capture.start(element, namespace: namespace, attributes: attributes, line: line, column: column)
        }
        guard let version else { return root(element, namespace, attributes, line, column) }
        guard namespace == coreNamespace, let parent = frames.last else {
            frames.append(.skip)
            return true
        }
        switch (parent, element) {
        case (.xliff, "file"):
            startFile(attributes, line: line, column: column)
        case (.fileNotes, "note"):
            startCapture(element, namespace, attributes, line, column)
        case (.file, _), (.body, _), (.group, _):
            if version == .v1_2 {
                startInside1_2(parent, element, namespace, attributes, line, column)
            } else {
                startInside2(element, namespace, attributes, line, column)
            }
        default:
            frames.append(.skip)
        }
        return failure == nil
    }

    /// An element inside a 1.2 `<file>`, `<body>` or `<group>`.
    private func startInside1_2(
        _ parent: Frame, _ element: String, _ namespace: String, _ attributes: [String: String], _ line: Int,
        _ column: Int
    ) {
        switch (parent, element) {
        case (.file, "header"): frames.append(.fileNotes)
        case (.file, "body"): frames.append(.body)
        case (.body, "group"), (.group, "group"): startGroup(attributes, line: line, column: column)
        case (.body, "trans-unit"), (.group, "trans-unit"), (.group, "note"):
            startCapture(element, namespace, attributes, line, column)
        default: frames.append(.skip)
        }
    }

    /// An element inside a 2.x `<file>` or `<group>`.
    private func startInside2(
        _ element: String, _ namespace: String, _ attributes: [String: String], _ line: Int, _ column: Int
    ) {
        switch element {
        case "notes" where frames.last.map({ if case .file = $0 { true } else { false } }) == true:
            frames.append(.fileNotes)
        case "group": startGroup(attributes, line: line, column: column)
        case "unit": startCapture(element, namespace, attributes, line, column)
        default: frames.append(.skip)
        }
    }

    func end(_ element: String, namespace: String) -> Bool {
        if let capture {
            if skipped > 0 {
                skipped -= 1
                return true
            }
            _ = capture.end(element, namespace: namespace)
            if capture.isComplete, let node = capture.root {
                self.capture = nil
                captured(node)
            }
            return failure == nil
        }
        guard let frame = frames.popLast() else { return true }
        switch frame {
        case .file: endFile()
        case .group(let group): closeRun(of: group)
        default: break
        }
        return failure == nil
    }

    func characters(_ text: String) {
        guard skipped == 0 else { return }
        capture?.characters(text)
    }

    // MARK: structure

    private func root(
        _ element: String, _ namespace: String, _ attributes: [String: String], _ line: Int, _ column: Int
    ) -> Bool {
        guard element == "xliff" else {
            failure = .notXLIFF(file: name, line: line, column: column, root: element)
            return false
        }
        let declared = attributes["version"] ?? ""
        let known: [(String, Set<String>, XLIFFVersion?)] = [
            (XLIFFVersion.v1_2.namespace, ["1.2"], .v1_2),
            (XLIFFVersion.v2_0.namespace, ["2.0", "2.1"], nil),
            (XLIFFVersion.v2_2.namespace, ["2.2"], .v2_2),
        ]
        guard let entry = known.first(where: { $0.0 == namespace }) else {
            failure = .wrongNamespace(file: name, line: line, column: column, namespace: namespace)
            return false
        }
        guard entry.1.contains(declared) else {
            failure = .unknownVersion(file: name, line: line, column: column, version: declared, namespace: namespace)
            return false
        }
        version = entry.2 ?? (declared == "2.1" ? .v2_1 : .v2_0)
        sourceLanguage = attributes["srcLang"] ?? ""
        targetLanguage = attributes["trgLang"]
        frames.append(.xliff)
        return true
    }

    private func startFile(_ attributes: [String: String], line: Int, column: Int) {
        frames.append(.file)
        let index = files.count + 1
        var id: String?
        if !isV1 {
            guard let fileID = attributes["id"] else {
                failure = .missingID(file: name, line: line, column: column, element: "file")
                return
            }
            if let first = fileIDs[fileID] {
                failure = .duplicateID(
                    file: name, line: line, column: column, element: "file", id: fileID, scope: "the document",
                    firstLine: first)
                return
            }
            fileIDs[fileID] = line
            id = fileID
        }
        let source = isV1 ? attributes["source-language"] ?? "" : sourceLanguage
        let target = isV1 ? attributes["target-language"] : targetLanguage
        file = FileState(
            file: XLIFFFile(
                index: index, id: id, original: attributes["original"], sourceLanguage: source, targetLanguage: target,
                units: [], line: line),
            translate: attributes["translate"] != "no")
    }

    private func endFile() {
        guard let file else { return }
        files.append(file.file)
        self.file = nil
    }

    private var inheritedTranslate: Bool {
        for frame in frames.reversed() {
            if case .group(let group) = frame { return group.translate }
        }
        return file?.translate ?? true
    }

    private func startGroup(_ attributes: [String: String], line: Int, column: Int) {
        if case .group(let parent) = frames.last { closeRun(of: parent) }
        let id = attributes["id"]
        if let id, !claim(id, kind: isV1 ? "group" : "unit or group", element: "group", line: line, column: column) {
            frames.append(.skip)
            return
        }
        let translate = attributes["translate"].map { $0 != "no" } ?? inheritedTranslate
        frames.append(.group(Group(id: id, translate: translate, line: line)))
    }

    /// Records `id` for `kind` in the current file; false (and the failure set) when it is taken.
    private func claim(_ id: String, kind: String, element: String, line: Int, column: Int) -> Bool {
        guard file != nil else { return true }
        if let first = file!.ids[kind]?[id] {
            failure = .duplicateID(
                file: name, line: line, column: column, element: element, id: id, scope: fileScope,
                firstLine: first)
            return false
        }
        file!.ids[kind, default: [:]][id] = line
        return true
    }

    /// How messages name the current `<file>`.
    private var fileScope: String {
        guard let file = file?.file else { return "the document" }
        if let id = file.id { return "<file> '\(id)'" }
        return "<file> \(file.index)"
    }

    /// Closes a 1.2 group's paragraph, if it has one, into the file.
    private func closeRun(of group: Group) {
        guard var run = group.run else { return }
        if group.knownGaps { run.gaps = group.gaps }
        file?.file.units.append(run)
        group.run = nil
        group.gaps = []
        group.knownGaps = false
    }

    // MARK: captured units

    private func startCapture(
        _ element: String, _ namespace: String, _ attributes: [String: String], _ line: Int, _ column: Int
    ) {
        let builder = XMLTreeBuilder()
        _ = builder.start(element, namespace: namespace, attributes: attributes, line: line, column: column)
        capture = builder
    }

    private func captured(_ node: XMLTreeNode) {
        guard let version, file != nil else { return }
        let reader = XLIFFUnitReader(file: name, version: version)
        do {
            switch node.name {
            case "note":
                let note = reader.note(node)
                if case .group(let group) = frames.last {
                    group.notes.append(note)
                } else {
                    file!.file.notes.append(note)
                }
            case "trans-unit":
                try transUnit(node, reader)
            default:
                try unit(node, reader)
            }
        } catch {
            failure = error
        }
    }

    private func transUnit(_ node: XMLTreeNode, _ reader: XLIFFUnitReader) throws(XLIFFError) {
        guard let id = node.attributes["id"] else {
            throw .missingID(file: name, line: node.line, column: node.column, element: "trans-unit")
        }
        guard claim(id, kind: "trans-unit", element: "trans-unit", line: node.line, column: node.column) else {
            return
        }
        let translate = node.attributes["translate"].map { $0 != "no" } ?? inheritedTranslate
        guard case .group(let group) = frames.last else {
            // A trans-unit directly in <body> is a paragraph of its own.
            let read = try reader.transUnit(node, id: id, idPrefix: nil, translate: translate)
            file!.file.units.append(
                XLIFFUnit(
                    id: id, translate: translate, segments: read.segments, gaps: read.gaps, notes: read.unitNotes,
                    line: node.line))
            return
        }
        let read = try reader.transUnit(node, id: id, idPrefix: id, translate: translate)
        if group.run == nil {
            group.run = XLIFFUnit(
                id: group.id ?? id, translate: group.translate, segments: [], notes: group.notes, line: group.line)
            group.notes = []
        }
        group.run!.segments += read.segments
        group.run!.notes += read.unitNotes
        let inner = read.gaps ?? XLIFFUnit.singleSpaced(read.segments.count)
        group.knownGaps = group.knownGaps || read.gaps != nil
        if group.gaps.isEmpty {
            group.gaps = inner
        } else {
            // What lies between two trans-units is not in the file: one space.
            group.gaps[group.gaps.count - 1] += " " + inner[0]
            group.gaps += inner.dropFirst()
        }
    }

    private func unit(_ node: XMLTreeNode, _ reader: XLIFFUnitReader) throws(XLIFFError) {
        guard let id = node.attributes["id"] else {
            throw .missingID(file: name, line: node.line, column: node.column, element: "unit")
        }
        guard claim(id, kind: "unit or group", element: "unit", line: node.line, column: node.column) else { return }
        let translate = node.attributes["translate"].map { $0 != "no" } ?? inheritedTranslate
        file!.file.units.append(try reader.unit(node, id: id, translate: translate))
    }
}
