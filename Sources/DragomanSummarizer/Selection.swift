/// Picks sentences from a ranking until the length is reached.
enum Selection {
    /// Candidate positions chosen, ascending. `ranked` lists positions best first; `isRepeat` says whether a
    /// sentence repeats one already chosen (skipped, and used again only to reach a requested sentence count).
    static func choose(
        ranked: [Int], words: [Int], length: SummaryLength, isRepeat: ((Int, [Int]) -> Bool)? = nil
    ) -> [Int] {
        var chosen: [Int] = []
        var skipped: [Int] = []
        var total = 0
        if let count = length.sentenceCount(candidates: ranked.count) {
            for position in ranked where chosen.count < count {
                if let isRepeat, isRepeat(position, chosen) {
                    skipped.append(position)
                } else {
                    chosen.append(position)
                }
            }
            for position in skipped where chosen.count < count { chosen.append(position) }
        } else {
            for position in ranked {
                if case .words(let budget) = length, total >= budget { break }
                if case .maxWords(let budget) = length, total + words[position] > budget { continue }
                if let isRepeat, isRepeat(position, chosen) { continue }
                chosen.append(position)
                total += words[position]
            }
        }
        return chosen.sorted()
    }

    /// Positions sorted by score, best first; ties go to the earlier sentence.
    static func ranking(_ scores: [Double]) -> [Int] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }
}
