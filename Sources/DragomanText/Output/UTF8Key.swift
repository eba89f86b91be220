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
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    package func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
