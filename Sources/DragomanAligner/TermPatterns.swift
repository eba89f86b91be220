/// Terms as sequences of alignment tokens, found in a sentence by their first token.
///
/// Equal sequences are stored once, so a term given twice (or a glossary form equal to a candidate) shares its
/// evidence. Tokens marked `skippable` (the Arabic clitic markers) are left out of patterns and passed over between
/// a pattern's tokens in the text, so سعال جاف matches السعال الجاف and وسعال جاف alike.
struct TermPatterns {
    /// Per token id, whether it is passed over; empty for none.
    let skippable: [Bool]

    init(skippable: [Bool] = []) { self.skippable = skippable }

    private(set) var patterns: [[UInt32]] = []
    private var indexOf: [[UInt32]: Int] = [:]
    private var byFirst: [UInt32: [Int]] = [:]

    /// The index of `pattern` (skippable tokens dropped; it must keep one), adding it when new.
    mutating func add(_ pattern: [UInt32]) -> Int {
        let pattern = skippable.isEmpty ? pattern : pattern.filter { !skippable[Int($0)] }
        if let index = indexOf[pattern] { return index }
        let index = patterns.count
        patterns.append(pattern)
        indexOf[pattern] = index
        byFirst[pattern[0], default: []].append(index)
        return index
    }

    var count: Int { patterns.count }

    /// Calls `body(pattern, start, end)` for every occurrence of every pattern in `tokens`; `start..<end` runs
    /// from its first token to its last (skipped tokens before the first are outside).
    func forEachMatch(in tokens: [UInt32], _ body: (Int, Int, Int) -> Void) {
        guard !byFirst.isEmpty else { return }
        for start in tokens.indices {
            guard let candidates = byFirst[tokens[start]] else { continue }
            for index in candidates {
                let pattern = patterns[index]
                var position = start + 1
                var matched = true
                for k in 1..<pattern.count {
                    while position < tokens.count, !skippable.isEmpty, skippable[Int(tokens[position])] {
                        position += 1
                    }
                    guard position < tokens.count, tokens[position] == pattern[k] else {
                        matched = false
                        break
                    }
                    position += 1
                }
                if matched { body(index, start, position) }
            }
        }
    }
}
