import DragomanXML
import Testing

@Suite struct XMLBuilderTests {
    @Test(arguments: [
        ("a & b", false, "a &amp; b"),
        ("<tag>", false, "&lt;tag&gt;"),
        ("x ]]> y", false, "x ]]&gt; y"),
        ("\"quoted\" 'single'", false, "\"quoted\" 'single'"),
        ("\"quoted\" 'single'", true, "&quot;quoted&quot; 'single'"),
        ("line\nbreak\ttab", false, "line\nbreak\ttab"),
        ("line\nbreak\ttab", true, "line&#10;break&#9;tab"),
        ("crlf\r\n", false, "crlf&#13;\n"),
        ("الناتو، «الحلف»؛ لماذا؟ ٣٫٥", false, "الناتو، «الحلف»؛ لماذا؟ ٣٫٥"),
        ("ﻻ ﷲ \u{200F}", false, "ﻻ ﷲ \u{200F}"),
    ])
    func escapes(_ value: String, _ attribute: Bool, _ expected: String) {
        #expect(XMLBuilder.escaped(value, attribute: attribute) == expected)
        var builder = XMLBuilder()
        #expect(builder.escape(value, attribute: attribute) == nil)
        #expect(builder.text == expected)
    }

    @Test(arguments: [
        ("ok\u{1}", 2), ("\u{0}", 0), ("سطر\u{B}", 6), ("x\u{FFFE}", 1), ("xy\u{FFFF}z", 2), ("\u{1F}", 0),
    ])
    func reportsTheFirstCharacterXMLCannotCarry(_ value: String, _ offset: Int) {
        var builder = XMLBuilder()
        #expect(builder.escape(value) == offset)
        #expect(builder.escape(Substring(value), attribute: true) == offset)
    }

    @Test func charactersNextToTheForbiddenOnesAreFine() {
        var builder = XMLBuilder()
        // U+FFFD, U+FFEF and U+EFBF are allowed: only U+FFFE and U+FFFF are not characters.
        #expect(builder.escape("\u{FFFD}\u{FFEF}\u{EFBF}\u{10000}\t\n\r") == nil)
    }

    @Test func attributesAndElements() {
        var builder = XMLBuilder()
        builder.raw("<a")
        builder.attribute("title", "x \"y\" & <z>")
        builder.raw(">")
        builder.number(42)
        builder.raw("</a>\n")
        builder.element("b", ["k": "v&"], "t<", indent: 2)
        builder.element("c", [:], "", indent: 2)
        #expect(builder.text == "<a title=\"x &quot;y&quot; &amp; &lt;z&gt;\">42</a>\n  <b k=\"v&amp;\">t&lt;</b>\n")
    }
}
