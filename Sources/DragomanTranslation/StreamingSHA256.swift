import Crypto

/// The SHA-256 of a file written in pieces, for the manifest of a package whose term table is streamed.
package struct StreamingSHA256 {
    private var hasher = SHA256()

    /// An empty hash.
    package init() {}

    /// Adds bytes.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    /// The lowercase hexadecimal digest.
    package func hex() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
