/// A segmented document: its source text and its sentences and lines, with offsets into the source.
public struct Document: Sendable {
    /// The text as read.
    public let source: SourceText
    /// The document's language (ISO 639-1), detected from its script or forced by the caller.
    public let language: String
    /// The segments in text order; `segments[i].index == i`.
    public internal(set) var segments: [Segment]

    /// Creates a document from its parts.
    public init(source: SourceText, language: String, segments: [Segment]) {
        self.source = source
        self.language = language
        self.segments = segments
    }

    /// The headline: the first line segment that is not boilerplate, before the first sentence.
    public var title: Segment? {
        for segment in segments {
            if segment.kind == .sentence && segment.boilerplate == nil { return nil }
            if segment.kind == .line && segment.boilerplate == nil { return segment }
        }
        return nil
    }

    /// Segments that are real content (no boilerplate).
    public var content: [Segment] { segments.filter { $0.boilerplate == nil } }

    /// Bylines, datelines and dates found in the document, kept as metadata.
    public var metadata: [(kind: Boilerplate.Kind, text: String)] {
        segments.compactMap { segment in
            guard let reason = segment.boilerplate, reason.isMetadata else { return nil }
            return (reason.kind, segment.singleLineText)
        }
    }

    /// Marks a segment as boilerplate (used by cleanup).
    mutating func mark(_ index: Int, _ reason: Boilerplate) {
        segments[index].boilerplate = reason
    }
}
