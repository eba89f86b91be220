import Foundation

/// A sentence and its translation: one 1.2 `<trans-unit>` (or one `<mrk mtype="seg">` of a `<seg-source>`), one 2.x
/// `<segment>`.
public struct XLIFFSegment: Sendable, Hashable {
    /// Where a segment's translation stands, from its target and state.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// There is no `<target>`.
        case missing
        /// The `<target>` holds no text (only white space or codes).
        case empty
        /// The target repeats the source and the state does not say it was translated: a target prefilled with the
        /// source (`--copy-source`) that the translator never touched. OmegaT leaves the state alone, so this is
        /// what "untranslated" means in a file it wrote.
        case copiedSource
        /// The target repeats the source but the state says it was translated (a name or a number kept on purpose).
        case sameAsSource
        /// The target differs from the source.
        case translated

        /// Whether the segment still needs a translation.
        public var isUntranslated: Bool { self == .missing || self == .empty || self == .copiedSource }
    }

    /// 1.2: the `<trans-unit>` id (with `:mid` for a `<seg-source>` segment inside a group, the `mid` alone for one
    /// whose trans-unit is the paragraph); 2.x: the `<segment>` id, or its position from 1 (`#2`) when it has none.
    public var id: String
    /// The source text, inline codes removed (the text inside `<g>`, `<pc>`, `<mrk>` kept).
    public var source: String
    /// The target text the same way; nil when there is no `<target>`.
    public var target: String?
    /// The state as written (1.2 `<target state>`, 2.x `<segment state>`), nil when absent.
    public var state: String?
    /// Whether the segment is to be translated (`translate`, inherited).
    public var translate: Bool
    /// Notes on the segment (1.2 `<trans-unit>` notes).
    public var notes: [XLIFFNote]
    /// The line of the segment's start tag.
    public var line: Int

    /// A segment.
    public init(
        id: String, source: String, target: String?, state: String? = nil, translate: Bool = true,
        notes: [XLIFFNote] = [], line: Int
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.translate = translate
        self.notes = notes
        self.line = line
    }

    /// States that say a translation was made: 1.2 `translated`, `signed-off`, `final`, `needs-review-*`,
    /// `needs-adaptation`, `needs-l10n`; 2.x `translated`, `reviewed`, `final`.
    public static let translatedStates: Set<String> = [
        "translated", "signed-off", "final", "needs-review-translation", "needs-review-l10n",
        "needs-review-adaptation", "needs-adaptation", "needs-l10n", "reviewed",
    ]

    /// Where the translation stands (white space at either end ignored).
    public var status: Status {
        guard let target else { return .missing }
        let translation = target.trimmingCharacters(in: .whitespacesAndNewlines)
        if translation.isEmpty { return .empty }
        guard translation == source.trimmingCharacters(in: .whitespacesAndNewlines) else { return .translated }
        return state.map { Self.translatedStates.contains($0) } == true ? .sameAsSource : .copiedSource
    }
}
