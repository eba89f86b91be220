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
    /// What happens to each scalar below `ScalarTable.limit` (ASCII, Latin, Arabic): its folded value, or that it
    /// is removed, or that it needs ICU. Scalars above go through `entry(for:)`.
    private let table: [UInt32]

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
        switch rules {
        case .match: table = Self.matchTable
        case .display: table = Self.displayTable
        default: table = Self.table(form: form, rules: rules)
        }
    }

    private static let matchTable = table(form: .nfkcCasefold, rules: .match)
    private static let displayTable = table(form: .nfcWithArabicCompatibility, rules: .display)

    private static func table(form: UnicodeNormalizer.Form?, rules: NormalizationRules) -> [UInt32] {
        (0..<ScalarTable.limit).map { entry(for: $0, form: form, rules: rules) }
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

    /// Flags of a scalar table entry; the low 21 bits hold the folded value.
    enum ScalarTable {
        static let limit: UInt32 = 0x0700
        static let needsICU: UInt32 = 1 << 31
        static let removed: UInt32 = 1 << 30
        static let valueMask: UInt32 = 0x1F_FFFF
    }

    /// The table entry of a scalar: ICU's part (whether the scalar is inert for `form`; case folding of inert
    /// scalars), then the Arabic folding rules.
    private static func entry(for value: UInt32, form: UnicodeNormalizer.Form?, rules: NormalizationRules) -> UInt32 {
        if form != nil, !isInert(value) { return ScalarTable.needsICU }
        var v = value
        if form == .nfkcCasefold {
            if v >= 0x41 && v <= 0x5A {
                v += 0x20
            } else if v == 0xA0 {
                v = 0x20
            } else if (0x200C...0x200F).contains(v) || v == 0x061C || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            {
                return ScalarTable.removed
            }
        }
        return fold(v, rules) ?? ScalarTable.removed
    }

    /// Whether ICU leaves `value` unchanged whatever its neighbours are (for each of the forms Dragoman uses).
    private static func isInert(_ value: UInt32) -> Bool {
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
        normalize(utf8: source, base: base, into: &output)
        return output.finish(originBounds: base..<(base + source.count))
    }

    /// Appends the normalization of `source` to `output`, mapped to original offsets from `base`.
    func normalize(utf8 source: UnsafeBufferPointer<UInt8>, base: Int, into output: inout MappedOutput) {
        let count = source.count
        table.withUnsafeBufferPointer { table in
            // A scalar is handled directly when it and its successor are inert (so nothing composes across them);
            // runs of the others, with the inert scalar before them, go through ICU. An inert scalar waits as
            // `pending` until the next one shows which way it goes.
            var index = 0
            var slowStart = -1
            var pendingStart = -1
            var pendingEntry: UInt32 = 0
            var pendingEnd = 0
            while index < count {
                let lead = source[index]
                let value: UInt32
                let length: Int
                if lead < 0x80 {
                    (value, length) = (UInt32(lead), 1)
                } else {
                    (value, length) = decodeScalar(source, at: index)
                }
                let entry =
                    value < ScalarTable.limit ? table[Int(value)] : Self.entry(for: value, form: form, rules: rules)
                if entry & ScalarTable.needsICU == 0 {
                    if slowStart >= 0 {
                        normalizeWithICU(source, slowStart..<index, base: base, &output)
                        slowStart = -1
                    } else if pendingStart >= 0 {
                        Self.emit(entry: pendingEntry, pendingStart + base, pendingEnd + base, &output)
                    }
                    pendingStart = index
                    pendingEntry = entry
                    pendingEnd = index + length
                } else if pendingStart >= 0 {
                    slowStart = pendingStart
                    pendingStart = -1
                } else if slowStart < 0 {
                    slowStart = index
                }
                index += length
            }
            if slowStart >= 0 {
                normalizeWithICU(source, slowStart..<count, base: base, &output)
            } else if pendingStart >= 0 {
                Self.emit(entry: pendingEntry, pendingStart + base, pendingEnd + base, &output)
            }
        }
    }

    @inline(__always)
    private static func emit(entry: UInt32, _ start: Int, _ end: Int, _ output: inout MappedOutput) {
        guard entry & ScalarTable.removed == 0 else { return }
        output.append(
            entry & ScalarTable.valueMask, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end))
    }

    /// Runs ICU over a run of UTF-8 and emits the folded result with ICU's chunk-level map.
    private func normalizeWithICU(
        _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, base: Int, _ output: inout MappedOutput
    ) {
        // UTF-16 for ICU with the UTF-8 offset of every unit (runs that need ICU are short and rare).
        let scratch = UTF16Scratch()
        let count = scratch.fill(source, range)
        let unitOffsets = scratch.offsets
        guard let form, let result = try? UnicodeNormalizer.normalize(scratch.buffer(count), form: form) else {
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
                value, Int(unitOffsets[Int(result.sourceStart[k])]) + base,
                Int(unitOffsets[Int(result.sourceEnd[last])]) + base, rules, &output)
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
