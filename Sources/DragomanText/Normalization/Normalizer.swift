import DragomanICU

/// Normalizes text by a set of rules and keeps an offset map back to the original.
///
/// ICU does the Unicode normalization (NFC, Arabic compatibility forms or NFKC_Casefold); Dragoman's Arabic folding
/// runs on the result. Both steps carry the map, so every normalized byte knows its original UTF-8 range.
///
/// Most scalars of Arabic and English news are unaffected by Unicode normalization (they are "inert": no
/// decomposition, no composition with a neighbour, no case). Those are folded directly; only runs around the others
/// (harakat, presentation forms, accented or upper-case Latin) go through ICU, so the result is exactly ICU's while
/// the cost stays close to a copy.
public struct Normalizer: Sendable {
    /// The rules applied.
    public let rules: NormalizationRules
    private let form: UnicodeNormalizer.Form?

    /// A normalizer with explicit rules.
    public init(rules: NormalizationRules) {
        self.rules = rules
        if rules.contains(.caseFold) {
            form = .nfkcCasefold
        } else if rules.contains(.arabicCompatibility) {
            form = .nfcWithArabicCompatibility
        } else if rules.contains(.composition) {
            form = .nfc
        } else {
            form = nil
        }
    }

    /// A normalizer for a profile.
    public init(profile: NormalizationProfile) { self.init(rules: profile.rules) }

    /// Normalizes `text`; original offsets are reported relative to its start plus `base`.
    public func normalize(_ text: String, base: Int = 0) -> NormalizedText {
        normalize(Substring(text), base: base)
    }

    /// Normalizes a slice of a larger text; pass its UTF-8 start as `base` to map into the larger text.
    public func normalize(_ text: Substring, base: Int = 0) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(utf8: $0, base: base) }
    }

    /// Whether ICU leaves `value` unchanged whatever its neighbours are (for the ICU form in use).
    @inline(__always)
    private func isInert(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F: return true  // ASCII (upper case is folded directly)
        case 0x00A0: return true  // NFKC maps it to a space, as the no-break-space rule does
        case 0x0621...0x063A, 0x0640...0x064A, 0x0660...0x066D, 0x060C, 0x061B, 0x061F, 0x06A9, 0x06CC, 0x06C1,
            0x06D5, 0x06F0...0x06F9:
            return true
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x00AB, 0x00BB:
            return true
        case 0x200C...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return true  // controls: removed by NFKC_Casefold, or by the bidi and joiner rules
        default:
            return false
        }
    }

    private func normalize(utf8 source: UnsafeBufferPointer<UInt8>, base: Int) -> NormalizedText {
        var output = MappedOutput(capacity: source.count + 16)
        let fold = rules.contains(.caseFold)
        let count = source.count

        var index = 0
        var slowStart = -1  // start of a run that needs ICU, or -1
        // The current scalar, decoded once: the look-ahead of one step is the current scalar of the next.
        var value: UInt32 = 0
        var length = 0
        var inert = true
        if count > 0 {
            (value, length) = decodeScalar(source, at: 0)
            inert = form == nil || isInert(value)
        }
        while index < count {
            let next = index + length
            var nextValue: UInt32 = 0
            var nextLength = 0
            var nextInert = true
            if next < count {
                let lead = source[next]
                if lead < 0x80 {
                    nextValue = UInt32(lead)
                    nextLength = 1
                } else {
                    (nextValue, nextLength) = decodeScalar(source, at: next)
                    nextInert = form == nil || isInert(nextValue)
                }
            }
            // A scalar is handled directly when it and its successor are inert (so nothing composes across them).
            if inert && nextInert {
                if slowStart >= 0 {
                    // An inert scalar ends the run that needs ICU.
                    normalizeWithICU(source, slowStart..<index, base: base, &output)
                    slowStart = -1
                }
                var v = value
                var keep = true
                if fold {
                    if v >= 0x41 && v <= 0x5A {
                        v += 0x20
                    } else if v == 0xA0 {
                        v = 0x20
                    } else if (0x200C...0x200F).contains(v) || v == 0x061C || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v)
                    {
                        keep = false
                    }
                }
                if keep { Self.emit(v, index + base, next + base, rules, &output) }
            } else if slowStart < 0 {
                slowStart = index
            }
            index = next
            value = nextValue
            length = nextLength
            inert = nextInert
        }
        if slowStart >= 0 { normalizeWithICU(source, slowStart..<count, base: base, &output) }
        return output.finish(originBounds: base..<(base + count))
    }

    /// Runs ICU over a run of UTF-8 and emits the folded result with ICU's chunk-level map.
    private func normalizeWithICU(
        _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, base: Int, _ output: inout MappedOutput
    ) {
        var units: [UInt16] = []
        var unitOffsets: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = decodeScalar(source, at: index)
            if value > 0xFFFF {
                let v = value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                unitOffsets.append(index)
                unitOffsets.append(index)
            } else {
                units.append(UInt16(value))
                unitOffsets.append(index)
            }
            index += length
        }
        unitOffsets.append(range.upperBound)
        guard let form,
            let result = try? units.withUnsafeBufferPointer({ try UnicodeNormalizer.normalize($0, form: form) })
        else {
            var i = range.lowerBound
            while i < range.upperBound {
                let (value, length) = decodeScalar(source, at: i)
                Self.emit(value, i + base, i + length + base, rules, &output)
                i += length
            }
            return
        }
        var k = 0
        let normalized = result.units
        while k < normalized.count {
            var value = UInt32(normalized[k])
            var last = k
            if value & 0xFC00 == 0xD800, k + 1 < normalized.count, normalized[k + 1] & 0xFC00 == 0xDC00 {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(normalized[k + 1]) - 0xDC00)
                last = k + 1
            }
            Self.emit(
                value, unitOffsets[Int(result.sourceStart[k])] + base, unitOffsets[Int(result.sourceEnd[last])] + base,
                rules, &output)
            k = last + 1
        }
    }

    /// Folds a scalar and appends its UTF-8 with its original range (or nothing, when a rule removes it).
    @inline(__always)
    private static func emit(
        _ value: UInt32, _ start: Int, _ end: Int, _ rules: NormalizationRules, _ output: inout MappedOutput
    ) {
        guard let folded = fold(value, rules) else { return }
        output.append(folded, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end))
    }
}
