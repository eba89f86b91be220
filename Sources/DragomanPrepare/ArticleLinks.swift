/// The batch's articles by source name, for the report's links: the number and folder of the last article of a
/// name (as a dictionary filled in batch order gives).
///
/// The article numbers are sorted by name and searched by halves: 4 bytes an article, where a dictionary of names
/// took about 60 at the peak of an archive batch. Names compare as Swift strings, as the dictionary's keys did.
struct ArticleLinks: Sendable {
    /// The articles, in batch order (the plan's own array: nothing is copied).
    private let entries: [BatchScan.Entry]
    /// Each article's output folder, in batch order.
    private let folders: [String]
    /// The article numbers, by name and then by number.
    private let order: [Int32]

    /// The links of the articles `entries` whose folders are `folders` (both in batch order).
    init(entries: [BatchScan.Entry], folders: [String]) {
        precondition(entries.count == folders.count && entries.count < Int(Int32.max), "one folder per article")
        self.entries = entries
        self.folders = folders
        var order = (0..<Int32(entries.count)).map { $0 }
        order.sort { a, b in
            let (first, second) = (entries[Int(a)].name, entries[Int(b)].name)
            return first == second ? a < b : first < second
        }
        self.order = order
    }

    /// The number and folder of the last article named `name`, nil when no article is.
    subscript(name: String) -> (index: Int, folder: String)? {
        // The first position whose name sorts after `name`; the article before it is the last of that name.
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if name < entries[Int(order[middle])].name { high = middle } else { low = middle + 1 }
        }
        guard low > 0 else { return nil }
        let index = Int(order[low - 1])
        return entries[index].name == name ? (index, folders[index]) : nil
    }
}
