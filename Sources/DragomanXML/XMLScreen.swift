package import Foundation

/// Screens an XML document before FoundationXML's parser sees it, for what that parser cannot read safely: its
/// prolog (declaration, comments, processing instructions, DOCTYPE) is read per the XML 1.0 grammar to refuse a
/// document type definition, and the whole document for a processing instruction without data.
///
/// Why not the parser's own callbacks: on Linux, `XMLParser` (libxml2 underneath) never reports an entity
/// declaration (no `foundInternalEntityDeclarationWithName` or `foundExternalEntityDeclarationWithName` call: the
/// SAX `entityDecl` handler is not installed), keeps declared entities in libxml2's compatibility document and
/// swallows the text of their references, so `&a;` vanishes from a term without an error; it crashes (a NULL
/// string read) on `<!ATTLIST … #IMPLIED>` and on `<!NOTATION n SYSTEM "…">`, and an `<!ATTLIST>` default is added
/// to every element as if written there. So no parser callback can decide, and the parser must not see an internal
/// subset at all. The document is read in its encoding family (UTF-8 or another ASCII-compatible encoding, UTF-16
/// with or without byte-order mark), quoted literals and comments are skipped as the grammar says (a `>` in a system
/// id or `]>` in a comment ends nothing), and only comments, processing instructions and white space may stand in
/// the internal subset `[…]`. A DOCTYPE that only names an external DTD (TBX 2008) passes; that DTD is never loaded.
///
/// The same NULL read crashes `XMLParser` on a processing instruction without data (`<?x?>`, anywhere in the
/// document), so the rest of the document is scanned for one (outside comments and CDATA sections, where `<?` is
/// text); it is refused too. One pass, `memchr` from one `<` to the next for UTF-8.
package enum XMLScreen {
    /// What the prolog holds that Dragoman refuses, with its UTF-8/UTF-16 byte offset.
    package enum Finding: Equatable, Sendable {
        /// An entity declaration or a parameter-entity reference in the internal subset.
        case entity(offset: Int)
        /// Another declaration (`<!ATTLIST`, `<!ELEMENT`, `<!NOTATION`) or text that is not allowed there.
        case declaration(offset: Int, what: String)
        /// A processing instruction without data (`<?name?>`).
        case emptyInstruction(offset: Int)
        /// UTF-16 that is not well formed at `offset` (a lone surrogate, or an odd number of bytes): libxml2's push
        /// parser crashed on such a document in the fuzzer.
        case invalidUTF16(offset: Int)
        /// UCS-4 or EBCDIC bytes, or an XML declaration naming an encoding other than UTF-8, UTF-16, US-ASCII or
        /// ISO-8859-1 (libxml2's own decoders; others go through iconv, where UTF-7 crashed libxml2 in the fuzzer).
        case unsupportedEncoding(String?)
    }

    /// The encodings an XML declaration may name (compared without case).
    static let encodings: Set<String> = [
        "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii", "iso-8859-1", "iso-latin-1", "latin1",
    ]

    /// Refuses a document whose DOCTYPE has declarations, naming the file and line.
    package static func check(_ data: Data, name: String) throws(XMLError) {
        let found = data.withUnsafeBytes { raw in scan(raw).map { ($0, line(of: $0, in: raw)) } }
        guard let (finding, line) = found else { return }
        switch finding {
        case .entity:
            throw .entityDeclaration(file: name, line: line)
        case .declaration(_, let what):
            throw .refused(
                file: name, line: line,
                reason:
                    "the DOCTYPE declares \(what); Dragoman reads no document type definition (XMLParser cannot read its declarations safely): remove the [ … ] part of the DOCTYPE"
            )
        case .emptyInstruction:
            throw .refused(
                file: name, line: line,
                reason:
                    "a processing instruction without data (<?name?>), which XMLParser cannot read (it crashes); remove it or give it data (<?name x?>)"
            )
        case .invalidUTF16(let offset):
            throw .refused(
                file: name, line: nil,
                reason:
                    "byte \(offset): invalid UTF-16 (a lone surrogate, or the file ends in half a character); convert the file to UTF-8"
            )
        case .unsupportedEncoding(nil):
            throw .malformed(file: name, line: 1, column: 1, reason: "an unsupported encoding (use UTF-8)")
        case .unsupportedEncoding(let declared?):
            throw .refused(
                file: name, line: 1,
                reason:
                    "the XML declaration names the encoding '\(declared)'; Dragoman reads XML in UTF-8 or UTF-16 (or US-ASCII, ISO-8859-1): convert the file to UTF-8 (for example with iconv -f \(declared) -t utf-8) and change the declaration"
            )
        }
    }

    /// The first thing in the document that Dragoman refuses, if any.
    package static func scan(_ raw: UnsafeRawBufferPointer) -> Finding? {
        var scanner = Scanner(raw)
        guard scanner.width > 0 else { return .unsupportedEncoding(nil) }
        if let declared = declaredEncoding(scanner), !encodings.contains(declared.lowercased()) {
            return .unsupportedEncoding(declared)
        }
        if let offset = scanner.firstInvalidUTF16() { return .invalidUTF16(offset: offset) }
        if let finding = prolog(&scanner) { return finding }
        return body(&scanner)
    }

    /// The `encoding` of the XML declaration at the start of the document, if it names one.
    private static func declaredEncoding(_ start: Scanner) -> String? {
        var scanner = start
        guard scanner.starts(with: "<?xml") else { return nil }
        scanner.advance(5)
        while scanner.unit != nil, !scanner.starts(with: "?>") {
            if scanner.starts(with: "encoding") {
                scanner.advance(8)
                scanner.skipSpaces()
                guard scanner.unit == 0x3D else { return nil }  // =
                scanner.advance(1)
                scanner.skipSpaces()
                guard let quote = scanner.unit, quote == 0x22 || quote == 0x27 else { return nil }
                scanner.advance(1)
                var name = ""
                while let unit = scanner.unit, unit != quote, name.count < 40 {
                    name.unicodeScalars.append(Unicode.Scalar(unit) ?? "?")
                    scanner.advance(1)
                }
                return name
            }
            scanner.advance(1)
        }
        return nil
    }

    /// The prolog, up to the root element (or what the parser will report as malformed).
    private static func prolog(_ scanner: inout Scanner) -> Finding? {
        while true {
            scanner.skipSpaces()
            if scanner.starts(with: "<?") {
                if let finding = instruction(&scanner) { return finding }
            } else if scanner.starts(with: "<!--") {
                guard scanner.skip(past: "-->") else { return nil }
            } else if scanner.starts(with: "<!DOCTYPE") {
                scanner.advance(9)
                return doctype(&scanner)
            } else {
                return nil  // the root element, or something the parser will report
            }
        }
    }

    /// The rest of the document: comments and CDATA sections skipped, every processing instruction checked.
    private static func body(_ scanner: inout Scanner) -> Finding? {
        while scanner.skipToNextLessThan() {
            if scanner.starts(with: "<?") {
                if let finding = instruction(&scanner) { return finding }
            } else if scanner.starts(with: "<!--") {
                guard scanner.skip(past: "-->") else { return nil }
            } else if scanner.starts(with: "<![CDATA[") {
                guard scanner.skip(past: "]]>") else { return nil }
            } else {
                scanner.advance(1)
            }
        }
        return nil
    }

    /// At `<?`: moves past the instruction; a target followed directly by `?>` (no data) is a finding.
    private static func instruction(_ scanner: inout Scanner) -> Finding? {
        let start = scanner.offset
        scanner.advance(2)
        while let unit = scanner.unit, unit != 0x3F, unit != 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D {
            scanner.advance(1)
        }
        if scanner.starts(with: "?>") { return .emptyInstruction(offset: start) }
        guard scanner.skip(past: "?>") else { return nil }
        return nil
    }

    /// After `<!DOCTYPE`: a name and an external id (quoted literals skipped whole), then `[` or `>`.
    private static func doctype(_ scanner: inout Scanner) -> Finding? {
        while let unit = scanner.unit {
            switch unit {
            case 0x22, 0x27:  // " '
                scanner.advance(1)
                guard scanner.skip(past: unit) else { return nil }
            case 0x5B:  // [
                scanner.advance(1)
                return internalSubset(&scanner)
            case 0x3E:  // >
                return nil
            case 0x3C, 0x25, 0x26, 0x5D:  // < % & ]
                return .declaration(offset: scanner.offset, what: "something other than a name and an external id")
            default:
                scanner.advance(1)
            }
        }
        return nil
    }

    /// Inside `[…]`: white space, comments and processing instructions only, then `]` and `>`.
    private static func internalSubset(_ scanner: inout Scanner) -> Finding? {
        while true {
            scanner.skipSpaces()
            guard let unit = scanner.unit else { return nil }
            if unit == 0x5D {  // ]
                scanner.advance(1)
                scanner.skipSpaces()
                if scanner.unit == nil || scanner.unit == 0x3E { return nil }
                return .declaration(offset: scanner.offset, what: "text after the internal subset")
            } else if scanner.starts(with: "<!--") {
                guard scanner.skip(past: "-->") else { return nil }
            } else if scanner.starts(with: "<?") {
                if let finding = instruction(&scanner) { return finding }
            } else if scanner.starts(with: "<!ENTITY") || unit == 0x25 {
                return .entity(offset: scanner.offset)
            } else if scanner.starts(with: "<!") {
                let start = scanner.offset
                scanner.advance(2)
                var keyword = "<!"
                while let letter = scanner.unit, (0x41...0x5A).contains(letter), keyword.count < 12 {
                    keyword.unicodeScalars.append(Unicode.Scalar(UInt8(letter)))
                    scanner.advance(1)
                }
                return .declaration(offset: start, what: keyword + " …>")
            } else {
                return .declaration(offset: scanner.offset, what: "text that is not a declaration")
            }
        }
    }

    /// The 1-based line of a byte offset (LF, CRLF and CR end lines, as the parser counts them).
    private static func line(of finding: Finding, in raw: UnsafeRawBufferPointer) -> Int {
        let end: Int
        switch finding {
        case .entity(let offset), .declaration(let offset, _), .emptyInstruction(let offset): end = offset
        case .unsupportedEncoding, .invalidUTF16: return 1
        }
        var scanner = Scanner(raw)
        var line = 1
        while scanner.offset < end, let unit = scanner.unit {
            scanner.advance(1)
            if unit == 0x0A || (unit == 0x0D && scanner.unit != 0x0A) { line += 1 }
        }
        return line
    }

    /// Code units of the document in its encoding family, as the grammar's ASCII markup needs them.
    private struct Scanner {
        let raw: UnsafeRawBufferPointer
        /// Bytes per code unit: 1 (UTF-8 and ASCII-compatible encodings), 2 (UTF-16), 0 (not supported).
        private(set) var width = 1
        private var bigEndian = false
        /// The byte offset of the current unit.
        private(set) var offset = 0

        init(_ raw: UnsafeRawBufferPointer) {
            self.raw = raw
            let head = Array(raw.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - raw.count))
            switch (head[0], head[1], head[2], head[3]) {
            case (0x00, 0x00, _, _), (_, _, 0x00, 0x00), (0x4C, 0x6F, 0xA7, 0x94):
                width = 0  // UCS-4 (with or without BOM), EBCDIC
            case (0xEF, 0xBB, 0xBF, _):
                offset = 3
            case (0xFF, 0xFE, _, _):
                (width, offset) = (2, 2)
            case (0xFE, 0xFF, _, _):
                (width, bigEndian, offset) = (2, true, 2)
            case (0x3C, 0x00, 0x3F, 0x00):
                width = 2
            case (0x00, 0x3C, 0x00, 0x3F):
                (width, bigEndian) = (2, true)
            default:
                break
            }
        }

        /// The code unit at `offset`, or nil at the end.
        var unit: UInt32? { unit(at: offset) }

        func unit(at position: Int) -> UInt32? {
            guard width > 0, position + width <= raw.count else { return nil }
            if width == 1 { return UInt32(raw[position]) }
            let (a, b) = (UInt32(raw[position]), UInt32(raw[position + 1]))
            return bigEndian ? a << 8 | b : b << 8 | a
        }

        mutating func advance(_ units: Int) { offset += units * width }

        /// Whether the text at `offset` is `ascii`.
        func starts(with ascii: StaticString) -> Bool {
            var position = offset
            for index in 0..<ascii.utf8CodeUnitCount {
                guard unit(at: position) == UInt32(ascii.utf8Start[index]) else { return false }
                position += width
            }
            return true
        }

        mutating func skipSpaces() {
            while let unit, unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D { advance(1) }
        }

        /// Moves past the next `terminator`; false when the document ends first.
        mutating func skip(past terminator: StaticString) -> Bool {
            while unit != nil {
                if starts(with: terminator) {
                    advance(terminator.utf8CodeUnitCount)
                    return true
                }
                advance(1)
            }
            return false
        }

        /// For UTF-16, the byte offset of the first unit that is not part of a well-formed sequence (a lone
        /// surrogate, or a last half unit), or nil; always nil for other encodings.
        func firstInvalidUTF16() -> Int? {
            guard width == 2 else { return nil }
            if (raw.count - offset) % 2 != 0 { return raw.count - 1 }
            var position = offset
            while let unit = unit(at: position) {
                if (0xDC00...0xDFFF).contains(unit) { return position }
                if (0xD800...0xDBFF).contains(unit) {
                    guard let next = self.unit(at: position + 2), (0xDC00...0xDFFF).contains(next) else {
                        return position
                    }
                    position += 2
                }
                position += 2
            }
            return nil
        }

        /// Moves to the next `<`; false when there is none.
        mutating func skipToNextLessThan() -> Bool {
            if width == 1 {
                guard offset < raw.count,
                    let found = memchr(raw.baseAddress! + offset, 0x3C, raw.count - offset)
                else { return false }
                offset = UnsafeRawPointer(found) - raw.baseAddress!
                return true
            }
            while let unit {
                if unit == 0x3C { return true }
                advance(1)
            }
            return false
        }

        /// Moves past the next unit equal to `quote`; false when the document ends first.
        mutating func skip(past quote: UInt32) -> Bool {
            while let unit {
                advance(1)
                if unit == quote { return true }
            }
            return false
        }
    }
}
