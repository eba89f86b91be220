/// What a stand-alone segment looks like, without its wording: words, function words, sentence punctuation,
/// letters, separators. The cleanup's context pass classifies segments from it.
///
/// Computed on the segment's `match` form with white space collapsed (the detector's key), so Arabic and Latin,
/// Arabic-Indic and ASCII digits, look the same. One pass over the UTF-8 bytes: it runs on every stand-alone line
/// of every document.
struct LineShape {
    /// Words (runs between single spaces).
    let words: Int
    /// Words of two letters or more found in the function-word lists (alone, or after a و/ف conjunction), counted
    /// only as far as the class depends on them: up to 1 for lines of up to three words and punctuated sentences,
    /// up to 2 for unpunctuated `sentence` segments, not at all for other lines. A single letter is not counted (`A+`, `A-` are font buttons, not the article "a").
    let functionWords: Int
    /// Ends with sentence punctuation (. ! ? ؟ …), closing quotes and brackets allowed after it.
    let terminal: Bool
    /// Ends with a question mark.
    let question: Bool
    /// Has at least one letter.
    let letters: Bool
    /// The items of a navigation trail (`الرئيسية › أخبار › محافظات`, `Home | News | Sport`), or 0.
    let trailItems: Int
    /// Has the copyright sign ©.
    let copyrightSign: Bool

    /// The most words a button, a section name or a social network's name has.
    static let buttonWords = 3
    /// The most words an item of a navigation trail has.
    static let trailItemWords = 4
    /// The function words, in `match` form, in an open-addressing table of their UTF-8 bytes: a lookup hashes the
    /// bytes in place (FNV-1a) and compares them, with no string made.
    struct FunctionWords {
        /// The words' bytes, one after another.
        private let storage: [UInt8]
        /// Per slot: the word's start in `storage` and its length, or (-1, 0) for an empty slot.
        private let slots: [(start: Int32, length: Int32)]
        private let mask: Int
        /// The longest word, in bytes.
        let longest: Int

        init(_ words: Set<String>) {
            var capacity = 16
            while capacity < words.count * 4 { capacity *= 2 }
            var storage: [UInt8] = []
            var slots = [(start: Int32, length: Int32)](repeating: (-1, 0), count: capacity)
            for word in words.sorted() {
                let bytes = Array(word.utf8)
                var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
                while slots[slot].start >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = (Int32(storage.count), Int32(bytes.count))
                storage += bytes
            }
            self.storage = storage
            self.slots = slots
            self.mask = capacity - 1
            self.longest = words.map(\.utf8.count).max() ?? 0
        }

        static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }

        /// Whether `word` is one of the words.
        func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard word.count <= longest else { return false }
            var slot = Self.hash(word) & mask
            while true {
                let (start, length) = slots[slot]
                if start < 0 { return false }
                if Int(length) == word.count
                    && storage[Int(start)..<Int(start) + Int(length)].elementsEqual(word)
                {
                    return true
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The most words of a line read for © and trail separators.
    static let longestNotice = 24
    private static let signFlag: UInt8 = 2
    private static let separatorFlag: UInt8 = 4
    /// Per byte value, the flags the first pass looks for.
    private static let byteFlags: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        table[0xA9] = signFlag
        for byte in [0x7C, 0x2F, 0x3E, 0x5C, 0xE2, 0xC2] { table[byte] = separatorFlag }
        return table
    }()

    /// The shape of `key` (match-normalized, spaces collapsed), a segment of `kind`.
    init(key: String, kind: Segment.Kind, functionWords list: FunctionWords) {
        var key = key
        var words = 0
        var functionWords = 0
        var letters = false
        var ending = (terminal: false, question: false)
        var trailItems = 0
        var copyrightSign = false
        key.withUTF8 { bytes in
            words = bytes.isEmpty ? 0 : ByteScan.spaces(bytes).count + 1
            // Lines of up to `longestNotice` words (buttons, trails, notices): one table load per byte, no branches,
            // for the second byte of © (C2 A9) and bytes that can begin a trail separator (| / > \ and the lead
            // bytes of › • » ·). A longer one-sentence paragraph is neither.
            var flags: UInt8 = 0
            if words <= Self.longestNotice {
                Self.byteFlags.withUnsafeBufferPointer { table in
                    for byte in bytes { flags |= table[Int(byte)] }
                }
            }
            copyrightSign =
                flags & Self.signFlag != 0
                && bytes.indices.dropFirst().contains { bytes[$0] == 0xA9 && bytes[$0 - 1] == 0xC2 }
            letters = Self.hasLetter(bytes, 0..<bytes.count)
            ending = Self.ending(bytes)
            trailItems = flags & Self.separatorFlag != 0 ? Self.trailItems(bytes) : 0
            guard words <= Self.buttonWords || ending.terminal || kind == .sentence else { return }
            let needed = words <= Self.buttonWords || ending.terminal ? 1 : 2
            var start = 0
            while start < bytes.count, functionWords < needed {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                if end - start >= 2 && end - start <= list.longest + 8 {
                    let bare = Self.trimmed(bytes, start..<end)
                    if bare.count <= list.longest + 2 && Self.isFunctionWord(bytes, bare, in: list) {
                        functionWords += 1
                    }
                }
                start = end + 1
            }
        }
        self.words = words
        self.functionWords = functionWords
        self.letters = letters
        self.terminal = ending.terminal
        self.question = ending.question
        self.trailItems = trailItems
        self.copyrightSign = copyrightSign
    }

    /// One or two (up to `buttonWords`) words with letters, no sentence punctuation and no function word: a
    /// button, a section name, a social network, a form label — or a crosshead, which context tells apart.
    var isButton: Bool { letters && !terminal && words <= Self.buttonWords && functionWords == 0 }

    /// A navigation trail: items of at most four words between trail separators, 24 words at most in all.
    var isTrail: Bool { trailItems > 0 }

    /// The range of `word` without the punctuation around it (quotes, brackets, commas, colons).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int> {
        var start = word.lowerBound
        var end = word.upperBound
        while start < end {
            let (value, length) = decodeScalar(bytes, at: start)
            if isWordScalar(value) { break }
            start += length
        }
        while end > start {
            let previous = previousScalarStart(bytes, before: end)
            if isWordScalar(decodeScalar(bytes, at: previous).value) { break }
            end = previous
        }
        return start..<end
    }

