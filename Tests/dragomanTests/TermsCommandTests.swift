import DragomanTestSupport
import Foundation
import Testing

@Suite struct TermsCommandTests {
    @Test func tsvHasDocumentAndBatchRowsForTheSeeds() throws {
        let result = try CLI.run(["terms", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "document\tid\tar\ten\tstatus\tcount\tforms\tmatch\tscore\treplacement\tfirst_sentence")
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 11 })
        let nato = try #require(rows.first { $0[0] == "batch" && $0[1] == "dm-0001" })
        #expect(nato[3] == "NATO")
        #expect(Int(nato[5])! >= 60)
        #expect(nato[6].contains("حلف شمال الأطلنطى") || nato[6].contains("لحلف شمال الأطلنطى"))
        // The seed's typo of Stoltenberg is a listed misspelling: its own row, flagged with the name to write.
        let stoltenberg = rows.filter { $0[0] == "seeds/003_ebcacb89700a50ef.txt" && $0[1] == "dm-0004" }
        #expect(stoltenberg.map { String($0[4]) } == ["preferred", "misspelling"])
        #expect(stoltenberg.last?[6] == "ستوليبنبيرج")
        #expect(stoltenberg.last?[9] == "ينس ستولتنبرغ (dm-0004, Jens Stoltenberg)")
        // Construct forms (iḍāfa) are matched: وزراء دفاع حلف الناتو is "NATO defence ministers".
        let defence = try #require(rows.first { $0[0] == "batch" && $0[1] == "dm-0040" })
        #expect(defence[6].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.contains("وزراء دفاع"))
        #expect(Set(rows.map { String($0[0]) }).count == 6)
    }

    @Test func jsonOccurrencesDecodeToTheirText() throws {
        let result = try CLI.run(["terms", "--format", "json", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.count == 6)
        var checked = 0
        for table in tables.dropLast() {
            let bytes = try Data(
                contentsOf: CLI.packageRoot.appendingPathComponent(try #require(table["name"] as? String)))
            for term in try #require(table["terms"] as? [[String: Any]]) {
                for occurrence in try #require(term["occurrences"] as? [[String: Any]]) {
                    let start = try #require(occurrence["start"] as? Int)
                    let end = try #require(occurrence["end"] as? Int)
                    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == occurrence["text"] as? String)
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test func fuzzyMatchWithAGlossaryLackingTheVariant() throws {
        let directory = TestScratch.root.appendingPathComponent("terms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let glossary = directory.appendingPathComponent("g.tsv")
        try
            "id\tar\ten\tdomain\nx-1\tينس ستولتنبرغ\tJens Stoltenberg\tperson\nx-2\tستولينبيرج\tJens Stoltenberg\tperson\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        let result = try CLI.run([
            "terms", "--glossary", glossary.path, "--format", "markdown", "seeds/003_ebcacb89700a50ef.txt",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("| x-2 | ستولينبيرج | Jens Stoltenberg | preferred | 1 | ستوليبنبيرج | fuzzy 0.96 |")
        )
    }

    @Test func csvIsRFC4180() throws {
        let result = try CLI.run(["terms", "--format", "csv", "seeds/003_ebcacb89700a50ef.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix("document,id,ar,en,status,count,forms,match,score,replacement,first_sentence\r\n"))
        // Seed 003 quotes "بعثة غير قتالية" with ASCII quotes: the field is quoted and inner quotes are doubled.
        #expect(result.stdout.contains("كونها \"\"بعثة غير قتالية\"\"."))
        #expect(result.stdout.contains(",\"وأكد ستولينبيرج أن بعثة الناتو"))
    }

    @Test func candidatesAreGlossaryTSV() throws {
        let result = try CLI.run(["terms", "--candidates", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tdefinition\tnote\tsource\tupdated")
        // Noun phrases only, seen twice or more: few on five short articles, most of them terms (README).
        #expect(lines.dropFirst().map { String($0.split(separator: "\t")[1]) }.contains("مجموعة عمل مخصصة"))
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields[2].isEmpty && fields[5] == "proposed")
        }
    }

    /// The candidate workflow with its review step, on a copy of the shipped glossary: imported candidates are
    /// proposed entries that stay out of the term tables and are not proposed again, until one is accepted.
    @Test func importedCandidatesWaitForReview() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let glossary = folder.path("my-glossary.tsv")
        try FileManager.default.copyItem(
            atPath: CLI.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv").path, toPath: glossary)
        let before = try CLI.run(["terms", "--glossary", glossary, "seeds/"])
        let candidates = try CLI.run(["terms", "--candidates", "--glossary", glossary, "seeds/"])
        try Data(candidates.stdout.utf8).write(to: URL(fileURLWithPath: folder.path("candidates.tsv")))
        let first = try #require(candidates.stdout.split(separator: "\n").dropFirst().first)
        let id = String(first.split(separator: "\t")[0])
        let arabic = String(first.split(separator: "\t")[1])
        #expect(id == "cand-0001")

        let imported = try CLI.run(["glossary", "import", "--glossary", glossary, folder.path("candidates.tsv")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("added\tcand-") })
        let after = try CLI.run(["terms", "--glossary", glossary, "seeds/"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        let again = try CLI.run(["terms", "--candidates", "--glossary", glossary, "seeds/"])
        #expect(again.stdout.split(separator: "\n").count == 1, "\(again.stdout)")

        let accepted = try CLI.run([
            "glossary", "update", "--glossary", glossary, id, "--en", "ad hoc working group", "--status", "preferred",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let reviewed = try CLI.run(["terms", "--glossary", glossary, "seeds/"])
        let rows = reviewed.stdout.split(separator: "\n").filter { $0.contains("\t\(id)\t") }
        #expect(rows.contains { $0.hasPrefix("batch\t\(id)\t\(arabic)\tad hoc working group\tpreferred\t") }, "\(rows)")
    }

    @Test func badArgumentsAreClearErrors() throws {
        let format = try CLI.run(["terms", "--format", "xml", "seeds/"])
        #expect(format.status != 0)
        #expect(format.stderr.contains("unknown format 'xml'; use tsv, csv, markdown or json"))
        let missing = try CLI.run(["terms", "--glossary", "nope.tsv", "seeds/"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nope.tsv: cannot read the glossary: no such file"))
    }
}
