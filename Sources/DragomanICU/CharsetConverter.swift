import CICU

/// ICU character set detection and conversion to UTF-16.
public enum CharsetConverter {
    /// A detected character set and ICU's confidence in it (0–100).
    public struct Detection: Equatable, Sendable {
        /// ICU's name of the character set, e.g. "UTF-8", "windows-1256", "ISO-8859-6".
        public var name: String
        /// ICU's confidence, 0–100.
        public var confidence: Int
    }

    /// Runs ICU's statistical charset detector over `bytes`; nil when it recognizes nothing.
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Detection? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let confidence = bytes.withMemoryRebound(to: CChar.self) { chars in
            dm_detect_charset(chars.baseAddress, Int32(chars.count), &name, 64, &status)
        }
        guard confidence >= 0 else { return nil }
        return Detection(name: string(fromCBuffer: name), confidence: Int(confidence))
    }

    /// Why a conversion failed.
    public enum Failure: Error, Equatable, Sendable {
        /// The bytes at `offset` are not valid in the character set.
        case invalidBytes(offset: Int)
        /// ICU could not open or run the converter.
        case icu(ICUError)
    }

    /// Converts `bytes` in `charset` to UTF-16. With `stopOnInvalid`, the first bad byte sequence is an error with
    /// its byte offset; otherwise it becomes U+FFFD.
    public static func utf16(
        from bytes: UnsafeBufferPointer<UInt8>, charset: String, stopOnInvalid: Bool
    ) -> Result<[UInt16], Failure> {
        var capacity = bytes.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            var errorOffset: Int32 = 0
            let produced = bytes.withMemoryRebound(to: CChar.self) { chars in
                units.withUnsafeMutableBufferPointer { u in
                    dm_convert_to_utf16(
                        charset, chars.baseAddress, Int32(chars.count), u.baseAddress, Int32(capacity),
                        stopOnInvalid ? 1 : 0, &errorOffset, &status)
                }
            }
            if produced < 0 {
                let name = String(cString: dm_error_name(status))
                if name == "U_INVALID_CHAR_FOUND" || name == "U_ILLEGAL_CHAR_FOUND" || name == "U_TRUNCATED_CHAR_FOUND"
                {
                    return .failure(.invalidBytes(offset: Int(errorOffset)))
                }
                return .failure(.icu(ICUError("convert from '\(charset)'", status: status)))
            }
            if Int(produced) <= capacity {
                units.removeSubrange(Int(produced)...)
                return .success(units)
            }
            capacity = Int(produced)
        }
    }
}