    /// Whether the word at `range` has a letter.
    private static func hasLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = decodeScalar(bytes, at: index)
            if isLetter(value) { return true }
            index += length
        }
        return false
    }

    /// ASCII and Arabic letters without a table lookup; Unicode's Alphabetic property for the rest.
    private static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        if value &- 0x0621 <= 0x064A - 0x0621 || value &- 0x0671 <= 0x06D3 - 0x0671 { return true }
        return Unicode.Scalar(value)?.properties.isAlphabetic == true
    }

    private static func isWordScalar(_ value: UInt32) -> Bool {
        if isLetter(value) { return true }
        if value < 0x80 { return value &- 0x30 < 10 }
        return Unicode.Scalar(value)?.properties.numericType != nil
    }

    /// Whether the word at `range` is a function word of two letters or more, alone or after و/ف (U+0648, U+0641).
    private static func isFunctionWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in list: FunctionWords
    ) -> Bool {
        // One ASCII letter, or one Arabic letter (two bytes): not counted.
        guard range.count >= 2, !(range.count == 2 && bytes[range.lowerBound] >= 0xC0) else { return false }
        func lookUp(_ range: Range<Int>) -> Bool { list.contains(UnsafeBufferPointer(rebasing: bytes[range])) }
        if lookUp(range) { return true }
        // A conjunction written onto the word: وفي, فإن, والتي (two letters at least left).
        if range.count >= 6, bytes[range.lowerBound] == 0xD9,
            bytes[range.lowerBound + 1] == 0x88 || bytes[range.lowerBound + 1] == 0x81
        {
            return lookUp(range.lowerBound + 2..<range.upperBound)
        }
        return false
    }

    /// Whether the text ends with sentence punctuation, and whether that is a question mark.
    private static func ending(_ bytes: UnsafeBufferPointer<UInt8>) -> (terminal: Bool, question: Bool) {
        guard endsWithTerminal(bytes, 0..<bytes.count) else { return (false, false) }
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

    /// The items of a navigation trail: words between separators standing alone (spaces around them). `›` and
    /// `»` separate a trail even between two items; `|`, `/`, `>`, `•`, `·` and `\` only between three or more, since
    /// the two halves around one of them are often a headline and its label.
    private static func trailItems(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var items = 1
        var strong = false
        var wordsInItem = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let length = end - start
            let first = bytes[start]
            start = end + 1
            if length == 0 { continue }
            // › (E2 80 BA) and » (C2 BB); | / > \; • (E2 80 A2) and · (C2 B7).
            let last = bytes[end - 1]
            let isStrong =
                (length == 3 && first == 0xE2 && last == 0xBA) || (length == 2 && first == 0xC2 && last == 0xBB)
            let isWeak =
                (length == 1 && (first == 0x7C || first == 0x2F || first == 0x3E || first == 0x5C))
                || (length == 3 && first == 0xE2 && last == 0xA2) || (length == 2 && first == 0xC2 && last == 0xB7)
            if (isStrong || isWeak) && (length < 3 || bytes[end - 2] == 0x80) {
                if wordsInItem == 0 { return 0 }
                strong = strong || isStrong
                items += 1
                wordsInItem = 0
            } else {
                wordsInItem += 1
                if wordsInItem > trailItemWords { return 0 }
            }
        }
        if wordsInItem == 0 || items < 2 { return 0 }
        return strong || items >= 3 ? items : 0
    }
}
