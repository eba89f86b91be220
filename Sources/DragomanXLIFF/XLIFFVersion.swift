/// An XLIFF version Dragoman writes and reads.
///
/// 1.2 is the version every CAT tool opens (OmegaT, Trados, memoQ, Phrase, Okapi); 2.x is for tools that take it.
/// 2.0 and 2.1 share one core namespace; 2.2 has its own.
public enum XLIFFVersion: String, CaseIterable, Sendable {
    /// XLIFF 1.2 (OASIS Standard, 2008).
    case v1_2 = "1.2"
    /// XLIFF 2.0 (OASIS Standard, 2014).
    case v2_0 = "2.0"
    /// XLIFF 2.1 (OASIS Standard, 2018): 2.0 plus the ITS module.
    case v2_1 = "2.1"
    /// XLIFF 2.2 (OASIS Committee Specification 01, 2025).
    case v2_2 = "2.2"

    /// The namespace of the core elements.
    public var namespace: String {
        switch self {
        case .v1_2: return "urn:oasis:names:tc:xliff:document:1.2"
        case .v2_0, .v2_1: return "urn:oasis:names:tc:xliff:document:2.0"
        case .v2_2: return "urn:oasis:names:tc:xliff:document:2.2"
        }
    }

    /// The version a core namespace and `version` attribute name, if Dragoman reads it.
    public init?(namespace: String, version: String) {
        switch (namespace, version) {
        case ("urn:oasis:names:tc:xliff:document:1.2", _): self = .v1_2
        case ("urn:oasis:names:tc:xliff:document:2.0", "2.1"): self = .v2_1
        case ("urn:oasis:names:tc:xliff:document:2.0", _): self = .v2_0
        case ("urn:oasis:names:tc:xliff:document:2.2", _): self = .v2_2
        default: return nil
        }
    }
}
