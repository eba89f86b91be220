/// One translation unit of a TMX document (`<tu>`): the same text in several languages.
///
/// A unit holds its variants (`<tuv>`) in document order, each a language code and the segment's plain text. Most
/// units have two variants, the source and one target; TMX allows more, and more than one per language.
public struct TMXUnit: Sendable, Hashable {
    /// One language's text of a unit (`<tuv xml:lang="…"><seg>…</seg></tuv>`).
    public struct Variant: Sendable, Hashable {
        /// The language code as written (`ar`, `en-US`); the reader lowercases it.
        public var language: String
        /// The segment's plain text.
        public var text: String

        /// A variant of a language.
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The unit's `tuid`, if it has one.
    public var id: String?
    /// The variants in document order.
    public var variants: [Variant]
    /// The line of the `<tu>` start tag in the file it was read from; nil for a unit built in code.
    public var line: Int?

    /// A unit with an optional id and its variants.
    public init(id: String? = nil, variants: [Variant], line: Int? = nil) {
        self.id = id
        self.variants = variants
        self.line = line
    }

    /// The first variant's text whose language is `language` or a regional form of it (`ar` matches `ar`, `AR`,
    /// `ar-SA`, `ar_EG`), or nil.
    public func text(language: String) -> String? {
        variants.first { Self.language($0.language, matches: language) }?.text
    }

    /// Whether the code `code` is the language `language` or a regional form of it (case-insensitive).
    public static func language(_ code: String, matches language: String) -> Bool {
        let code = code.lowercased()
        let language = language.lowercased()
        guard code.hasPrefix(language) else { return false }
        let rest = code.dropFirst(language.count)
        return rest.isEmpty || rest.first == "-" || rest.first == "_"
    }
}
