/// The K-th of N deterministic slices of a batch's input, for spreading `prepare` over machines.
///
/// A file belongs to slice `hash(path relative to its input root) mod N`, with a hash that is the same on every
/// machine (64-bit FNV-1a of the path's UTF-8 bytes), so that N shards started anywhere, in any order, take every
/// file exactly once, and a file keeps its slice when others are added.
public struct ShardSlice: Sendable, Equatable, Codable, CustomStringConvertible {
    /// K, from 0.
    public let index: Int
    /// N, 1 or more.
    public let count: Int

    /// The whole batch: one slice.
    public static let whole = ShardSlice(validIndex: 0, count: 1)

    init(validIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// The slice written `K/N` (0 ≤ K < N), or nil.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index < count
        else { return nil }
        self.init(validIndex: index, count: count)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the file at `relative` (its path relative to its input root) is in this slice.
    func contains(relative: String) -> Bool {
        count == 1 || Int(Self.hash(relative) % UInt64(count)) == index
    }

    /// 64-bit FNV-1a of the UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
