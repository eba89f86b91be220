import DragomanTestSupport
import Foundation
import Testing

/// End-to-end tests of `dragoman package` and of the package `dragoman prepare` writes.
@Suite struct PackageCommandTests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Every file under `folder`, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func packageOfTheSeeds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("package")
        let result = try CLI.run(["package", "-o", output, "seeds/"], environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(
            names == [
                "000_8df4f7dc39500c72.ar-en.xlf", "001_0dda74a77566b337.ar-en.xlf", "002_338c65e35c31d7d7.ar-en.xlf",
                "003_ebcacb89700a50ef.ar-en.xlf", "004_1485ed8d9be99254.ar-en.xlf", "README.txt", "glossary.tbx",
                "package.json", "terms.tsv",
            ])
        // Nothing staged is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["package"])

        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/package.json")))
                as? [String: Any])
        #expect(manifest["created"] as? String == "2023-11-14T22:13:20Z")
        #expect(manifest["dragoman"] as? String == "0.1.0")
        #expect(manifest["xliff"] as? String == "1.2")
        #expect(manifest["sourceLanguage"] as? String == "ar" && manifest["targetLanguage"] as? String == "en")
        let files = try #require(manifest["files"] as? [[String: Any]])
        #expect(
            files.map { $0["name"] as? String } == names.filter { $0.hasSuffix(".xlf") } + [
                "glossary.tbx", "terms.tsv",
            ])
        let seed = try #require(files.first { $0["name"] as? String == "003_ebcacb89700a50ef.ar-en.xlf" })
        #expect(seed["article"] as? String == "003_ebcacb89700a50ef.txt")
        #expect(seed["segments"] as? Int == 13)
        #expect(seed["sourceWords"] as? Int == 618)
        #expect((seed["glossaryTerms"] as? Int ?? 0) > 100)
        let xliff = try String(contentsOfFile: output + "/003_ebcacb89700a50ef.ar-en.xlf", encoding: .utf8)
        #expect(xliff.components(separatedBy: "<trans-unit ").count - 1 == 13)
        #expect(xliff.components(separatedBy: "<mrk ").count - 1 == seed["glossaryTerms"] as? Int)
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: output + "/" + (file["name"] as! String)))
            #expect(file["bytes"] as? Int == data.count)
        }

        // The README's checksum lines check out with sha256sum.
        let readme = try String(contentsOfFile: output + "/README.txt", encoding: .utf8)
        #expect(readme.contains("Made by Dragoman 0.1.0 on 2023-11-14T22:13:20Z."))
        #expect(
            readme.contains(
                "003_ebcacb89700a50ef.ar-en.xlf\n  from 003_ebcacb89700a50ef.txt: 13 segments, 618 source words"))
        if ExternalTool.isInstalled("sha256sum") {
            let sums = readme.split(separator: "\n").filter { $0.count > 66 && $0.dropFirst(64).hasPrefix("  ") }
            #expect(sums.count == 7)
            let check = try Subprocess.run(
                "sha256sum", ["--check", "--strict"], input: Data((sums.joined(separator: "\n") + "\n").utf8),
                in: URL(fileURLWithPath: output))
            #expect(check.status == 0, "\(check.combined)")
        }

        // The glossary subset: every concept of the term table, and the replacement of a deprecated one.
        let terms = try String(contentsOfFile: output + "/terms.tsv", encoding: .utf8)
        let ids = Set(terms.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[1]) })
        let tbx = try String(contentsOfFile: output + "/glossary.tbx", encoding: .utf8)
        let concepts = Set(
            tbx.components(separatedBy: "<conceptEntry id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(ids.isSubset(of: concepts) && !ids.isEmpty)
        #expect(concepts.count == manifest["totals"].flatMap { ($0 as? [String: Any])?["glossaryConcepts"] as? Int })
    }

    @Test(.enabled(if: XMLLint.canValidateTBX, "needs xmllint and ../shared/schemas/tbx"))
    func theGlossarySubsetIsValidTBX() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["package", "--xliff", "2.1", "-o", folder.path("p"), "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let tbx = try XMLLint.validate(file: folder.path("p/glossary.tbx"), against: XMLLint.tbxCore)
        #expect(tbx.status == 0, "\(tbx.combined)")
        if XMLLint.canValidateXLIFF {
            let xliff = try XMLLint.validate(
                file: folder.path("p/003_ebcacb89700a50ef.ar-en.xlf"), against: XMLLint.xliff("2.1"))
            #expect(xliff.status == 0, "\(xliff.combined)")
        }
    }

    @Test func anEarlierPackageIsReplacedAndAForeignFolderRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("p")
        #expect(try CLI.run(["package", "-o", output, "seeds/"]).status == 0)
        let second = try CLI.run(["package", "--only-summary", "-o", output, Self.seedPath], environment: Self.epoch)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).count == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["p"])

        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        let before = try Self.tree(URL(fileURLWithPath: output))
        let refused = try CLI.run(["package", "-o", output, "seeds/"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "Error: \(output): the folder holds 'notes.txt', which is not part of an earlier Dragoman package; nothing was written: move it away, or write the package to a new or empty folder\n"
        )
        #expect(try Self.tree(URL(fileURLWithPath: output)) == before)
    }

    static let seedPath = "seeds/003_ebcacb89700a50ef.txt"

    /// `package` takes the same XLIFF options as `xliff`: boilerplate kept as units not to translate, and the two
    /// options that contradict each other refused.
    @Test func boilerplateCanBeKeptInAPackage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("package")
        let seed = "seeds/003_ebcacb89700a50ef.txt"
        let result = try CLI.run(["package", "--keep-boilerplate", "-o", output, seed], environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOfFile: output + "/003_ebcacb89700a50ef.ar-en.xlf", encoding: .utf8)
        #expect(xliff.contains("translate=\"no\""))
        #expect(xliff.contains("boilerplate (furniture: share widget), not for translation"))
        let both = try CLI.run(["package", "--keep-boilerplate", "--only-summary", "-o", output, seed])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: --only-summary writes no boilerplate; drop --keep-boilerplate\n"))
    }

    @Test func aBadSourceDateEpochIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(
            ["package", "-o", folder.path("p"), Self.seedPath], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: SOURCE_DATE_EPOCH is 'yesterday', not a whole number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.path("p")))
    }

    @Test func prepareTwiceGivesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for run in ["a", "b"] {
            let result = try CLI.run(["prepare", "--output", folder.path(run)], environment: Self.epoch)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let first = try Self.tree(folder.url.appendingPathComponent("a"))
        let second = try Self.tree(folder.url.appendingPathComponent("b"))
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(
            first.keys.contains("package/package.json")
                && first.keys.contains("003_ebcacb89700a50ef/003_ebcacb89700a50ef.ar-en.xlf"))
        for (path, data) in first { #expect(second[path] == data, "\(path) differs between runs") }
        // Without SOURCE_DATE_EPOCH only the manifest's `created` moves.
        let third = try CLI.run(["prepare", "--output", folder.path("c")])
        #expect(third.status == 0, "\(third.stderr)")
        let unpinned = try Self.tree(folder.url.appendingPathComponent("c"))
        for (path, data) in first {
            let other = try #require(unpinned[path])
            if path.hasPrefix("package/package.json") || path.hasPrefix("package/README.txt") {
                func dropCreated(_ data: Data) -> [Substring] {
                    String(decoding: data, as: UTF8.self).split(separator: "\n").filter {
                        !$0.contains("\"created\"") && !$0.hasPrefix("Made by Dragoman")
                    }
                }
                #expect(dropCreated(data) == dropCreated(other), "\(path)")
            } else {
                #expect(other == data, "\(path) differs without SOURCE_DATE_EPOCH")
            }
        }
    }
}
