extension LineFingerprint: Codable {
    /// Reads the fingerprint from its `hex` form, a JSON string.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LineFingerprint(hex: Substring(text)) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a fingerprint (32 hexadecimal digits)")
        }
        self = value
    }

    /// Writes the fingerprint as its `hex` form, so that files keep 32 readable digits rather than two numbers.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
