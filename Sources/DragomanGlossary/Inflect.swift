/// Which suffixes a glossary entry allows (its `inflect` column: `pron`, `num`, `pron+num` or empty).
public struct Inflect: OptionSet, Sendable, Hashable {
    /// The bits: 1 = pron, 2 = num.
    public let rawValue: UInt8
    /// Creates a set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Possessive/object pronoun suffixes (ه ها هم كم نا …).
    public static let pron = Inflect(rawValue: 1)
    /// Number suffixes (ون ين ات ان), and the dual and plural construct endings (وزيرا خارجية, مدربو الحلف).
    public static let num = Inflect(rawValue: 2)

    /// Parses the `inflect` column; nil for a value that is not `pron`, `num`, `pron+num` or empty.
    public init?(column: String) {
        if column.isEmpty {
            self = []
            return
        }
        var set: Inflect = []
        for part in column.split(separator: "+") {
            switch part.trimmingCharacters(in: " ") {
            case "pron": set.insert(.pron)
            case "num": set.insert(.num)
            case "": continue
            default: return nil
            }
        }
        self = set
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
