/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing is Unicode-aware (it normalizes as it hashes), which is right in general and slow for
/// keys that are already normalized, such as `match` forms: there, byte equality is the same thing and much cheaper.
package struct UTF8Key: Hashable, Sendable {
    /// The key's text.
    package let string: String

    /// A key for `string`.
    package init(_ string: String) { self.string = string }

    package static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        let left = lhs.string.utf8
        let right = rhs.string.utf8
        guard left.count == right.count else { return false }
        // Both contiguous (native and small strings are): compare the buffers, not two generic iterators.
        let equal = left.withContiguousStorageIfAvailable { l in
            right.withContiguousStorageIfAvailable { r in
                l.elementsEqual(r)
            }
        }
        return (equal ?? nil) ?? left.elementsEqual(right)
    }

    package func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
