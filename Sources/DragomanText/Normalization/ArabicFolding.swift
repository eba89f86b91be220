/// The scalar-level rules that ICU does not do: Arabic folding and cleanup.
///
/// Returns nil to drop the scalar, or its replacement (itself when no rule applies).
@inline(__always)
func fold(_ value: UInt32, _ rules: NormalizationRules) -> UInt32? {
    if value < 0x80 { return value }
    switch value {
    case 0x00A0, 0x2007, 0x202F:
        return rules.contains(.noBreakSpaces) ? 0x20 : value
    case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
        return rules.contains(.bidiControls) ? nil : value
    case 0x200C, 0x200D:
        return rules.contains(.joiners) ? nil : value
    case 0x064B...0x065F:
        return rules.contains(.harakat) ? nil : value
    case 0x0670:
        return rules.contains(.superscriptAlef) ? nil : value
    case 0x0640:
        return rules.contains(.tatweel) ? nil : value
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
        return rules.contains(.alefVariants) ? 0x0627 : value
    case 0x0649:
        return rules.contains(.alefMaksura) ? 0x064A : value
    case 0x0629:
        return rules.contains(.tehMarbuta) ? 0x0647 : value
    case 0x06CC:
        return rules.contains(.persianLetters) ? 0x064A : value
    case 0x06A9:
        return rules.contains(.persianLetters) ? 0x0643 : value
    case 0x06C1, 0x06D5, 0x06C0:
        return rules.contains(.persianLetters) ? 0x0647 : value
    case 0x0660...0x0669:
        return rules.contains(.digits) ? value - 0x0660 + 0x30 : value
    case 0x06F0...0x06F9:
        return rules.contains(.digits) ? value - 0x06F0 + 0x30 : value
    case 0x066A:
        return rules.contains(.punctuation) ? 0x25 : value
    case 0x066B:
        return rules.contains(.punctuation) ? 0x2E : value
    case 0x066C:
        return rules.contains(.punctuation) ? 0x2C : value
    default:
        return value
    }
}
