import Testing

@testable import DragomanText

/// The one escaping function per format, on hostile article text.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("[x](javascript:alert(document.cookie))", #"\[x\](javascript:alert(document.cookie))"#),
        ("![i](data:text/html;base64,PHNjcmlwdD4=)", #"!\[i\](data:text/html;base64,PHNjcmlwdD4=)"#),
        ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
        ("*x* _y_ `z` ~~w~~", #"\*x\* \_y\_ \`z\` \~\~w\~\~"#),
        ("&lt;b&gt; &#x202E;", #"\&lt;b\&gt; \&#x202E;"#),
        ("<http://evil.example> http://evil.example", #"\<http\://evil.example\> http\://evil.example"#),
        ("WWW.evil.example and a@b.example", #"WWW\.evil.example and a@b.example"#),
        ("| a | b |", #"\| a \| b \|"#),
        ("# not a heading", ##"\# not a heading"##),
        ("- not a list - item", #"\- not a list - item"#),
        ("2021. not a list", #"2021\. not a list"#),
        ("3) not a list", #"3\) not a list"#),
        ("$x$ and \\", #"\$x\$ and \\"#),
        ("قال الحلف: «النص» كما هو.", "قال الحلف: «النص» كما هو."),
        ("line one\r\nline two\n\nthree\u{2028}four", "line one line two three four"),
        ("abc\u{202E}fed", "abc⟨U+202E⟩fed"),
        ("\u{2066}x\u{2069} \u{200F}", "⟨U+2066⟩x⟨U+2069⟩ \u{200F}"),
    ])
    func markdownRendersAsWritten(_ text: String, _ escaped: String) {
        #expect(Escaping.markdown(text) == escaped)
    }

    @Test func html() {
        #expect(
            Escaping.html("<a href='javascript:x'>\"R&D\"</a>")
                == "&lt;a href=&#39;javascript:x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;")
        #expect(Escaping.html("عربي \u{202E}abc") == "عربي ⟨U+202E⟩abc")
        #expect(Escaping.html("&amp;") == "&amp;amp;")
    }

    @Test func tsvFieldsNeverSplitARow() {
        #expect(Escaping.tsv("a\tb\nc\r\nd\re\u{2028}f") == "a b c d e f")
        #expect(Escaping.tsv("قال \u{202E}x") == "قال \u{202E}x")
    }
}
