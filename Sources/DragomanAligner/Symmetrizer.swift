/// Grow-diag-final-and (Koehn, Och & Marcu 2003, as in Moses): the intersection of the two directional alignments,
/// grown with neighbouring links (diagonals included) from the union that attach a word not yet aligned, then the
/// union's remaining links whose two words are both still unaligned.
struct Symmetrizer {
    private var l = 0
    private var m = 0
    private var forward: [Bool] = []
    private var backward: [Bool] = []
    private var current: [Bool] = []
    private var arabicAligned: [Bool] = []
    private var englishAligned: [Bool] = []

    /// Clears the grids for a pair of `l` Arabic and `m` English tokens.
    mutating func reset(l: Int, m: Int) {
        self.l = l
        self.m = m
        let cells = l * m
        if forward.count < cells {
            forward = [Bool](repeating: false, count: cells)
            backward = forward
            current = forward
        } else {
            for k in 0..<cells {
                forward[k] = false
                backward[k] = false
                current[k] = false
            }
        }
        arabicAligned = [Bool](repeating: false, count: l)
        englishAligned = [Bool](repeating: false, count: m)
    }

    /// A link of the English-from-Arabic direction.
    mutating func addForward(_ i: Int, _ j: Int) { forward[i * m + j] = true }
    /// A link of the Arabic-from-English direction.
    mutating func addBackward(_ i: Int, _ j: Int) { backward[i * m + j] = true }

    private mutating func link(_ i: Int, _ j: Int) {
        current[i * m + j] = true
        arabicAligned[i] = true
        englishAligned[j] = true
    }

    /// Symmetrises and calls `body` with each link (Arabic i, English j), by i then j.
    mutating func growDiagFinalAnd(_ body: (Int, Int) -> Void) {
        for k in 0..<(l * m) where forward[k] && backward[k] { link(k / m, k % m) }
        let neighbours = [(-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)]
        var grew = true
        while grew {
            grew = false
            for i in 0..<l {
                for j in 0..<m where current[i * m + j] {
                    for (di, dj) in neighbours {
                        let ni = i + di
                        let nj = j + dj
                        guard ni >= 0, ni < l, nj >= 0, nj < m, !current[ni * m + nj] else { continue }
                        let k = ni * m + nj
                        guard forward[k] || backward[k], !arabicAligned[ni] || !englishAligned[nj] else { continue }
                        link(ni, nj)
                        grew = true
                    }
                }
            }
        }
        // final-and: each direction in turn, a link whose two words are both unaligned.
        for grid in [forward, backward] {
            for k in 0..<(l * m) where grid[k] && !current[k] {
                let i = k / m
                let j = k % m
                if !arabicAligned[i] && !englishAligned[j] { link(i, j) }
            }
        }
        for k in 0..<(l * m) where current[k] { body(k / m, k % m) }
    }
}
