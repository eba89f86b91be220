import Foundation

/// A paragraph: 1.2 a `<group>`'s run of `<trans-unit>`s or a `<trans-unit>` directly in `<body>`; 2.x a `<unit>`.
///
/// Dragoman writes one paragraph per group (1.2) or unit (2.x), one segment per sentence, and a headline or other
/// line as its own unit; files from CAT tools are read the same way without relying on Dragoman's own markers.
public struct XLIFFUnit: Sendable, Hashable {
    /// The group's or unit's id (1.2: the `<trans-unit>` id for one directly in `<body>`; "" for a group without
    /// one).
    public var id: String
    /// Whether the paragraph is to be translated (`translate`, inherited from groups and file); `translate="no"`
    /// units (boilerplate kept with `--keep-boilerplate`) stay as they are in the merged article.
    public var translate: Bool
    /// The sentences, in order.
    public var segments: [XLIFFSegment]
    /// The text around the segments when the file gives it (2.x `<ignorable>`, 1.2 `<seg-source>` text outside
    /// `<mrk mtype="seg">`): `gaps[i]` comes before `segments[i]`, `gaps[segments.count]` after the last. nil when
    /// the file does not say (1.2 trans-units), in which case the segments are joined with one space.
    public var gaps: [String]?
    /// Notes on the paragraph (1.2 `<group>` notes, 2.x `<unit>` notes).
    public var notes: [XLIFFNote]
    /// The line of the start tag.
    public var line: Int

    /// A paragraph.
    public init(
        id: String, translate: Bool = true, segments: [XLIFFSegment], gaps: [String]? = nil,
        notes: [XLIFFNote] = [], line: Int
    ) {
        self.id = id
        self.translate = translate
        self.segments = segments
        self.gaps = gaps
        self.notes = notes
        self.line = line
    }

    /// The gaps of `count` segments joined with one space: "" before the first and after the last.
    public static func singleSpaced(_ count: Int) -> [String] {
        [""] + Array(repeating: " ", count: max(0, count - 1)) + [""]
    }

    /// The paragraph's text on one side: the segments' texts (from `text`, e.g. the target or the source) joined by
    /// the gaps, or by one space when the file gives none, without white space at either end. Two texts are never
    /// glued: where neither the gap nor the texts hold white space, one space is put between them.
    public func joined(_ text: (XLIFFSegment) -> String) -> String {
        let gaps = self.gaps ?? Self.singleSpaced(segments.count)
        var out = gaps.first ?? ""
        for (index, segment) in segments.enumerated() {
            let piece = text(segment)
            if index > 0, let last = out.unicodeScalars.last, !last.properties.isWhitespace,
                let first = piece.unicodeScalars.first, !first.properties.isWhitespace
            {
                out += " "
            }
            out += piece
            if index + 1 < gaps.count { out += gaps[index + 1] }
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
