extension String {
    /// The text of a UTF-8 range that starts and ends on scalar boundaries (a slice: copying it to a `String` skips
    /// UTF-8 validation).
    func slice(utf8 range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}
