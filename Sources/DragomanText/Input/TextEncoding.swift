/// The text encodings Dragoman reads.
///
/// Arabic news still arrives in Windows-1256 from older desks, and in UTF-16 from Windows tools; everything is
/// decoded once and handled as UTF-8 from then on.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 with a byte-order mark (little or big endian).
    case utf16 = "utf-16"
    /// Windows-1256, the legacy Arabic code page.
    case windows1256 = "windows-1256"

    /// Parses a user-supplied name, accepting common spellings ("UTF8", "cp1256", "utf-16le").
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16be": self = .utf16
        case "windows-1256", "cp1256", "win1256", "windows1256": self = .windows1256
        default: return nil
        }
    }
}
