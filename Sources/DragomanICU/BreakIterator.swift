import CICU

/// An ICU break iterator (words or sentences) that reports every boundary of a UTF-16 text at once.
///
/// Opening an ICU iterator is costly, so one instance is meant to be reused for many texts. It is a class because it
/// owns the ICU object; it is not `Sendable`: use one per task.
public final class BreakIterator {
    /// The kinds of boundaries Dragoman asks ICU for.
    public enum Kind: Int32, Sendable {
        case character = 0
        case word = 1
        case line = 2
        case sentence = 3
    }

    /// A boundary and the ICU rule status of the segment that ends there.
    ///
    /// For sentences, a status in 0..<100 means the sentence ended at terminal punctuation, 100..<200 that it ended
    /// only at a line separator. For words, 0..<100 is "none" (spaces, punctuation), 100..<200 a number, 200..<300 a
    /// word of letters, 300..<400 kana, 400..<500 ideographs.
    public struct Boundary: Equatable, Sendable {
        /// UTF-16 offset of the boundary.
        public var offset: Int
        /// Rule status of the segment that ends at `offset` (0 for the first boundary).
        public var status: Int32
    }

    private let handle: OpaquePointer
    private var offsets: [Int32] = []
    private var statuses: [Int32] = []

    /// Opens an iterator of `kind` for an ICU locale id such as "ar" or "en@ss=standard".
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = dm_breaker_open(kind.rawValue, locale, &status) else {
            throw ICUError("open a \(kind) break iterator for '\(locale)'", status: status)
        }
        self.handle = handle
    }

    deinit { dm_breaker_close(handle) }

    /// All boundaries of `text` (0 and `text.count` included), in order.
    public func boundaries(of text: UnsafeBufferPointer<UInt16>) -> [Boundary] {
        var result: [Boundary] = []
        forEachBoundary(of: text) { result.append(Boundary(offset: $0, status: $1)) }
        return result
    }

    /// Calls `body` with each boundary offset and status of `text`, without allocating per boundary.
    public func forEachBoundary(of text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int32) -> Void) {
        let count = fill(text)
        for index in 0..<count { body(Int(offsets[index]), statuses[index]) }
    }

    private func fill(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        let length = Int32(text.count)
        if offsets.count < text.count / 2 + 16 {
            let capacity = text.count / 2 + 16
            offsets = [Int32](repeating: 0, count: capacity)
            statuses = [Int32](repeating: 0, count: capacity)
        }
        while true {
            var status: Int32 = 0
            let capacity = Int32(offsets.count)
            let count = offsets.withUnsafeMutableBufferPointer { o in
                statuses.withUnsafeMutableBufferPointer { s in
                    dm_breaker_boundaries(
                        handle, text.baseAddress, length, o.baseAddress, s.baseAddress, capacity, &status)
                }
            }
            if count < 0 { return 0 }
            if count <= capacity { return Int(count) }
            offsets = [Int32](repeating: 0, count: Int(count))
            statuses = [Int32](repeating: 0, count: Int(count))
        }
    }
}
