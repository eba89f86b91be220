import Testing

@testable import DragomanSummarizer

@Suite struct RadixSortTests {
    /// Keys of every shape the sort meets or might: random, varying in one byte only, all equal, repeated,
    /// descending, and `SharedTerms`' own (a term id in the high half, a place in the low half).
    static func keys(_ shape: String, count: Int) -> [UInt64] {
        var random = SystemRandomNumberGenerator()
        switch shape {
        case "random": return (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &random) }
        case "top byte": return (0..<count).map { _ in UInt64.random(in: 0...255, using: &random) << 56 | 0x1234 }
        case "equal": return Array(repeating: 0xDEAD_BEEF, count: count)
        case "repeated": return (0..<count).map { _ in UInt64.random(in: 0...9, using: &random) << 20 }
        case "descending": return (0..<count).map { UInt64(count - $0) }
        default:
            return (0..<count).map { place in
                UInt64(UInt32.random(in: 0...200_000, using: &random)) << 32 | UInt64(place)
            }
        }
    }

    @Test(
        arguments: ["random", "top byte", "equal", "repeated", "descending", "terms"], [0, 1, 2, 64, 65, 300, 5_000])
    func sortsAsTheStandardLibraryDoes(shape: String, count: Int) {
        var keys = Self.keys(shape, count: count)
        let expected = keys.sorted()
        RadixSort.sort(&keys)
        #expect(keys == expected)
    }
}
