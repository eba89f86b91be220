import CICU

/// ICU normalization of UTF-16 text that also tells, for each output unit, which input units produced it.
///
/// ICU itself has no offset-mapping API; the shim normalizes chunk by chunk between normalization boundaries, so the
/// map is exact at chunk granularity (a letter and its combining marks), which is what offset reporting needs.
public enum UnicodeNormalizer {
    /// The normalization forms Dragoman uses.
    public enum Form: Int32, Sendable {
        /// Canonical composition.
        case nfc = 0
        /// Compatibility composition.
        case nfkc = 1
        /// NFKC with case folding and removal of default-ignorable characters.
        case nfkcCasefold = 2
        /// NFC, with NFKC only for Arabic presentation forms and Latin ligatures.
        case nfcWithArabicCompatibility = 3
    }

    /// The normalized units, and for each the half-open range of source units it came from.
    public struct Result: Sendable {
        /// The normalized UTF-16 text.
        public var units: [UInt16]
        /// `sourceStart[i]..<sourceEnd[i]` is the source range of `units[i]`.
        public var sourceStart: [Int32]
        /// See `sourceStart`.
        public var sourceEnd: [Int32]
    }

    /// Normalizes `source` to `form`, keeping the offset map.
    public static func normalize(_ source: UnsafeBufferPointer<UInt16>, form: Form) throws(ICUError) -> Result {
        var capacity = source.count + source.count / 4 + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var starts = [Int32](repeating: 0, count: capacity)
            var ends = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let produced = units.withUnsafeMutableBufferPointer { u in
                starts.withUnsafeMutableBufferPointer { s in
                    ends.withUnsafeMutableBufferPointer { e in
                        dm_normalize_mapped(
                            form.rawValue, source.baseAddress, Int32(source.count), u.baseAddress, s.baseAddress,
                            e.baseAddress, Int32(capacity), &status)
                    }
                }
            }
            if produced < 0 { throw ICUError("normalize text to \(form)", status: status) }
            if Int(produced) <= capacity {
                units.removeSubrange(Int(produced)...)
                starts.removeSubrange(Int(produced)...)
                ends.removeSubrange(Int(produced)...)
                return Result(units: units, sourceStart: starts, sourceEnd: ends)
            }
            capacity = Int(produced)
        }
    }
}
