extension BoilerplateDetector {
    /// The most words a label before a headline has (`عاجل`, `BREAKING NEWS`, `خاص بالفيديو`).
    static let prefixWords = 4

    /// Records a label before the headline (`عاجل | …`, `BREAKING: …`) as the document's headline prefix: the text
    /// before a separator (`|`, `:`, `-`, `–`, `—`) in the title's first four words, when a rule of scope `prefix`
    /// matches it whole.
    /// The headline stays a content line; `Document.title` starts after the prefix.
    func findHeadlinePrefix(_ document: inout Document) {
        guard document.headlinePrefix == nil, !prefixRules.isEmpty, let title = document.title else { return }
        let normalized = document.normalized
        let range = normalized.normalizedRange(ofOriginal: title.range)
        var text = String(normalized.text(in: range))
        let found = text.withUTF8 { bytes -> (rule: BoilerplateRule, labelEnd: Int, cut: Int)? in
            var words = 1
            var index = 0
            while index < bytes.count, words <= Self.prefixWords {
                let byte = bytes[index]
                if byte == 0x20 { words += 1 }
                let separator = Self.separatorLength(bytes, at: index)
                if separator > 0, index > 0 {
                    let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<index]), as: UTF8.self)
                    if let key = collapsed(Substring(label), maximumWords: Self.prefixWords),
                        let rule = prefixRule(matching: key)
                    {
                        var end = index + separator
                        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                        // Something must be left: a headline, not a label alone.
                        return end < bytes.count ? (rule, index, end) : nil
                    }
                }
                index += 1
            }
            return nil
        }
        guard let found else { return }
        let labelEnd = normalized.originalRange(of: range.lowerBound..<range.lowerBound + found.labelEnd).upperBound
        let cut = normalized.originalRange(of: range.lowerBound..<range.lowerBound + found.cut).upperBound
        let label = document.source.text.slice(utf8: title.range.lowerBound..<labelEnd)
        document.headlinePrefix = HeadlinePrefix(
            text: String(label).trimmingSpaces(), rule: found.rule.label, segment: title.index,
            range: title.range.lowerBound..<cut)
    }

    /// The rule of scope `prefix` that matches the whole of `key`, if any.
    private func prefixRule(matching key: String) -> BoilerplateRule? {
        guard let rule = firstMatch(key), rule.scope == .prefix else { return nil }
        return rule
    }

    /// The length of the separator at `index` (`|`, `:`, `-`, `–`, `—`), or 0.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x7C, 0x3A, 0x2D: return 1
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):
            return 3
        default: return 0
        }
    }
}

extension String {
    /// The string without spaces at either end.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
