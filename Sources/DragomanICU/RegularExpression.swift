import CICU

/// An ICU regular expression, matched against UTF-8 (converted to UTF-16 in a buffer the expression reuses).
///
/// Not `Sendable`: ICU's matcher keeps state between calls. Create one per task.
public final class RegularExpression {
    private let handle: OpaquePointer
    /// The pattern it was compiled from.
    public let pattern: String

    /// Compiles an ICU regular expression (ICU syntax, case-sensitive).
    public init(pattern: String) throws(ICUError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        var errorOffset: Int32 = 0
        guard
            let handle = units.withUnsafeBufferPointer({
                dm_regex_open($0.baseAddress, Int32($0.count), &errorOffset, &status)
            })
        else { throw ICUError("compile the expression at offset \(errorOffset) of '\(pattern)'", status: status) }
        self.handle = handle
        self.pattern = pattern
    }

    deinit { dm_regex_close(handle) }

    /// Whether the expression matches the whole of the UTF-8 text.
    public func matchesWhole(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var status: Int32 = 0
        return utf8.withMemoryRebound(to: CChar.self) {
            dm_regex_matches_utf8(handle, $0.baseAddress, Int32($0.count), nil, &status)
        } == 1
    }

    /// Whether some text that starts with the UTF-8 `prefix` could match the whole expression.
    ///
    /// False only when ICU rejects `prefix` without reading to its end (ICU's "hit end"), so no continuation can
    /// change the answer: a cheap, exact filter before matching many texts that share their first characters.
    public func canMatchWhole(startingWith prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        var status: Int32 = 0
        var hitEnd: Int32 = 0
        let matched = prefix.withMemoryRebound(to: CChar.self) {
            dm_regex_matches_utf8(handle, $0.baseAddress, Int32($0.count), &hitEnd, &status)
        }
        return matched != 0 || hitEnd != 0
    }

    /// Whether the expression matches the whole of `text`.
    public func matchesWhole(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matchesWhole($0) }
    }
}
