/// Strings interned as dense integer ids (0, 1, 2, …), so the corpus and the model count in compact arrays.
struct Vocabulary {
    private var ids: [String: UInt32] = [:]
    /// The strings by id.
    private(set) var strings: [String] = []

    /// The number of strings.
    var count: Int { strings.count }

    /// The id of `string`, adding it when new.
    mutating func id(_ string: String) -> UInt32 {
        if let id = ids[string] { return id }
        let id = UInt32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    /// The id of `string`, or nil when it was never added.
    func lookup(_ string: String) -> UInt32? { ids[string] }

    subscript(id: UInt32) -> String { strings[Int(id)] }
}
