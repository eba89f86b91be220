import Foundation

/// The boilerplate rules in force: data files, one per language plus common ones.
public struct BoilerplateRules: Sendable {
    /// The rules, in file order; the first that matches decides.
    public let rules: [BoilerplateRule]

    /// All rules in one expression, one named group per rule, so a segment is scanned once, not once per rule.
    private let combined: NSRegularExpression?

    /// Rules given directly.
    public init(rules: [BoilerplateRule]) {
        self.rules = rules
        let alternatives = rules.enumerated().map { "(?<r\($0.offset)>\($0.element.normalizedPattern))" }
        combined = try? NSRegularExpression(
            pattern: "^(?:" + alternatives.joined(separator: "|") + ")$", options: [.caseInsensitive])
    }

    /// The first rule (in file order) that matches the whole of `text` (already match-normalized).
    func firstMatch(_ text: String) -> BoilerplateRule? {
        guard let combined else { return rules.first { $0.matches(text) } }
        guard
            let match = combined.firstMatch(
                in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count))
        else { return nil }
        // ICU tries alternatives left to right, so the group that took part is the first rule in file order that
        // matches at this position; whole-segment anchoring makes that the first matching rule.
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
            guard fields.count == 4 else {
                throw .badRule(
                    file: name, line: number + 1,
                    reason: "expected 4 tab-separated fields (kind, label, scope, pattern), found \(fields.count)")
            }
            guard let kind = Boilerplate.Kind(rawValue: fields[0]), kind != .repeated else {
                throw .badRule(
                    file: name, line: number + 1,
                    reason: "unknown kind '\(fields[0])'; use furniture, date, byline or dateline")
            }
            guard let scope = BoilerplateRule.Scope(rawValue: fields[2]) else {
                throw .badRule(file: name, line: number + 1, reason: "unknown scope '\(fields[2])'; use line or line+next")
            }
            do {
                rules.append(try BoilerplateRule(kind: kind, label: fields[1], scope: scope, pattern: fields[3]))
            } catch {
                throw .badRule(file: name, line: number + 1, reason: "bad pattern '\(fields[3])': \(error)")
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
