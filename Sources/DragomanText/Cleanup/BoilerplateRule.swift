import Foundation

/// One data-driven boilerplate rule: a kind, a label, a scope and a whole-segment pattern.
public struct BoilerplateRule: Sendable {
    /// How far a rule reaches.
    public enum Scope: String, Sendable {
        /// The matching segment only.
        case line
        /// The matching segment and the line right after it (a masthead title and the editor's name).
        case lineAndNext = "line+next"
    }

    /// What the rule marks.
    public let kind: Boilerplate.Kind
    /// What it recognizes, in words.
    public let label: String
    /// How far it reaches.
    public let scope: Scope
    /// The pattern as written in the rule file.
    public let pattern: String
    let regex: NSRegularExpression
    /// The pattern after normalization, as matched.
    let normalizedPattern: String

    /// Compiles a rule; `pattern` is normalized like the segments it is matched against.
    public init(kind: Boilerplate.Kind, label: String, scope: Scope, pattern: String) throws {
        self.kind = kind
        self.label = label
        self.scope = scope
        self.pattern = pattern
        var rules = NormalizationRules.match
        rules.remove(.caseFold)  // keep \S, \D, \P{…} intact; matching is case-insensitive instead
        let normalized = Normalizer(rules: rules).normalize(pattern).text
        self.normalizedPattern = normalized
        // ICU's regular expressions (through Foundation): anchored to the whole segment, case-insensitive.
        self.regex = try NSRegularExpression(pattern: "^(?:" + normalized + ")$", options: [.caseInsensitive])
    }

    /// Whether the rule matches the whole of `text` (already match-normalized).
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}
