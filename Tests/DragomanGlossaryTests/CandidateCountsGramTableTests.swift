import Foundation
import Testing

@testable import DragomanGlossary

@Suite struct CandidateCountsGramTableTests {
    typealias Table = CandidateCounts.GramTable

    static func gram(_ frequency: Int, _ document: Int, _ offset: Int) -> CandidateCounts.Gram {
        CandidateCounts.Gram(frequency: frequency, at: .init(document: document, run: 0, offset: offset))
    }

    /// An n-gram is its prefix's node and its last form: its words come back in order, it is found again from the
    /// same words, and its prefixes are nodes that count only once counted themselves.
    @Test func nGramsAreFoundFromTheirWords() {
        var table = Table()
        let words: [Int32] = [4, 0, 9, 0]
        let node = table.node(for: words[...])
        #expect(table.length(of: node) == 4)
        var back: [Int32] = []
        table.words(of: node, into: &back)
        #expect(back == words)
        #expect(table.node(for: words[...]) == node)
        #expect(table.indices.count == 3)
        // Made, but nothing counted yet.
        #expect(table.isEmpty)
        #expect(table.counted(words[...]) == nil)
        table.add(Self.gram(1, 0, 0), to: node)
        #expect(table.count == 1)
        #expect(table.counted(words[...]) == node)
        #expect(table.counted(words[..<3]) == nil)
        #expect(table.counted([4, 0, 9, 1][...]) == nil)
        #expect(table.counted([0, 4][...]) == nil)
        let prefix = table.node(for: words[..<2])
        #expect(table.parts(of: node).last == 0)
        #expect(table.parts(of: prefix) == (Table.first(4), 0))
    }

    /// A node that is only a prefix takes the first occurrence given to it as it is; a counted one adds it up,
    /// keeping the earliest.
    @Test func addingKeepsTheEarliestOccurrence() {
        var table = Table()
        let node = table.child(table.child(Table.first(1), 2), 3)
        #expect(table.add(Self.gram(2, 5, 1), to: node).first == .init(document: 5, run: 0, offset: 1))
        let sum = table.add(Self.gram(3, 2, 7), to: node)
        #expect(sum.frequency == 5)
        #expect(sum.first == .init(document: 2, run: 0, offset: 7))
        #expect(table.add(Self.gram(1, 9, 0), to: node).first == .init(document: 2, run: 0, offset: 7))
        #expect(table.count == 1)
    }

    /// Many n-grams (the table grows several times): each is found at its own node, with its own counts.
    @Test func growsAndKeepsEveryNGram() {
        var table = Table()
        var nodes: [[Int32]: Int32] = [:]
        for a in Int32(0)..<40 {
            for b in Int32(0)..<40 {
                for c in Int32(0)..<4 {
                    let words = c == 0 ? [a, b] : [a, b, c, a]
                    let node = table.node(for: words[...])
                    table.add(Self.gram(Int(a * 40 + b) + 1, 0, 0), to: node)
                    nodes[words] = node
                }
            }
        }
        #expect(table.count == nodes.count)
        var back: [Int32] = []
        for (words, node) in nodes {
            #expect(table.counted(words[...]) == node)
            table.words(of: node, into: &back)
            #expect(back == words)
            #expect(table[node].frequency == Int(words[0] * 40 + words[1]) + 1)
        }
    }

    /// Counts read from JSON need not hold an n-gram's prefixes: those stay uncounted, in the count, the JSON and a
    /// merge.
    @Test func prefixesReadFromJSONAreNotCounted() throws {
        let json = """
            {"examples":[],"format":1,"forms":[0,1,2,3],"laterExamples":[],"maximumLength":4,\
            "runs":[[0,0,-1,[0,1,2,3],[1,3,2]]],"words":["ا","ب","ج","د"]}
            """
        let counts = try CandidateCounts(json: Data(json.utf8))
        #expect(counts.gramCount == 1)
        #expect(String(decoding: try counts.json(), as: UTF8.self) == json)
        var merged = CandidateCounts()
        merged.merge(counts)
        #expect(merged.gramCount == 1)
        #expect(try merged.json() == counts.json())
    }
}
