import DragomanText

/// One problem translation QA found in one segment: where, what, and what was expected.
public struct QAFinding: Sendable, Hashable {
    /// What was checked.
    public var rule: QARule
    /// The XLIFF file, as given on the command line.
    public var file: String
    /// The line of the segment in that file.
    public var line: Int
    /// The paragraph's id (1.2 group or top-level trans-unit, 2.x unit).
    public var unit: String
    /// The segment's id.
    public var segment: String
    /// The term or number concerned, as written (the source's, or the target's for a deprecated term or an extra
    /// number); empty for findings about the whole target.
    public var subject: String
    /// What was expected instead.
    public var expected: String
    /// The finding in words, without the location.
    public var message: String

    /// Error or warning, from the rule.
    public var severity: QASeverity { rule.severity }

    /// A finding.
    public init(
        rule: QARule, file: String, line: Int, unit: String, segment: String, subject: String, expected: String,
        message: String
    ) {
        self.rule = rule
        self.file = file
        self.line = line
        self.unit = unit
        self.segment = segment
        self.subject = subject
        self.expected = expected
        self.message = message
    }
}

extension QAFinding: CustomStringConvertible {
    /// One line: `FILE:LINE: SEVERITY [RULE] unit 'U' segment 'S': message; expected …`.
    public var description: String {
        "\(file):\(line): \(severity.rawValue) [\(rule.rawValue)] unit '\(unit)' segment '\(segment)': \(message); expected \(expected)"
    }

    /// One JSON object on one line, keys in a fixed order.
    public var json: String {
        JSONValue.object([
            ("severity", .string(severity.rawValue)), ("rule", .string(rule.rawValue)), ("file", .string(file)),
            ("line", .int(line)), ("unit", .string(unit)), ("segment", .string(segment)),
            ("subject", .string(subject)), ("expected", .string(expected)), ("message", .string(message)),
        ]).serialized()
    }
}
