extension String {
    /// The text of a UTF-8 range that starts and ends on scalar boundaries, copied without re-validating it.
    func slice(utf8 range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(self[start..<utf8.index(start, offsetBy: range.count)])
    }
}
