/// A segmented document: its source text and its sentences and lines, with offsets into the source.
public struct Document: Sendable {
    /// The text as read.
    public let source: SourceText
    /// The document's language (ISO 639-1), detected from its script or forced by the caller.
    public let language: String
    /// The segments in text order; `segments[i].index == i`.
    public internal(set) var segments: [Segment]
    /// The whole text in the `match` normalization, with its map back to `source.text`: for matching and
    /// statistics, computed once per document.
    public let normalized: NormalizedText
    /// The label a site put before the headline (`عاجل`, `BREAKING`), found by the cleanup; nil when there is none.
    public internal(set) var headlinePrefix: HeadlinePrefix?

    /// Creates a document from its parts and computes its `match` normalization.
    public init(source: SourceText, language: String, segments: [Segment]) {
        self.source = source
        self.language = language
        self.segments = segments
        self.normalized = Normalizer(profile: .match).normalize(source.text)
    }

    /// The `match` form of a segment, from the document's normalization.
    public func matchText(of segment: Segment) -> Substring {
        normalized.text(in: normalized.normalizedRange(ofOriginal: segment.range))
    }

    /// The headline: the first line segment that is not boilerplate, before the first sentence.
    ///
    /// When the headline carries a prefix (`عاجل | …`, `BREAKING: …`), the segment returned starts after it: same
    /// index, its range and text those of the headline proper, so the prefix never reaches a title.
    public var title: Segment? {
        for segment in segments {
            if segment.kind == .sentence && segment.boilerplate == nil { return nil }
            if segment.kind == .line && segment.boilerplate == nil {
                guard let prefix = headlinePrefix, prefix.segment == segment.index else { return segment }
                let range = prefix.range.upperBound..<segment.range.upperBound
                return Segment(
                    index: segment.index, kind: .line, paragraph: segment.paragraph, language: segment.language,
                    range: range, text: String(source.text.slice(utf8: range)))
            }
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

    /// The publication date or time as the site wrote it (`السبت 2024/06/01 - 08:30`, `قبل ساعتين`,
    /// `Published 3 hours ago`): the first segment marked as a date, or nil.
    public var publicationDate: String? {
        segments.first { $0.boilerplate?.kind == .date }?.singleLineText
    }

    /// Marks a segment as boilerplate (used by cleanup).
    mutating func mark(_ index: Int, _ reason: Boilerplate) {
        segments[index].boilerplate = reason
    }
}
