import Foundation

/// The boilerplate rules in force: data files, one per language plus common ones.
public struct BoilerplateRules: Sendable {
    /// The rules, in file order; the first that matches decides.
    public let rules: [BoilerplateRule]

    /// For each distinct length bound, all rules that allow it in one expression with a named group per rule, so
    /// a segment is scanned once, not once per rule, and long segments only by the few rules that allow them.
    private let combined: [(maximumWords: Int, expression: NSRegularExpression)]

    /// Rules given directly.
    public init(rules: [BoilerplateRule]) {
        self.rules = rules
        let bounds = Set(rules.map(\.maximumWords)).sorted()
        combined = bounds.compactMap { bound in
            let alternatives = rules.enumerated().filter { $0.element.maximumWords >= bound }.map {
                "(?<r\($0.offset)>\($0.element.normalizedPattern))"
            }
            guard
                let expression = try? NSRegularExpression(
                    pattern: "^(?:" + alternatives.joined(separator: "|") + ")$", options: [])
            else { return nil }
            return (bound, expression)
        }
    }

    /// The first rule (in file order) that matches the whole of `text` (already match-normalized), counting
    /// `words` words.
    func firstMatch(_ text: String, words: Int) -> BoilerplateRule? {
        guard let expression = combined.first(where: { $0.maximumWords >= words })?.expression else { return nil }
        guard
            let match = expression.firstMatch(
                in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count))
        else { return nil }
        // ICU tries alternatives left to right and backtracks across them, so the group that took part is the
        // first rule in file order that matches the whole segment.
        for index in rules.indices where match.range(withName: "r\(index)").location != NSNotFound {
            return rules[index]
        }
        return nil
    }

    /// Parses a rule file (see `Rules/boilerplate-common.tsv` for the format); `name` is used in errors.
    public init(parsing text: String, name: String) throws(TextError) {
        var rules: [BoilerplateRule] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else {
                throw .badRule(
                    file: name, line: number + 1,
                    reason:
                        "expected 5 tab-separated fields (kind, label, scope, words, pattern), found \(fields.count)")
            }
            guard let kind = Boilerplate.Kind(rawValue: fields[0]), kind != .repeated else {
                throw .badRule(
                    file: name, line: number + 1,
                    reason: "unknown kind '\(fields[0])'; use furniture, date, byline or dateline")
            }
            guard let scope = BoilerplateRule.Scope(rawValue: fields[2]) else {
                throw .badRule(
                    file: name, line: number + 1, reason: "unknown scope '\(fields[2])'; use line or line+next")
            }
            guard let words = Int(fields[3]), words > 0 else {
                throw .badRule(
                    file: name, line: number + 1, reason: "the word bound '\(fields[3])' is not a positive number")
            }
            do {
                rules.append(
                    try BoilerplateRule(
                        kind: kind, label: fields[1], scope: scope, maximumWords: words, pattern: fields[4]))
            } catch {
                throw .badRule(file: name, line: number + 1, reason: "bad pattern '\(fields[4])': \(error)")
            }
        }
        self.init(rules: rules)
    }

    /// The rules shipped with Dragoman: common, Arabic and English.
    public static func bundled() throws(TextError) -> BoilerplateRules {
        var all: [BoilerplateRule] = []
        for name in ["boilerplate-common", "boilerplate-ar", "boilerplate-en"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Rules"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { throw .unreadable(file: "\(name).tsv", reason: "rule file missing from the Dragoman bundle") }
            all += try BoilerplateRules(parsing: text, name: "\(name).tsv").rules
        }
        return BoilerplateRules(rules: all)
    }
}
