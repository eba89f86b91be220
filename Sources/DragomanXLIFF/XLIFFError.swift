public import DragomanXML

/// Errors writing or reading XLIFF.
///
/// Reading errors name the file, line and column; writing errors name the article and the segment, and say what
/// to do. Cases are added as the writer and the reader need them.
public enum XLIFFError: Error, Equatable, Sendable {
    /// The XML layer refused the file: not well-formed, entities declared in its DOCTYPE, or past a limit of
    /// `Limits` (its message names the file and the line).
    case xml(XMLError)
    /// A segment of an article holds a character XML 1.0 cannot carry (a control character other than tab and line
    /// breaks, U+FFFE, U+FFFF); `line` and `column` (in characters, from 1) locate it in the article.
    case forbiddenCharacter(article: String, line: Int, column: Int, segment: Int, scalar: String)
    /// A glossary entry that occurs in an article holds a character XML 1.0 cannot carry.
    case forbiddenGlossaryCharacter(id: String, value: String, scalar: String)
    /// The article's file name holds a character XML 1.0 cannot carry, so it cannot be the file's `original`.
    case forbiddenNameCharacter(name: String, scalar: String)
    /// A language option is not a language tag XLIFF accepts (`xs:language`).
    case invalidLanguage(String)
    /// XLIFF 2.x needs at least one unit per file, and the article has no segment to write.
    case nothingToTranslate(article: String, version: String)
    // Reading translated XLIFF back (the reader's cases, kept together).
    /// The file could not be read from disk.
    case unreadable(file: String, reason: String)
    /// The root element is not `<xliff>`: the file is some other XML.
    case notXLIFF(file: String, line: Int, column: Int, root: String)
    /// The `<xliff>` element is not in an XLIFF namespace ("" when it has none).
    case wrongNamespace(file: String, line: Int, column: Int, namespace: String)
    /// The `version` attribute is missing ("") or does not go with the namespace.
    case unknownVersion(file: String, line: Int, column: Int, version: String, namespace: String)
    /// The document has no `<file>` element.
    case noFile(file: String)
    /// A unit (`trans-unit`, `unit`, `segment`) has no `<source>`.
    case missingSource(file: String, line: Int, column: Int, element: String, id: String)
    /// An element that must have an id (`trans-unit`, 2.x `unit`, `file`) has none.
    case missingID(file: String, line: Int, column: Int, element: String)
    /// Two elements of one scope share an id; `firstLine` is where the id first appears.
    case duplicateID(file: String, line: Int, column: Int, element: String, id: String, scope: String, firstLine: Int)
}

extension XLIFFError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .xml(let error):
            return error.description
        case .forbiddenCharacter(let article, let line, let column, let segment, let scalar):
            return
                "\(article):\(line):\(column): segment \(segment) holds \(scalar), a character XML cannot carry; remove it from the article (no XLIFF was written)"
        case .forbiddenGlossaryCharacter(let id, let value, let scalar):
            return
                "glossary entry \(id): '\(value)' holds \(scalar), a character XML cannot carry; fix the entry (dragoman glossary update) and run again"
        case .forbiddenNameCharacter(let name, let scalar):
            return "\(name): the file name holds \(scalar), a character XML cannot carry; rename the file"
        case .invalidLanguage(let value):
            return "'\(value)' is not a language tag XLIFF accepts; use a BCP 47 tag such as ar, en or en-GB"
        case .nothingToTranslate(let article, let version):
            return
                "\(article): no segment to write (empty, or only boilerplate); XLIFF \(version) needs at least one unit per file: use --xliff 1.2, --keep-boilerplate, or leave the article out"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .notXLIFF(let file, let line, let column, let root):
            return
                "\(file):\(line):\(column): not an XLIFF file: the root element is <\(root)>, not <xliff>; give the .xlf file a CAT tool or 'dragoman xliff' wrote"
        case .wrongNamespace(let file, let line, let column, let namespace):
            let found = namespace.isEmpty ? "has no namespace" : "is in the namespace '\(namespace)'"
            return
                "\(file):\(line):\(column): not an XLIFF file: <xliff> \(found); XLIFF 1.2 uses xmlns=\"\(XLIFFVersion.v1_2.namespace)\", 2.0 and 2.1 \"\(XLIFFVersion.v2_0.namespace)\", 2.2 \"\(XLIFFVersion.v2_2.namespace)\""
        case .unknownVersion(let file, let line, let column, let version, let namespace):
            let found = version.isEmpty ? "has no version attribute" : "says version=\"\(version)\""
            return
                "\(file):\(line):\(column): <xliff> \(found), which does not go with its namespace '\(namespace)'; Dragoman reads XLIFF 1.2, 2.0, 2.1 and 2.2"
        case .noFile(let file):
            return "\(file): the XLIFF document has no <file> element: there is nothing to read"
        case .missingSource(let file, let line, let column, let element, let id):
            return "\(file):\(line):\(column): <\(element)> '\(id)' has no <source>; every unit needs its source text"
        case .missingID(let file, let line, let column, let element):
            return "\(file):\(line):\(column): <\(element)> has no id; XLIFF requires one"
        case .duplicateID(let file, let line, let column, let element, let id, let scope, let firstLine):
            return
                "\(file):\(line):\(column): duplicate \(element) id '\(id)' in \(scope) (first at line \(firstLine)); ids must be unique there"
        }
    }
}
