import DragomanText

/// Splits text into the tokens ROUGE counts: runs of letters, marks and digits in any script, lowercased.
///
/// On English text this is exactly the tokenizer of Google's `rouge-score` (lowercase, keep `[a-z0-9]` runs, no
/// stemming); unlike it, Arabic (and every other script) is kept instead of silently dropped. With `match`
/// normalization, spelling variants (hamza forms, alef maksura, teh marbuta, harakat, tatweel, Arabic digits)
/// count as the same token.
public struct RougeTokenizer: Sendable {
    /// Whether text is `match`-normalized before splitting.
    public let normalize: Bool
    private let normalizer = Normalizer(profile: .match)

    /// A tokenizer; `normalize` applies `match` normalization first.
    public init(normalize: Bool = false) { self.normalize = normalize }

    /// The tokens of `text`.
    public func tokens(_ text: String) -> [String] {
        let folded = normalize ? normalizer.normalize(text).text : text.lowercased()
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            // Tatweel stretches a word: dropped, without splitting it.
            if scalar.value == 0x0640 { continue }
            if Self.isTokenScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
