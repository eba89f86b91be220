import DragomanICU

/// Normalizes text by a set of rules and keeps an offset map back to the original.
///
/// ICU does the Unicode normalization (NFC, Arabic compatibility forms or NFKC_Casefold); Dragoman's Arabic folding
/// runs on the result. Both steps carry the map, so every normalized byte knows its original UTF-8 range.
public struct Normalizer: Sendable {
    /// The rules applied.
    public let rules: NormalizationRules

    /// A normalizer with explicit rules.
    public init(rules: NormalizationRules) { self.rules = rules }

    /// A normalizer for a profile.
    public init(profile: NormalizationProfile) { self.rules = profile.rules }

    private var icuForm: UnicodeNormalizer.Form? {
        if rules.contains(.caseFold) { return .nfkcCasefold }
        if rules.contains(.arabicCompatibility) { return .nfcWithArabicCompatibility }
        if rules.contains(.composition) { return .nfc }
        return nil
    }

    /// Normalizes `text`; original offsets are reported relative to its start plus `base`.
    public func normalize(_ text: String, base: Int = 0) -> NormalizedText {
        normalize(Substring(text), base: base)
    }

    /// Normalizes a slice of a larger text; pass its UTF-8 start as `base` to map into the larger text.
    public func normalize(_ text: Substring, base: Int = 0) -> NormalizedText {
        // UTF-16 for ICU, with the UTF-8 offset of every UTF-16 unit.
        var units: [UInt16] = []
        var unitOffsets: [Int32] = []
        units.reserveCapacity(text.utf8.count)
        unitOffsets.reserveCapacity(text.utf8.count + 1)
        var offset = Int32(base)
        for scalar in text.unicodeScalars {
            let width = Int32(UTF8.width(scalar))
            if scalar.value > 0xFFFF {
                let encoded = UTF16.encode(scalar)!
                units.append(encoded[encoded.startIndex])
                units.append(encoded[encoded.index(after: encoded.startIndex)])
                unitOffsets.append(offset)
                unitOffsets.append(offset)
            } else {
                units.append(UInt16(scalar.value))
                unitOffsets.append(offset)
            }
            offset += width
        }
        unitOffsets.append(offset)
        let end = Int(offset)

        var normalizedUnits = units
        var sourceStart: [Int32]
        var sourceEnd: [Int32]
        if let form = icuForm,
            let result = try? units.withUnsafeBufferPointer({ try UnicodeNormalizer.normalize($0, form: form) })
        {
            normalizedUnits = result.units
            sourceStart = result.sourceStart
            sourceEnd = result.sourceEnd
        } else {
            sourceStart = (0..<Int32(units.count)).map { $0 }
            sourceEnd = (0..<Int32(units.count)).map { $0 + 1 }
        }

        // Arabic folding, scalar by scalar, writing UTF-8 and the map.
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        bytes.reserveCapacity(normalizedUnits.count * 2)
        starts.reserveCapacity(normalizedUnits.count * 2)
        ends.reserveCapacity(normalizedUnits.count * 2)
        var index = 0
        let count = normalizedUnits.count
        while index < count {
            var value = UInt32(normalizedUnits[index])
            var last = index
            if value & 0xFC00 == 0xD800, index + 1 < count, normalizedUnits[index + 1] & 0xFC00 == 0xDC00 {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(normalizedUnits[index + 1]) - 0xDC00)
                last = index + 1
            }
            let originStart = unitOffsets[Int(sourceStart[index])]
            let originEnd = unitOffsets[Int(sourceEnd[last])]
            index = last + 1
            guard let folded = fold(value, rules), let scalar = Unicode.Scalar(folded) else { continue }
            if folded < 0x80 {
                bytes.append(UInt8(folded))
                starts.append(originStart)
                ends.append(originEnd)
            } else {
                for byte in UTF8.encode(scalar)! {
                    bytes.append(byte)
                    starts.append(originStart)
                    ends.append(originEnd)
                }
            }
        }
        return NormalizedText(
            text: String(decoding: bytes, as: UTF8.self), originStart: starts, originEnd: ends,
            originBounds: base..<end)
    }
}
