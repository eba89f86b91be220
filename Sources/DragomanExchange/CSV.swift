import DragomanText

/// Comma-separated values per RFC 4180: quoted fields with doubled quotes, embedded commas and line breaks.
///
/// Reading accepts CRLF, LF or CR record ends and refuses what RFC 4180 forbids (a quote inside an unquoted field,
/// text after a closing quote, an unclosed quote) with the line and column. Writing ends records with CRLF and
/// quotes a field only when it must (comma, quote, line break, or leading/trailing space).
package enum CSV {
    /// One record and the line it starts on (1-based).
    package struct Record: Sendable, Equatable {
        /// The line of the record's first character.
        package var line: Int
        /// The fields.
        package var fields: [String]
    }

    /// Parses CSV text; blank lines are skipped. A leading byte-order mark is ignored.
    package static func parse(_ text: String, name: String) throws(ExchangeError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 0
        var recordLine = 1
        var quoteLine = 1
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            column += 1
            let isLineEnd = scalar == "\n" || scalar == "\r"
            if isLineEnd, scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            switch state {
            case .quoted:
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        state = .afterQuote
                    }
                } else if isLineEnd {
                    field.append(contentsOf: "\n".unicodeScalars)
                    line += 1
                    column = 0
                } else {
                    field.append(scalar)
                }
            case .fieldStart, .unquoted, .afterQuote:
                if scalar == "," {
                    endField()
                    state = .fieldStart
                } else if isLineEnd {
                    endRecord()
                    line += 1
                    column = 0
                    recordLine = line
                    state = .fieldStart
                } else if state == .afterQuote {
                    throw .strayQuote(file: name, line: line, column: column)
                } else if scalar == "\"" {
                    guard state == .fieldStart else { throw .strayQuote(file: name, line: line, column: column) }
                    state = .quoted
                    quoteLine = line
                } else {
                    field.append(scalar)
                    state = .unquoted
                }
            }
        }
        if state == .quoted { throw .unterminatedQuote(file: name, line: quoteLine) }
        if state != .fieldStart || !fields.isEmpty { endRecord() }
        return records
    }

    /// Writes records with CRLF line ends, quoting fields that need it.
    package static func serialize(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map(Escaping.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

}
