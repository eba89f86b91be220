/// The number rule: every number of the source in the target, and no other.
extension TranslationQA {
    /// Numbers of the source missing from the target, and numbers of the target not in the source (`QANumber`
    /// decides which spellings and scales stand for each other).
    func numbers(source: String, target: String, _ finding: (QARule, String, String, String) -> QAFinding)
        -> [QAFinding]
    {
        let wanted = QANumber.numbers(in: source)
        let written = QANumber.numbers(in: target)
        var unused = Array(written.indices)
        var findings: [QAFinding] = []
        for number in wanted {
            if let position = unused.firstIndex(where: { written[$0].matches(number) }) {
                unused.remove(at: position)
                continue
            }
            let value = number.plain == number.text ? "" : " (\(number.plain))"
            findings.append(
                finding(
                    .number, number.text, "\(number.plain) in the target",
                    "the number '\(number.text)'\(value) of the source is not in the target"))
        }
        let list = wanted.isEmpty ? "no number" : wanted.map(\.plain).joined(separator: ", ")
        for position in unused {
            let number = written[position]
            findings.append(
                finding(
                    .number, number.text, "the source's numbers (\(list))",
                    "the number '\(number.text)' in the target is not in the source"))
        }
        return findings
    }
}
