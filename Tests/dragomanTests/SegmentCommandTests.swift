import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func jsonOffsetsDecodeToTextForEverySeed() throws {
        let result = try CLI.run(["segment", "--format", "json", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(object["file"] as? String)
            let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(file))
            let segments = try #require(object["segments"] as? [[String: Any]])
            #expect(!segments.isEmpty)
            for segment in segments {
                let start = try #require(segment["start"] as? Int)
                let end = try #require(segment["end"] as? Int)
                let text = try #require(segment["text"] as? String)
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == text)
            }
        }
    }
}
