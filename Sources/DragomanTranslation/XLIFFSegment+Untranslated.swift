import DragomanXLIFF

extension XLIFFSegment {
    /// Why the segment counts as untranslated, in words; nil when it has a translation. QA and merge say it alike.
    var untranslatedReason: String? {
        switch status {
        case .missing: "no target"
        case .empty: "the target is empty"
        case .copiedSource: "the target is still the source" + (state.map { " (state '\($0)')" } ?? "")
        case .sameAsSource, .translated: nil
        }
    }

    /// Whether the segment is a translated pair worth keeping in a translation memory: to translate, and translated.
    var isTranslatedPair: Bool { translate && untranslatedReason == nil }
}
