import Foundation

/// Forward–backward for the HMM alignment model of Vogel, Ney & Tillmann (1996) with the empty-word states of
/// Och & Ney (2003), on one sentence pair and one direction.
///
/// The hidden state at target position j is a source position i (0..<l) or the empty word "after i" (l..<2l), which
/// moves on as if from i. A word state goes to source position i' with probability (1 − p0) · c(i' − i) / Σ c, to
/// its own empty state with p0. Emissions are the lexical probabilities t(f | e) and t(f | NULL). Scaled forward and
/// backward passes give the state posteriors and, while training, the expected jump counts. A transition row is a
/// contiguous slice of the jump weights, so every inner loop runs over adjacent memory.
struct HMMScratch {
    private var alpha: [Float] = []
    private var beta: [Float] = []
    private var scale: [Float] = []
    private var factor: [Float] = []
    private var sums: [Float] = []
    private var weighted: [Float] = []

    /// Runs forward–backward. `emission[j * l + i]` is t(target j | source i), `nullEmission[j]` is t(target j |
    /// NULL), `jump[d + maxJump]` the weight of a jump by d, and `prefix[x]` = Σ_{y < x} jump[y]; `l` must not exceed
    /// `maxJump + 1`. Fills `posterior[j * l + i]` and `nullPosterior[j]`; adds expected jump counts to `jumpCounts`
    /// when given.
    mutating func run(
        l: Int, m: Int, emission: UnsafePointer<Float>, nullEmission: UnsafePointer<Float>,
        jump: UnsafePointer<Float>, prefix: UnsafePointer<Float>, maxJump: Int, p0: Float,
        posterior: UnsafeMutablePointer<Float>, nullPosterior: UnsafeMutablePointer<Float>,
        jumpCounts: UnsafeMutablePointer<Float>?
    ) {
        if alpha.count < 2 * l * m { alpha = [Float](repeating: 0, count: 2 * l * m) }
        if beta.count < l * m { beta = [Float](repeating: 0, count: l * m) }
        if scale.count < m { scale = [Float](repeating: 0, count: m) }
        if factor.count < l {
            factor = [Float](repeating: 0, count: l)
            sums = factor
            weighted = factor
        }
        let stay = 1 - p0
        alpha.withUnsafeMutableBufferPointer { alphaBuffer in
            beta.withUnsafeMutableBufferPointer { betaBuffer in
                scale.withUnsafeMutableBufferPointer { scaleBuffer in
                    factor.withUnsafeMutableBufferPointer { factorBuffer in
                        sums.withUnsafeMutableBufferPointer { sumsBuffer in
                            weighted.withUnsafeMutableBufferPointer { weightedBuffer in
                                let a = alphaBuffer.baseAddress!
                                let b = betaBuffer.baseAddress!
                                let c = scaleBuffer.baseAddress!
                                let f = factorBuffer.baseAddress!
                                let s = sumsBuffer.baseAddress!
                                let w = weightedBuffer.baseAddress!
                                let center = jump + maxJump
                                // Row i of the transitions is (1 − p0) / Z_i · center[k − i], k = 0..<l.
                                for i in 0..<l {
                                    let total = prefix[maxJump - i + l] - prefix[maxJump - i]
                                    f[i] = stay / max(total, 1e-30)
                                }
                                // Forward. Row j: l word states, then l empty states.
                                let start = 1 / Float(l)
                                var norm: Float = 0
                                for i in 0..<l {
                                    a[i] = stay * start * emission[i]
                                    a[l + i] = p0 * start * nullEmission[0]
                                    norm += a[i] + a[l + i]
                                }
                                norm = max(norm, 1e-30)
                                c[0] = norm
                                for i in 0..<(2 * l) { a[i] /= norm }
                                var j = 1
                                while j < m {
                                    let previous = a + (j - 1) * 2 * l
                                    let row = a + j * 2 * l
                                    for k in 0..<l { row[k] = 0 }
                                    for i in 0..<l {
                                        s[i] = previous[i] + previous[l + i]
                                        let weight = s[i] * f[i]
                                        if weight == 0 { continue }
                                        VectorMath.addScaled(row, weight, center - i, l)
                                    }
                                    let e = emission + j * l
                                    let nullE = nullEmission[j] * p0
                                    norm = 0
                                    for k in 0..<l {
                                        row[k] *= e[k]
                                        row[l + k] = nullE * s[k]
                                        norm += row[k] + row[l + k]
                                    }
                                    norm = max(norm, 1e-30)
                                    c[j] = norm
                                    let inverse = 1 / norm
                                    for k in 0..<(2 * l) { row[k] *= inverse }
                                    j += 1
                                }
                                // Backward, with the expected jumps of each transition j → j + 1 on the way.
                                let last = b + (m - 1) * l
                                for i in 0..<l { last[i] = 1 }
                                j = m - 2
                                while j >= 0 {
                                    let next = b + (j + 1) * l
                                    let row = b + j * l
                                    let e = emission + (j + 1) * l
                                    let nullE = nullEmission[j + 1] * p0
                                    let inverse = 1 / c[j + 1]
                                    for k in 0..<l { w[k] = e[k] * next[k] }
                                    let previous = a + j * 2 * l
                                    for i in 0..<l {
                                        let total: Float
                                        if let jumpCounts {
                                            let weight = (previous[i] + previous[l + i]) * f[i] * inverse
                                            total = VectorMath.dotAndAdd(
                                                center - i, w, l, into: jumpCounts + maxJump - i, scaledBy: weight)
                                        } else {
                                            total = VectorMath.dot(center - i, w, l)
                                        }
                                        row[i] = (f[i] * total + nullE * next[i]) * inverse
                                    }
                                    j -= 1
                                }
                                // Posteriors (the empty state after i has the same beta as i).
                                for j in 0..<m {
                                    let row = a + j * 2 * l
                                    let betaRow = b + j * l
                                    let out = posterior + j * l
                                    var nullMass: Float = 0
                                    for i in 0..<l {
                                        out[i] = row[i] * betaRow[i]
                                        nullMass += row[l + i] * betaRow[i]
                                    }
                                    nullPosterior[j] = nullMass
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
