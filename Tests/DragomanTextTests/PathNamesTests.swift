import Foundation
import Testing

@testable import DragomanText

/// `PathNames` against Foundation's `URL`, which it replaces where a path names a document.
@Suite struct PathNamesTests {
    /// What `URL(fileURLWithPath:)` gives: the last component and its stem.
    static func foundation(_ path: String) -> (String, String) {
        let url = URL(fileURLWithPath: path)
        return (url.lastPathComponent, url.deletingPathExtension().lastPathComponent)
    }

    static func mine(_ path: String) -> (String, String) {
        let name = PathNames.lastComponent(of: path)
        return (name, PathNames.stem(of: name))
    }

    @Test(arguments: [
        ("seeds/001_0dda74a77566b337.txt", "001_0dda74a77566b337.txt", "001_0dda74a77566b337"),
        ("/archive/2024/خبر.txt", "خبر.txt", "خبر"),
        ("ملف/مقال.نص", "مقال.نص", "مقال"),
        ("a/مُقال.txt", "مُقال.txt", "مُقال"),
        ("a.b.txt", "a.b.txt", "a.b"),
        ("/abs/x.tar.gz", "x.tar.gz", "x.tar"),
        (".hidden", ".hidden", ".hidden"),
        ("a/.hidden.txt", ".hidden.txt", ".hidden"),
        ("a/name.", "name.", "name."),
        ("x..txt", "x..txt", "x."),
        ("a/..txt", "..txt", "..txt"),
        ("a/...txt", "...txt", "...txt"),
        ("a/....txt", "....txt", "..."),
        ("a/b.txt/", "b.txt", "b"),
        ("a//b.txt//", "b.txt", "b"),
        ("a/ .txt", " .txt", " "),
        ("a b/c d.txt", "c d.txt", "c d"),
        ("a/b.c/d", "d", "d"),
        ("-", "-", "-"),
        ("/", "/", "/"),
    ])
    func namesOfAPath(path: String, name: String, stem: String) {
        #expect(PathNames.lastComponent(of: path) == name)
        #expect(PathNames.stem(of: name) == stem)
        #expect(Self.foundation(path) == (name, stem))
    }

    /// An empty path names nothing (Foundation would name the working folder); an article without a name is
    /// "stdin", as standard input is.
    @Test func anEmptyPathIsNoName() {
        #expect(PathNames.lastComponent(of: "") == "")
        #expect(PathNames.stem(of: "") == "")
        #expect(Document.uniqueStems(names: ["", "-"]) == ["stdin", "stdin-2"])
    }

    /// Every path of up to five characters from a small alphabet whose last component is a name: the same as
    /// Foundation.
    @Test func sameAsFoundationOnEveryShortPath() {
        let alphabet = ["a", ".", " ", "ت", "/", "-"]
        var paths = [""]
        var mismatches: [String] = []
        for _ in 0..<5 {
            paths = paths.flatMap { path in alphabet.map { path + $0 } }
            for path in paths {
                let components = path.split(separator: "/", omittingEmptySubsequences: false)
                guard let last = components.last, !last.isEmpty, !components.contains("."),
                    !components.contains("..")
                else { continue }
                let absolute = "/base/" + path
                if Self.mine(absolute) != Self.foundation(absolute) { mismatches.append(path) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
