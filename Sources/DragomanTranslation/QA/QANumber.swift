/// A number written in a segment, with the values it may stand for.
///
/// Digits are ASCII, Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹). `٫` is a decimal sign and `٬` a thousands
/// separator; the seeds' agency style `5ر7` is 7.5 (the fraction is written first). `.` and `,` are a decimal point
/// when one of them stands once before anything but exactly three digits (7.5 = 7,5), thousands separators when they
/// repeat or stand before exactly three digits (1,000 = 1.000 = 1٬000; 0,125 stays a decimal); with both, the last
/// one is the decimal point (1,000.5 = 1.000,5). A scale word after the number (ألف, مليون, مليار; thousand,
/// million, billion) makes its value times the scale acceptable too, so `15 ألفا` matches 15,000 and `5ر7 مليون`
/// matches 7.5 million.
struct QANumber: Hashable {
    /// The number as written.
    var text: String
    /// Its value.
    var value: Double
    /// Values a translation may use for it: the value, and the value times a scale word that follows.
    var accepted: [Double]

    /// Whether two numbers can stand for each other.
    func matches(_ other: QANumber) -> Bool {
        accepted.contains { mine in other.accepted.contains { Self.same(mine, $0) } }
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// The value written plainly (7.5, 15000), for messages.
    var plain: String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The numbers of `text`, in order.
    static func numbers(in text: String) -> [QANumber] {
        let scalars = Array(text.unicodeScalars)
        var result: [QANumber] = []
        var index = 0
        while index < scalars.count {
            guard digit(scalars[index]) != nil else {
                index += 1
                continue
            }
            // A run of digit groups with separators that stand between digits.
            var groups: [Group] = [Group(start: index)]
            var separators: [Unicode.Scalar] = []
            var end = index
            while end < scalars.count {
                if let value = digit(scalars[end]) {
                    groups[groups.count - 1].digits.append(value)
                    end += 1
                } else if isSeparator(scalars[end]), end + 1 < scalars.count, digit(scalars[end + 1]) != nil {
                    separators.append(scalars[end])
                    end += 1
                    groups.append(Group(start: end))
                } else {
                    break
                }
            }
            let scale = scaleWord(after: end, in: scalars)
            func add(_ value: Double, _ range: Range<Int>) {
                result.append(
                    QANumber(
                        text: String(String.UnicodeScalarView(scalars[range])), value: value,
                        accepted: [value] + (scale.map { [value * $0] } ?? [])))
            }
            if let value = value(of: groups, separators) {
                add(value, index..<end)
            } else {
                // Not one number (01.07.2021, 1,2,3): each group on its own.
                for group in groups { add(Self.number(group.digits), group.start..<group.start + group.digits.count) }
            }
            index = end
        }
        return result
    }

    /// Digits between separators, and where they start in the text.
    struct Group {
        var start: Int
        var digits: [UInt8] = []
    }

    /// The value of an integer part and a fraction, digit by digit.
    static func number(_ integer: [UInt8], _ fraction: [UInt8] = []) -> Double {
        var text = integer.isEmpty ? "0" : integer.map(String.init).joined()
        if !fraction.isEmpty { text += "." + fraction.map(String.init).joined() }
        return Double(text) ?? 0
    }

    /// The value of a run of digit groups, or nil when the separators do not make one number.
    static func value(of groups: [Group], _ separators: [Unicode.Scalar]) -> Double? {
        guard !separators.isEmpty else { return number(groups[0].digits) }
        // The agency style: fraction ر integer.
        if separators.contains("ر") {
            return separators == ["ر"] ? number(groups[1].digits, groups[0].digits) : nil
        }
        let latin = separators.filter { $0 == "." || $0 == "," }
        var decimal: Int?
        if separators.contains("\u{066B}") {
            guard separators.count(where: { $0 == "\u{066B}" }) == 1 else { return nil }
            decimal = separators.firstIndex(of: "\u{066B}")
        } else if Set(latin).count == 2 {
            guard let last = separators.last, separators.count(where: { $0 == last }) == 1 else { return nil }
            decimal = separators.count - 1
        } else if latin.count == 1, let position = separators.firstIndex(of: latin[0]) {
            let before = groups[position].digits
            if groups[position + 1].digits.count != 3 || before == [0] || before.count > 3 { decimal = position }
        }
        // Every other separator groups thousands: 1–3 digits first, then groups of exactly three.
        let thousandsEnd = decimal ?? separators.count
        if thousandsEnd > 0 {
            guard (1...3).contains(groups[0].digits.count),
                groups[1...thousandsEnd].allSatisfy({ $0.digits.count == 3 })
            else { return nil }
        }
        let integer = groups[0...thousandsEnd].flatMap(\.digits)
        let fraction = decimal.map { groups[$0 + 1].digits } ?? []
        return number(integer, fraction)
    }

    /// The value of a digit: ASCII, Arabic-Indic, Extended Arabic-Indic.
    static func digit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0x0660...0x0669: UInt8(scalar.value - 0x0660)
        case 0x06F0...0x06F9: UInt8(scalar.value - 0x06F0)
        default: nil
        }
    }

    /// Whether a character can stand between the digits of one number: `.` `,` `٫` `٬`, and the agency style's ر.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "\u{066B}" || scalar == "\u{066C}" || scalar == "ر"
    }

    /// The scale of a word right after a number (spaces between), if it is one.
    static func scaleWord(after end: Int, in scalars: [Unicode.Scalar]) -> Double? {
        var start = end
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\u{00A0}" { start += 1 }
        var stop = start
        while stop < scalars.count, scalars[stop].properties.isAlphabetic { stop += 1 }
        guard stop > start else { return nil }
        let word = String(String.UnicodeScalarView(scalars[start..<stop])).lowercased()
        return scales[word]
    }

    static let scales: [String: Double] = [
        "ألف": 1e3, "الف": 1e3, "آلاف": 1e3, "الاف": 1e3, "ألفا": 1e3, "الفا": 1e3, "ألفًا": 1e3, "ألوف": 1e3,
        "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9,
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    ]
}
