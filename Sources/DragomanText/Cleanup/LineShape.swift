/// What a stand-alone segment looks like, without its wording: words, function words, sentence punctuation,
/// letters, separators. The cleanup's context pass classifies segments from it.
///
/// Computed on the segment's `match` form with white space collapsed (the detector's key), so Arabic and Latin,
/// Arabic-Indic and ASCII digits, look the same.
struct LineShape {
    /// Words (runs between single spaces).
    let words: Int
    /// Words of two letters or more found in the function-word lists (alone, or after a و/ف conjunction); a single
    /// letter is not counted (`A+`, `A-` are font buttons, not the article "a").
    let functionWords: Int
    /// Ends with sentence punctuation (. ! ? ؟ …), closing quotes and brackets allowed after it.
    let terminal: Bool
    /// Ends with a question mark.
    let question: Bool
    /// Has at least one letter.
    let letters: Bool
    /// The items of a navigation trail (`الرئيسية › أخبار › محافظات`, `Home | News | Sport`), or 0.
    let trailItems: Int

    /// The most words a button, a section name or a social network's name has.
    static let buttonWords = 3
    /// The most words an item of a navigation trail has.
    static let trailItemWords = 4

    /// The shape of `key` (match-normalized, spaces collapsed); `functionWords` in `match` form.
    init(key: String, functionWords list: Set<String>) {
        var words = 0
        var functionWords = 0
        var letters = false
        for word in key.split(separator: " ") {
            words += 1
            let bare = Self.trimmed(word)
            if bare.isEmpty { continue }
            if bare.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { letters = true }
            if Self.isFunctionWord(bare, in: list) { functionWords += 1 }
        }
        self.words = words
        self.functionWords = functionWords
        self.letters = letters
        var key = key
        let (terminal, question) = key.withUTF8 { bytes -> (Bool, Bool) in
            let whole = 0..<bytes.count
            guard endsWithTerminal(bytes, whole) else { return (false, false) }
            var end = bytes.count
            while end > 0 {
                let start = previousScalarStart(bytes, before: end)
                let value = decodeScalar(bytes, at: start).value
                if value == 0x3F || value == 0x061F { return (true, true) }
                if value == 0x2E || value == 0x21 || value == 0x2026 { return (true, false) }
                end = start
            }
            return (true, false)
        }
        self.terminal = terminal
        self.question = question
        self.trailItems = Self.trailItems(key)
    }

    /// One or two (up to `buttonWords`) words with letters, no sentence punctuation and no function word: a
    /// button, a section name, a social network, a form label — or a crosshead, which context tells apart.
    var isButton: Bool { letters && !terminal && words <= Self.buttonWords && functionWords == 0 }

    /// A navigation trail: items of at most four words between trail separators.
    var isTrail: Bool { trailItems > 0 }

    /// `word` without the punctuation around it (quotes, brackets, commas, colons).
    private static func trimmed(_ word: Substring) -> Substring {
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: isWordScalar) else { return "" }
        let last = scalars.lastIndex(where: isWordScalar)!
        return Substring(scalars[first...last])
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isFunctionWord(_ word: Substring, in list: Set<String>) -> Bool {
        if word.unicodeScalars.count < 2 { return false }
        if list.contains(String(word)) { return true }
        // A conjunction written onto the word: وفي, فإن, والتي.
        if let first = word.unicodeScalars.first, first == "و" || first == "ف", word.unicodeScalars.count > 2 {
            return list.contains(String(word.unicodeScalars.dropFirst()))
        }
        return false
    }

    /// The items of a navigation trail: words between separators standing alone (spaces around them). `›` and
    /// `»` separate a trail even between two items; `|`, `/`, `>`, `•`, `·` and `\` only between three or more, since
    /// the two halves around one of them are often a headline and its label.
    private static func trailItems(_ key: String) -> Int {
        var items = 1
        var strong = false
        var wordsInItem = 0
        for token in key.split(separator: " ") {
            switch token {
            case "›", "»":
                strong = true
                fallthrough
            case "|", "/", ">", "•", "·", "\\":
                if wordsInItem == 0 { return 0 }
                items += 1
                wordsInItem = 0
            default:
                wordsInItem += 1
                if wordsInItem > trailItemWords { return 0 }
            }
        }
        if wordsInItem == 0 || items < 2 { return 0 }
        return strong || items >= 3 ? items : 0
    }
}
