import DragomanTestSupport
import Foundation
import Testing

/// End-to-end tests of `dragoman align` on the aligner's fixtures (copies of the glossary, never Glossaries/).
@Suite struct AlignCommandTests {
    static let fixtures = "Tests/DragomanAlignerTests/Fixtures"
    static let lineAligned = ["--ar", "\(fixtures)/nato.ar.txt", "--en", "\(fixtures)/nato.en.txt"]

    @Test func termsFileGivesGlossaryTSV() throws {
        let result = try CLI.run(["align", "--terms", "\(Self.fixtures)/nato.terms.txt"] + Self.lineAligned)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "38 pairs aligned; 9 terms, 9 with proposals\n")
        let lines = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(
            lines[0].joined(separator: ",")
                == "id,ar,en,ar_variants,en_variants,status,pos,domain,definition,note,source,updated")
        let rows = lines.dropFirst()
        #expect(
            rows.map { String($0[1]) + "=" + String($0[2]) } == [
                "التحالف=alliance", "حلف شمال الأطلسي=NATO", "وزراء الدفاع=defence ministers", "ستولتنبرغ=Stoltenberg",
                "الناتو=NATO", "الدعم العسكري=military support", "الاتحاد الأوروبي=European Union", "القمة=summit",
                "أوكرانيا=Ukraine",
            ])
        #expect(
            rows.allSatisfy { $0[5] == "proposed" && $0[10] == "dragoman align: 38 pairs of nato.ar.txt, nato.en.txt" })
        #expect(rows.map { String($0[0]) }.first == "align-0001")
    }

    @Test func everyInputFormatGivesTheSameProposals() throws {
        let lines = try CLI.run(["align", "--terms", "\(Self.fixtures)/nato.terms.txt"] + Self.lineAligned)
        let tsv = try CLI.run(["align", "--terms", "\(Self.fixtures)/nato.terms.txt", "\(Self.fixtures)/nato.tsv"])
        let tmx = try CLI.run(["align", "--terms", "\(Self.fixtures)/nato.terms.txt", "\(Self.fixtures)/nato.tmx"])
        func proposals(_ text: String) -> [String] {
            text.split(separator: "\n").map {
                $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(3).joined(separator: "\t")
            }
        }
        let xliff = try CLI.run([
            "align", "--terms", "\(Self.fixtures)/nato.terms.txt", "\(Self.fixtures)/nato.en-ar.xlf",
        ])
        #expect(tsv.status == 0 && tmx.status == 0 && xliff.status == 0)
        #expect(proposals(xliff.stdout) == proposals(lines.stdout))
        #expect(proposals(tsv.stdout) == proposals(lines.stdout))
        #expect(proposals(tmx.stdout) == proposals(lines.stdout))
        #expect(
            tmx.stderr == """
                \(Self.fixtures)/nato.tmx:43: unit 'no-english' has no English (en) text; skipped
                38 pairs aligned; 9 terms, 9 with proposals

                """)
    }

    @Test func importRoundTripAddsNewConceptsAndVariantsNeverASecondConcept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let glossary = folder.path("g.tsv")
        try FileManager.default.copyItem(
            atPath: "\(CLI.packageRoot.path)/\(Self.fixtures)/nato.glossary.tsv", toPath: glossary)
        let before = try Data(contentsOf: URL(fileURLWithPath: glossary))
        let proposals = folder.path("proposals.tsv")
        let align = try CLI.run(["align", "--glossary", glossary, "-o", proposals] + Self.lineAligned)
        #expect(align.status == 0, "\(align.stderr)")
        #expect(align.stdout.isEmpty)
        // align never writes the glossary.
        #expect(try Data(contentsOf: URL(fileURLWithPath: glossary)) == before)
        let imported = try CLI.run([
            "glossary", "import", proposals, "--glossary", glossary, "--on-conflict", "variant",
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let actions = imported.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        // The concept the glossary has gets the English as a variant; the others are new concepts.
        let variant = try #require(actions.first { $0[0] == "variant" })
        #expect(variant[1] == "dm-0001")
        #expect(variant[2] == "التحالف")
        #expect(actions.filter { $0[0] != "variant" }.allSatisfy { $0[0] == "added" || $0[0] == "unchanged" })
        let after = try String(contentsOfFile: glossary, encoding: .utf8)
        let rows = after.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.filter { $0[1] == "التحالف" }.count == 1)
        let alliance = try #require(rows.first { $0[0] == "dm-0001" })
        #expect(alliance[2] == "coalition")
        #expect(alliance[4] == "alliance")
        #expect(alliance[5] == "preferred")
        let ministers = try #require(rows.first { $0[1] == "وزراء الدفاع" })
        #expect(ministers[2] == "defence ministers")
        #expect(ministers[5] == "proposed")
        #expect(rows.count == 4 + actions.filter { $0[0] == "added" }.count)
        // Aligning again proposes nothing new for التحالف: alliance is now one of its English forms.
        let again = try CLI.run(["align", "--glossary", glossary] + Self.lineAligned)
        #expect(!again.stdout.contains("dm-0001\t"))
    }

    @Test func checkReportsOutdatedEntries() throws {
        let result = try CLI.run(
            ["align", "--check", "--glossary", "\(Self.fixtures)/nato.glossary.tsv"] + Self.lineAligned)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                id\tar\ten\tseen\tapproved\tshare\trenderings\tverdict
                dm-0001\tالتحالف\tcoalition\t11\t0\t0%\talliance (11)\toutdated
                dm-0002\tالقمة\tsummit\t6\t6\t100%\t\tok
                dm-0003\tحلف شمال الأطلسي\tNATO\t10\t10\t100%\t\tok

                """)
        #expect(result.stderr == "38 pairs aligned; 3 of 4 entries seen, 1 flagged\n")
        let json = try CLI.run(
            ["align", "--check", "--format", "json", "--glossary", "\(Self.fixtures)/nato.glossary.tsv"]
                + Self.lineAligned)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.map { $0["verdict"] as? String } == ["outdated", "ok", "ok"])
    }

    @Test func badInputExitsOneWithTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("التحالف\nالقمة\n", to: "ar.txt")
        _ = try folder.write("the alliance\n", to: "en.txt")
        let result = try CLI.run(["align", "--ar", "ar.txt", "--en", "en.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: ar.txt has 2 lines but en.txt has 1: line-aligned files need one sentence per line on both sides; find where they drift apart and fix it\n"
        )
        _ = try folder.write("<tmx><body><tu>", to: "cut.tmx")
        let tmx = try CLI.run(["align", "cut.tmx"], in: folder.url)
        #expect(tmx.status == 1)
        #expect(tmx.stderr.hasPrefix("Error: cut.tmx:1:"))
        #expect(tmx.stdout.isEmpty)
    }

    @Test(arguments: [
        (["align", "--ar", "a.txt"], "give both --ar and --en (line-aligned files), or neither"),
        (["align"], "give parallel text: --ar FILE --en FILE, or .tsv, .tmx or .xlf files"),
        (
            ["align", "notes.txt"],
            "notes.txt: cannot tell the kind of parallel text from the extension; use .tsv, .tmx, .xlf/.xliff, or --ar FILE --en FILE for line-aligned files"
        ),
        (["align", "--check", "p.tsv"], "--check needs --glossary FILE"),
        (["align", "--format", "csv", "p.tsv"], "unknown format 'csv'; use tsv or json"),
    ])
    func argumentsAreValidated(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"))
    }
}
