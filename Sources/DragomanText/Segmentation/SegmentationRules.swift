import Foundation

/// Language data for segmentation: abbreviations that do not end sentences.
///
/// Kept as data files (`Rules/abbreviations-LANG.txt`) so a language or a house style is added by editing a list,
/// not code.
public struct SegmentationRules: Sendable {
    /// Lower-cased abbreviations with their final dot, by language.
    public var abbreviations: [String: Set<String>]

    /// Rules from explicit lists.
    public init(abbreviations: [String: Set<String>]) { self.abbreviations = abbreviations }

    /// The rules shipped with Dragoman.
    public static let bundled: SegmentationRules = {
        var lists: [String: Set<String>] = [:]
        for language in ["ar", "en"] {
            guard
                let url = Bundle.module.url(
                    forResource: "abbreviations-\(language)", withExtension: "txt", subdirectory: "Rules"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { continue }
            lists[language] = Set(
                text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        }
        return SegmentationRules(abbreviations: lists)
    }()

    /// Whether `word` (with its final dot) is an abbreviation that does not end a sentence, in any language.
    func isAbbreviation(_ word: Substring) -> Bool {
        guard word.hasSuffix("."), word.count >= 2 else { return false }
        let lowered = word.lowercased()
        for list in abbreviations.values where list.contains(lowered) { return true }
        // Dotted letter chains: "د." "J." "U.S." "أ.د." "e.g."
        let parts = word.dropLast().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.count == 1 && $0.unicodeScalars.allSatisfy(\.properties.isAlphabetic) }) else {
            return false
        }
        if parts.count >= 2 { return true }
        // A single letter: Arabic letters always (Arabic has no one-letter sentence-final words), Latin capitals
        // (initials) only.
        let scalar = parts[0].unicodeScalars.first!
        return (0x0600...0x06FF).contains(scalar.value) || scalar.properties.isUppercase
    }
}
