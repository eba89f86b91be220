public import DragomanXML

/// Errors reading or writing TMX.
///
/// Reading errors name the file and the line (and the column where the XML parser gives one); writing errors name
/// the unit (its id, or its position counting from 1) and the value that cannot be written. Each says what to do.
public enum TMXError: Error, Equatable, Sendable {
    /// The XML layer refused the file: not well-formed, entities declared in its DOCTYPE, or past a limit of
    /// `Limits` (its message names the file and the line).
    case xml(XMLError)
    /// The XML is well-formed but its root element is not `tmx`.
    case notTMX(file: String, root: String)
    /// A value to write holds a character XML 1.0 cannot carry (a control character other than tab and line
    /// breaks, U+FFFE or U+FFFF).
    case unwritableText(unit: String, language: String, value: String)
    /// A language code to write is empty or holds characters a language tag cannot have.
    case invalidLanguage(unit: String, value: String)
}

extension TMXError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .xml(let error):
            return error.description
        case .notTMX(let file, let root):
            return "\(file): the root element is '\(root)', not 'tmx'; give a TMX 1.4 file (<tmx><header/><body><tu>…)"
        case .unwritableText(let unit, let language, let value):
            let shown = value.unicodeScalars.map { scalar in
                scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }.joined()
            return
                "unit \(unit), language '\(language)': the text '\(shown)' holds a character XML cannot carry (a control character, U+FFFE or U+FFFF); remove it"
        case .invalidLanguage(let unit, let value):
            return
                "unit \(unit): '\(value)' is not a language code; write one such as 'ar' or 'en-US' (letters, digits and '-')"
        }
    }
}
