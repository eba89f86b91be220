import Foundation

/// Word alignment learned from the corpus itself: IBM Model 1 (Brown et al. 1993), then the HMM model (Vogel, Ney &
/// Tillmann 1996; empty word as in Och & Ney 2003), trained with EM in both directions at once, the HMM by agreement
/// (Liang, Taskar & Klein 2006), then decoded by state posteriors and symmetrised with grow-diag-final-and (Koehn,
/// Och & Marcu 2003).
///
/// Both directions share one sparse table of the (Arabic, English) token pairs that co-occur in some sentence pair
/// (`PairTable`), so each pass over the corpus looks every pair up once for both. The corpus is streamed from its
/// record file on every pass; memory holds the tables, which grow with the vocabulary.
struct WordAligner {
    /// Training settings.
    struct Options: Sendable {
        /// EM iterations of Model 1 (the first is the co-occurrence count).
        var model1Iterations: Int
        /// EM iterations of the HMM model; the alignment is then decoded by one more E-step.
        var hmmIterations: Int
        /// Probability of moving to the empty word in the HMM.
        var nullProbability: Float = 0.2
        /// Pairs with more alignment tokens than this on either side are left out (too slow, too loose).
        var maxLength = 400
        /// A directional link is kept when its posterior reaches this.
        var threshold: Float = 0.5
        /// Train by agreement (Liang, Taskar & Klein 2006): both directions count the product of their link
        /// posteriors.
        var agreement = true
    }

    let options: Options
    let maps: TokenMaps
    /// The co-occurring (Arabic, English) token pairs; index k addresses the arrays below.
    private var pairs = PairTable()
    /// t(English | Arabic) and t(Arabic | English) per pair index; NULL is token 0 on either side.
    private var englishGivenArabic: [Double] = []
    private var arabicGivenEnglish: [Double] = []
    private var pairArabic: [UInt32] = []
    private var pairEnglish: [UInt32] = []
    private var countEnglish: [Double] = []
    private var countArabic: [Double] = []
    /// Jump weights of the two HMMs (English generated from Arabic, Arabic from English), centred on `maxLength`.
    private var jumps: [[Float]]
    private var jumpPrefixes: [[Float]]
    private var jumpCounts: [[Double]]
    /// Pairs left out for their length.
    private(set) var skippedLong = 0

    init(maps: TokenMaps, options: Options) {
        self.maps = maps
        self.options = options
        let buckets = 2 * options.maxLength + 1
        jumps = [[Float]](repeating: [Float](repeating: 1, count: buckets), count: 2)
        jumpPrefixes = [[Float]](repeating: [], count: 2)
        jumpCounts = [[Double]](repeating: [Double](repeating: 0, count: buckets), count: 2)
        for direction in 0..<2 { jumpPrefixes[direction] = Self.prefixSums(jumps[direction]) }
    }

    static func prefixSums(_ values: [Float]) -> [Float] {
        var sums = [Float](repeating: 0, count: values.count + 1)
        var total: Double = 0
        for (k, value) in values.enumerated() {
            total += Double(value)
            sums[k + 1] = Float(total)
        }
        return sums
    }

    // MARK: Scratch for one sentence pair

    private var pair = SentencePair()
    /// The pair indices of the loaded pair, as the working file stores them after the corpus record:
    /// `[(Arabic i, English j) at i * m + j …, (Arabic i, NULL) …, (NULL, English j) …]`.
    private var indices: [UInt32] = []
    private var emission: [Float] = []
    private var nullEmission: [Float] = []
    /// posteriors[0][j * l + i]: English j from Arabic i; posteriors[1][i * m + j]: Arabic i from English j.
    private var posteriors: [[Float]] = [[], []]
    private var nullPosteriors: [[Float]] = [[], []]
    private var sentenceJumps: [Float] = []
    private var hmm = HMMScratch()

    private func fits(_ pair: SentencePair) -> Bool {
        !pair.arabic.isEmpty && !pair.english.isEmpty && pair.arabic.count <= options.maxLength
            && pair.english.count <= options.maxLength
    }

    /// Adds the loaded pair's token pairs to the table and fills `indices`.
    private mutating func insertPairs() {
        let l = pair.arabic.count
        let m = pair.english.count
        indices.removeAll(keepingCapacity: true)
        for i in 0..<l {
            let a = pair.arabic[i]
            for j in 0..<m { indices.append(add(a, pair.english[j])) }
        }
        for i in 0..<l { indices.append(add(pair.arabic[i], 0)) }
        for j in 0..<m { indices.append(add(0, pair.english[j])) }
    }

