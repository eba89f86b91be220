import CICU

/// An ICU transliterator, e.g. "Any-Latin; Latin-ASCII" for a consonant skeleton of a name.
///
/// Not `Sendable`: it owns an ICU object. Create one per task.
public final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU id it was opened with.
    public let id: String

    /// Opens the transliterator with an ICU id.
    public init(id: String) throws(ICUError) {
        var status: Int32 = 0
        let units = Array(id.utf16)
        guard
            let handle = units.withUnsafeBufferPointer({
                dm_transliterator_open($0.baseAddress, Int32($0.count), &status)
            })
        else { throw ICUError("open transliterator '\(id)'", status: status) }
        self.handle = handle
        self.id = id
    }

    deinit { dm_transliterator_close(handle) }

    /// Transliterates `text`.
    public func callAsFunction(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        var capacity = source.count * 4 + 16
        while true {
            var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                dm_transliterate(handle, $0.baseAddress, Int32(source.count), Int32(capacity), &status)
            }
            if length < 0 { throw ICUError("transliterate with '\(id)'", status: status) }
            if Int(length) <= capacity { return String(decoding: buffer[..<Int(length)], as: UTF16.self) }
            capacity = Int(length)
        }
    }
}
