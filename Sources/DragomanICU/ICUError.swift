import CICU

/// A failure reported by the system ICU library.
///
/// Dragoman calls ICU only through this module; an `ICUError` means ICU refused an operation (an unknown locale,
/// converter or transliterator id, or an internal failure) and carries ICU's own error name for diagnosis.
public struct ICUError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What Dragoman asked ICU to do, e.g. "open word break iterator for 'ar'".
    public let operation: String
    /// ICU's symbolic error name, e.g. "U_FILE_ACCESS_ERROR".
    public let name: String

    init(_ operation: String, status: Int32) {
        self.operation = operation
        self.name = String(cString: dm_error_name(status))
    }

    /// "ICU could not <operation>: <ICU error name>".
    public var description: String { "ICU could not \(operation): \(name)" }
}

/// The version of the ICU library Dragoman is linked against, e.g. "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    dm_icu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Reads a NUL-terminated C buffer as a Swift string.
func string(fromCBuffer buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