    private mutating func add(_ a: UInt32, _ e: UInt32) -> UInt32 {
        let k = pairs.insert(a, e)
        if Int(k) == pairArabic.count {
            pairArabic.append(a)
            pairEnglish.append(e)
            countEnglish.append(0)
            countArabic.append(0)
        }
        return UInt32(k)
    }

    /// Loads a record of the indexed working file into `pair`; returns its pair indices (nil for a pair left out).
    private mutating func load(_ record: UnsafeBufferPointer<UInt32>) -> UnsafePointer<UInt32>? {
        pair.load(record, maps: maps)
        let length = SentencePair.length(of: record)
        return record.count > length ? record.baseAddress! + length : nil
    }

    // MARK: Training

    /// Trains both directions on the corpus: Model 1, then the HMM. Returns the working file the other passes
    /// read: each corpus record followed by its pair indices (none for a pair left out), so the table is searched
    /// once per pair, not once per pass.
    mutating func train(_ records: RecordFile) throws(AlignerError) -> RecordFile {
        // Model 1, iteration 1: with uniform t every link gets 1/(l+1) (English side) and 1/(m+1) (Arabic side);
        // the same pass builds the pair table.
        skippedLong = 0
        let indexed = try RecordFile(prefix: "indexed")
        var out: [UInt32] = []
        try records.forEach { _, record throws(AlignerError) in
            pair.load(record, maps: maps)
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: record)
            guard fits(pair) else {
                skippedLong += 1
                try indexed.append(out)
                return
            }
            insertPairs()
            out.append(contentsOf: indices)
            try indexed.append(out)
            let l = pair.arabic.count
            let m = pair.english.count
            let toEnglish = 1 / Double(l + 1)
            let toArabic = 1 / Double(m + 1)
            for i in 0..<l {
                for j in 0..<m {
                    let k = Int(indices[i * m + j])
                    countEnglish[k] += toEnglish
                    countArabic[k] += toArabic
                }
                countArabic[Int(indices[l * m + i])] += toArabic
            }
            for j in 0..<m { countEnglish[Int(indices[l * m + l + j])] += toEnglish }
        }
        englishGivenArabic = [Double](repeating: 0, count: pairs.count)
        arabicGivenEnglish = [Double](repeating: 0, count: pairs.count)
        normalize()
        for _ in 1..<max(options.model1Iterations, 1) {
            try indexed.forEach { _, record throws(AlignerError) in
                if let indices = load(record) { model1(indices, accumulate: true) }
            }
            normalize()
        }
        for _ in 0..<options.hmmIterations {
            for direction in 0..<2 {
                for d in jumpCounts[direction].indices { jumpCounts[direction][d] = 0 }
            }
            try indexed.forEach { _, record throws(AlignerError) in
                if let indices = load(record) { hmmPosteriors(indices, accumulate: true) }
            }
            normalize()
            // Jump weights from the expected counts, lightly smoothed so no jump becomes impossible.
            for direction in 0..<2 {
                let counts = jumpCounts[direction]
                let total = counts.reduce(0, +) + 0.1 * Double(counts.count)
                jumps[direction] = counts.map { Float(($0 + 0.1) / total) }
                jumpPrefixes[direction] = Self.prefixSums(jumps[direction])
            }
        }
        return indexed
    }

    /// M-step: t = count / Σ count per conditioning token; counts are reset.
    private mutating func normalize() {
        var arabicTotals = [Double](repeating: 0, count: maps.arabicTokens.count)
        var englishTotals = [Double](repeating: 0, count: maps.englishTokens.count)
        for k in 0..<pairArabic.count {
            arabicTotals[Int(pairArabic[k])] += countEnglish[k]
            englishTotals[Int(pairEnglish[k])] += countArabic[k]
        }
        for k in 0..<pairArabic.count {
            let a = arabicTotals[Int(pairArabic[k])]
            let e = englishTotals[Int(pairEnglish[k])]
            englishGivenArabic[k] = a > 0 ? countEnglish[k] / a : 0
            arabicGivenEnglish[k] = e > 0 ? countArabic[k] / e : 0
            countEnglish[k] = 0
            countArabic[k] = 0
        }
    }

    /// Model 1 posteriors of the loaded pair in both directions; adds them to the counts when `accumulate`.
    private mutating func model1(_ index: UnsafePointer<UInt32>, accumulate: Bool) {
        let l = pair.arabic.count
        let m = pair.english.count
        let nullEnglish = index + l * m
        let nullArabic = nullEnglish + l
        reservePosteriors(l, m)
        do {
            englishGivenArabic.withUnsafeBufferPointer { t in
                countEnglish.withUnsafeMutableBufferPointer { counts in
                    posteriors[0].withUnsafeMutableBufferPointer { posterior in
                        // English j from Arabic i or NULL.
                        for j in 0..<m {
                            let null = Int(nullArabic[j])
                            var total = t[null]
                            for i in 0..<l { total += t[Int(index[i * m + j])] }
                            let inverse = total > 0 ? 1 / total : 0
                            for i in 0..<l {
                                let k = Int(index[i * m + j])
                                let p = t[k] * inverse
                                posterior[j * l + i] = Float(p)
                                if accumulate { counts[k] += p }
                            }
                            if accumulate { counts[null] += t[null] * inverse }
                        }
                    }
                }
            }
            arabicGivenEnglish.withUnsafeBufferPointer { t in
                countArabic.withUnsafeMutableBufferPointer { counts in
                    posteriors[1].withUnsafeMutableBufferPointer { posterior in
                        // Arabic i from English j or NULL.
                        for i in 0..<l {
                            let null = Int(nullEnglish[i])
                            var total = t[null]
                            for j in 0..<m { total += t[Int(index[i * m + j])] }
                            let inverse = total > 0 ? 1 / total : 0
                            for j in 0..<m {
                                let k = Int(index[i * m + j])
                                let p = t[k] * inverse
                                posterior[i * m + j] = Float(p)
                                if accumulate { counts[k] += p }
                            }
                            if accumulate { counts[null] += t[null] * inverse }
                        }
                    }
                }
            }
        }
    }

    private mutating func reservePosteriors(_ l: Int, _ m: Int) {
        if posteriors[0].count < l * m {
            posteriors = [[Float](repeating: 0, count: l * m), [Float](repeating: 0, count: l * m)]
            emission = [Float](repeating: 0, count: l * m)
        }
        if nullPosteriors[0].count < max(l, m) {
            nullPosteriors = [[Float](repeating: 0, count: max(l, m)), [Float](repeating: 0, count: max(l, m))]
            nullEmission = [Float](repeating: 0, count: max(l, m))
        }
        if sentenceJumps.count < 2 * options.maxLength + 1 {
            sentenceJumps = [Float](repeating: 0, count: 2 * options.maxLength + 1)
        }
    }

    /// HMM forward–backward for the loaded pair in both directions; adds expected counts when `accumulate`.
    private mutating func hmmPosteriors(_ index: UnsafePointer<UInt32>, accumulate: Bool) {
        let l = pair.arabic.count
        let m = pair.english.count
        let nullEnglish = index + l * m
        let nullArabic = nullEnglish + l
        reservePosteriors(l, m)
        let floor = 1e-12
        // Direction 0, English from Arabic: states are Arabic positions, emission[j * l + i] = t(e_j | a_i).
        do {
            englishGivenArabic.withUnsafeBufferPointer { t in
                emission.withUnsafeMutableBufferPointer { emission in
                    for i in 0..<l {
                        for j in 0..<m { emission[j * l + i] = Float(max(t[Int(index[i * m + j])], floor)) }
                    }
                }
                for j in 0..<m { nullEmission[j] = Float(max(t[Int(nullArabic[j])], floor)) }
            }
        }
        run(direction: 0, l: l, m: m, accumulate: accumulate)
        // Direction 1, Arabic from English: states are English positions, emission[i * m + j] = t(a_i | e_j).
        do {
            arabicGivenEnglish.withUnsafeBufferPointer { t in
                emission.withUnsafeMutableBufferPointer { emission in
                    for k in 0..<(l * m) { emission[k] = Float(max(t[Int(index[k])], floor)) }
                }
                for i in 0..<l { nullEmission[i] = Float(max(t[Int(nullEnglish[i])], floor)) }
            }
        }
        run(direction: 1, l: m, m: l, accumulate: accumulate)
        if accumulate && options.agreement {
            // Alignment by agreement (Liang, Taskar & Klein 2006): both directions count the product of their
            // link posteriors.
            var forward = posteriors[0]
            var backward = posteriors[1]
            posteriors = [[], []]
            forward.withUnsafeMutableBufferPointer { forward in
                backward.withUnsafeMutableBufferPointer { backward in
                    for i in 0..<l {
                        for j in 0..<m {
                            let product = forward[j * l + i] * backward[i * m + j]
                            forward[j * l + i] = product
                            backward[i * m + j] = product
                        }
                    }
                }
            }
            posteriors = [forward, backward]
        }
        guard accumulate else { return }
        do {
            countEnglish.withUnsafeMutableBufferPointer { counts in
                posteriors[0].withUnsafeBufferPointer { posterior in
                    for i in 0..<l {
                        for j in 0..<m { counts[Int(index[i * m + j])] += Double(posterior[j * l + i]) }
                    }
                }
                for j in 0..<m { counts[Int(nullArabic[j])] += Double(nullPosteriors[0][j]) }
            }
            countArabic.withUnsafeMutableBufferPointer { counts in
                posteriors[1].withUnsafeBufferPointer { posterior in
                    for k in 0..<(l * m) { counts[Int(index[k])] += Double(posterior[k]) }
                }
                for i in 0..<l { counts[Int(nullEnglish[i])] += Double(nullPosteriors[1][i]) }
            }
        }
    }

    /// Forward–backward of one direction over the filled emissions (`l` states, `m` observations).
    private mutating func run(direction: Int, l: Int, m: Int, accumulate: Bool) {
        let maxJump = options.maxLength
        if accumulate {
            for d in max(0, maxJump - l)...min(2 * maxJump, maxJump + l) { sentenceJumps[d] = 0 }
        }
        emission.withUnsafeBufferPointer { emission in
            nullEmission.withUnsafeBufferPointer { nullEmission in
                jumps[direction].withUnsafeBufferPointer { jump in
                    jumpPrefixes[direction].withUnsafeBufferPointer { prefix in
                        posteriors[direction].withUnsafeMutableBufferPointer { posterior in
                            nullPosteriors[direction].withUnsafeMutableBufferPointer { nullPosterior in
                                sentenceJumps.withUnsafeMutableBufferPointer { counts in
                                    hmm.run(
                                        l: l, m: m, emission: emission.baseAddress!,
                                        nullEmission: nullEmission.baseAddress!, jump: jump.baseAddress!,
                                        prefix: prefix.baseAddress!, maxJump: maxJump, p0: options.nullProbability,
                                        posterior: posterior.baseAddress!, nullPosterior: nullPosterior.baseAddress!,
                                        jumpCounts: accumulate ? counts.baseAddress! : nil)
                                }
                            }
                        }
                    }
                }
            }
        }
        if accumulate {
            for d in max(0, maxJump - l)...min(2 * maxJump, maxJump + l) {
                jumpCounts[direction][d] += Double(sentenceJumps[d])
            }
        }
    }

    // MARK: Decoding

    /// Aligns every pair of the working file `train` returned and writes `aligned`: each record is the corpus
    /// record followed by the symmetrised links
    /// (`i << 16 | j`, Arabic alignment token i, English token j). Pairs left out for their length get no links.
    mutating func align(_ indexed: RecordFile, into aligned: RecordFile) throws(AlignerError) {
        var out: [UInt32] = []
        var symmetrizer = Symmetrizer()
        try indexed.forEach { _, record throws(AlignerError) in
            let indices = load(record)
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: record[0..<SentencePair.length(of: record)])
            if let indices {
                if options.hmmIterations > 0 {
                    hmmPosteriors(indices, accumulate: false)
                } else {
                    model1(indices, accumulate: false)
                }
                let l = pair.arabic.count
                let m = pair.english.count
                let threshold = options.threshold
                symmetrizer.reset(l: l, m: m)
                for j in 0..<m {
                    for i in 0..<l where posteriors[0][j * l + i] >= threshold { symmetrizer.addForward(i, j) }
                }
                for i in 0..<l {
                    for j in 0..<m where posteriors[1][i * m + j] >= threshold { symmetrizer.addBackward(i, j) }
                }
                symmetrizer.growDiagFinalAnd { i, j in out.append(UInt32(i) << 16 | UInt32(j)) }
            }
            try aligned.append(out)
        }
        try aligned.flush()
    }
}
