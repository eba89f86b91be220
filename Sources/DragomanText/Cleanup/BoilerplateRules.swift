import Foundation

/// The boilerplate rules in force: data files, one per language plus common ones.
public struct BoilerplateRules: Sendable {
    /// The rules, in file order; the first that matches decides.
    public let rules: [BoilerplateRule]

    /// Which scripts a segment contains, to pick the rules that can apply to it.
    struct Scripts: OptionSet, Hashable {
        let rawValue: UInt8
        static let arabic = Scripts(rawValue: 1)
        static let latin = Scripts(rawValue: 2)

        /// The scripts of a match-normalized UTF-8 text, and its number of words.
        static func of(_ text: UnsafeBufferPointer<UInt8>) -> (scripts: Scripts, words: Int) {
            // Branch-free, so the compiler can vectorize it.
            var spaces = 0
            var arabic: UInt8 = 0
            var latin: UInt8 = 0
            for byte in text {
                spaces &+= byte == 0x20 ? 1 : 0
                arabic |= byte &- 0xD8 < 4 ? 1 : 0
                latin |= (byte | 0x20) &- 0x61 < 26 ? 1 : 0
            }
            return (Scripts(rawValue: arabic | latin << 1), spaces + 1)
        }
    }

    /// Rules given directly.
    public init(rules: [BoilerplateRule]) {
        self.rules = rules
    }

    static func applies(_ rule: BoilerplateRule, to scripts: Scripts) -> Bool {
        switch rule.language {
        case "ar": return scripts.contains(.arabic)
        case "en": return scripts.contains(.latin)
        default: return true
        }
    }

    /// Parses a rule file (see `Rules/boilerplate-common.tsv` for the format); `name` is used in errors.
    /// `language` ("ar", "en") limits the rules to segments with letters of that language's script; nil applies
    /// them to every segment.
    public init(parsing text: String, name: String, language: String? = nil) throws(TextError) {
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
                    file: name, line: number + 1,
                    reason: "unknown scope '\(fields[2])'; use line, line+next, until-text, paragraph, head or prefix")
            }
            guard let words = Int(fields[3]), words > 0 else {
                throw .badRule(
                    file: name, line: number + 1, reason: "the word bound '\(fields[3])' is not a positive number")
            }
            do {
                rules.append(
                    try BoilerplateRule(
                        kind: kind, label: fields[1], scope: scope, maximumWords: words, pattern: fields[4],
                        language: language))
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
            let language = name.hasSuffix("-ar") ? "ar" : name.hasSuffix("-en") ? "en" : nil
            all += try BoilerplateRules(parsing: text, name: "\(name).tsv", language: language).rules
        }
        return BoilerplateRules(rules: all)
    }
}
