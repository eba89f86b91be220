/// Strings numbered 0, 1, 2… in the order first seen, looked up by their UTF-8 bytes.
///
/// Batch statistics (candidate words, forms' lemmas, example sentences, digest terms) hold each distinct string
/// once and refer to it by a small id; their owners keep per-id facts in arrays of their own beside it. The lookup
/// table (`ByteTable`) keeps its own copy of each string's bytes, so a string's UTF-8 is held twice: the price of
/// lookups that hash no `String`.
package struct StringInterner: Sendable {
    /// The strings, by id.
    package private(set) var strings: [String] = []
    private var ids = ByteTable()

    /// No string yet.
    package init() {}

    /// The strings `strings`, numbered in their order (the caller makes sure they are distinct).
    package init(numbering strings: [String]) {
        ids.reserveCapacity(strings.count)
        for string in strings { _ = intern(string) }
    }

    /// How many strings have an id.
    package var count: Int { strings.count }

    /// The string with id `id`.
    package subscript(id: Int32) -> String { strings[Int(id)] }

    /// The id of `string`, if it has one.
    package func id(of string: String) -> Int32? { ids.id(of: string) }

    /// The id of `string`, given the next number if it has none yet; `isNew` says which.
    package mutating func intern(_ string: String) -> (id: Int32, isNew: Bool) {
        let (id, isNew) = ids.insert(string)
        if isNew { strings.append(string) }
        return (id, isNew)
    }
}
