import DragomanICU

/// One data-driven boilerplate rule: a kind, a label, a scope, a length bound and a whole-segment pattern.
public struct BoilerplateRule: Sendable {
    /// How far a rule reaches.
    public enum Scope: String, Sendable {
        /// The matching segment only.
        case line
        /// The matching segment and the line right after it (a masthead title and the editor's name).
        case lineAndNext = "line+next"
        /// The matching segment and what follows it until the article text resumes: a "related" header
        /// (`شاهد أيضاً`, `Related Topics`) and the link titles under it, which often read like headlines.
        case untilText = "until-text"
        /// The whole paragraph the matching segment opens: tried on the first sentence of every paragraph, for
        /// notices written as several sentences (copyright, cookies).
        case paragraph
        /// The matching segment, when it comes before the article text (a place and a name under the headline,
        /// `دبي: سارة الحمادي`, which further down could be a crosshead).
        case head
        /// A label a site puts before the headline (`عاجل |`, `BREAKING:`): recorded as the document's headline
        /// prefix and kept out of its title, while the headline stays content; alone on a line, the line is marked.
        case prefix
    }

    /// What the rule marks.
    public let kind: Boilerplate.Kind
    /// What it recognizes, in words.
    public let label: String
    /// How far it reaches.
    public let scope: Scope
    /// The most words a matching segment can have; longer segments skip the rule.
    public let maximumWords: Int
    /// The language whose script a segment must contain for the rule to apply ("ar", "en"), or nil for any.
    public let language: String?
    /// The pattern as written in the rule file.
    public let pattern: String
    /// The pattern after normalization, as matched (without a leading `(?=.*\d)`, checked in code).
    let normalizedPattern: String
    /// The pattern starts with `(?=.*\d)`: only a segment with a digit can match. The detector checks that with the
    /// segment's scripts instead of running the expression, which matters for a pattern that can start with any
    /// word (`\p{L}+ \d{1,2} …`): it would otherwise run on every short line.
    public let needsDigit: Bool

    /// The prefix that declares a digit needed.
    static let digitLookahead = "(?=.*\\d)"

    /// Patterns are normalized like segments, but without case folding: it would turn \S, \D, \P{…} into their
    /// opposites (patterns are written in lower case). One normalizer, and so one scalar table, for every rule.
    private static let patternNormalizer = Normalizer(rules: NormalizationRules.match.subtracting(.caseFold))

    /// Compiles a rule; `pattern` is normalized like the segments it is matched against (except case).
    public init(
        kind: Boilerplate.Kind, label: String, scope: Scope, maximumWords: Int, pattern: String,
        language: String? = nil
    ) throws {
        self.kind = kind
        self.language = language
        self.maximumWords = maximumWords
        self.label = label
        self.scope = scope
        self.pattern = pattern
        self.needsDigit = pattern.hasPrefix(Self.digitLookahead)
        let normalized = Self.patternNormalizer.normalize(
            needsDigit ? String(pattern.dropFirst(Self.digitLookahead.count)) : pattern
        ).text
        self.normalizedPattern = normalized
        // Compiled alone here so that a bad pattern is reported with its own line.
        _ = try RegularExpression(pattern: normalized)
    }
}
