import Synchronization

extension SimpleWordBreaks {
    /// Per ICU locale, whether the fast path gives the same tokens as ICU on `calibration` (checked once per
    /// process and locale: a locale or an ICU version that tailors these characters differently keeps ICU).
    private static let agreement = Mutex<[String: Bool]>([:])

    /// Whether the fast path gives `tokenizer`'s ICU tokens on every simple character in every context that
    /// matters (`calibration`).
    static func agrees(with tokenizer: Tokenizer, locale: String) -> Bool {
        if let known = agreement.withLock({ $0[locale] }) { return known }
        var text = calibration
        let agrees = text.withUTF8 { bytes in
            var fast: [TokenSpan] = []
            var icu: [TokenSpan] = []
            tokenizer.icuSpans(bytes, 0..<bytes.count, into: &icu)
            return spans(bytes, 0..<bytes.count, into: &fast) && fast == icu
        }
        agreement.withLock { $0[locale] = agrees }
        return agrees
    }

    /// Every character the fast path accepts, next to letters, digits, white space and itself: a letter or digit
    /// between letters and digits of both scripts, punctuation alone and doubled, a `mid` only where it does not
    /// stand between two letters or digits.
    static let calibration: String = {
        var scalars: [Unicode.Scalar] = []
        for value in Array(0x21...0x7E) + Array(0x80...0x7FF) + Array(0x2000...0x206F) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let kind = classOf(UInt32(value))
            if kind != .complex && kind != .space { scalars.append(scalar) }
        }
        var text = "a\tb\nc\r\nd\u{0B}e\u{0C}f  g\n\n1 \t ٢"
        for scalar in scalars {
            let x = String(scalar)
            let kind = classOf(scalar.value)
            var contexts = ["a\(x)", "\(x)a", "1\(x)", "\(x)1", "ب\(x)", "\(x)٣", "\(x)\(x)", "\(x)", "(\(x))"]
            switch kind {
            case .mid: contexts += ["a\(x)\(x)b", "1\(x) 2", "ب \(x)٣"]
            case .other:
                contexts += ["a\(x)b", "1\(x)2", "ب\(x)٣", "a.\(x)", "\(x).a", "1,\(x)", "\(x)'a", "\(x)\(x)\(x)"]
            default: contexts += ["a\(x)b", "1\(x)2", "a\(x)1", "1\(x)a", "ب\(x)ب", "٣\(x)٣", "ب\(x)٣", "\(x)\(x)\(x)"]
            }
            text += " " + contexts.joined(separator: " ")
        }
        return text
    }()
}
