/// A 128-bit fingerprint of a cleanup line's text, the same in every process and on every machine.
///
/// The batch counts short lines by fingerprint rather than by text, so that its memory grows by a few bytes per
/// distinct line whatever the lines' length, and so that shards on other machines can add up their counts. Swift's
/// `Hasher` is seeded per process, so it cannot serve: two independent 64-bit hashes of the UTF-8 bytes (FNV-1a and
/// a multiplicative one), each finished by MurmurHash3's mixer. Two lines share a fingerprint with probability
/// about 2⁻¹²⁸ per pair.
package struct LineFingerprint: Hashable, Comparable, Sendable {
    /// The two halves.
    let high: UInt64
    let low: UInt64

    /// The fingerprint of `text`'s UTF-8 bytes.
    package init(_ text: String) {
        var builder = Builder()
        builder.add(text.utf8)
        self = builder.fingerprint
    }

    /// The fingerprint of bytes given a piece at a time: the same as of their concatenation, without making it
    /// (a batch's file listing is millions of paths).
    package struct Builder {
        private var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
        private var product: UInt64 = 0x9e37_79b9_7f4a_7c15
        private var count: UInt64 = 0

        /// No bytes yet.
        package init() {}

        /// Adds `bytes` after those added before.
        package mutating func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                product = (product &+ UInt64(byte) &+ 1) &* 0xff51_afd7_ed55_8ccd
                product ^= product >> 29
                count &+= 1
            }
        }

        /// The fingerprint of the bytes added so far.
        package var fingerprint: LineFingerprint {
            LineFingerprint(high: LineFingerprint.mix(fnv), low: LineFingerprint.mix(product ^ count))
        }
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// MurmurHash3's 64-bit finalizer: every input bit reaches every output bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    package static func < (a: LineFingerprint, b: LineFingerprint) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// 32 lowercase hexadecimal digits.
    package var hex: String {
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(high) + digits(low)
    }

    /// The fingerprint written as `hex`, or nil.
    package init?(hex: Substring) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16),
            let low = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }
}
