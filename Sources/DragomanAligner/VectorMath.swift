/// The inner loops of the HMM over contiguous `Float` runs, eight lanes at a time (floating-point sums are not
/// reordered by the compiler, so a plain loop would add one element per addition latency).
enum VectorMath {
    typealias Lanes = SIMD8<Float>

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    static func store(_ value: Lanes, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Lanes.self)
    }

    /// y[k] += a · x[k] for k in 0..<n.
    @inline(__always)
    static func addScaled(_ y: UnsafeMutablePointer<Float>, _ a: Float, _ x: UnsafePointer<Float>, _ n: Int) {
        var k = 0
        let scale = Lanes(repeating: a)
        while k + 8 <= n {
            store(load(y + k) + scale * load(x + k), y + k)
            k += 8
        }
        while k < n {
            y[k] += a * x[k]
            k += 1
        }
    }

    /// Σ x[k] · y[k] for k in 0..<n.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int) -> Float {
        var k = 0
        var sum = Lanes(repeating: 0)
        while k + 8 <= n {
            sum += load(x + k) * load(y + k)
            k += 8
        }
        var total = sum.sum()
        while k < n {
            total += x[k] * y[k]
            k += 1
        }
        return total
    }

    /// Σ x[k] · y[k], adding a · x[k] · y[k] to counts[k] on the way.
    @inline(__always)
    static func dotAndAdd(
        _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int, into counts: UnsafeMutablePointer<Float>,
        scaledBy a: Float
    ) -> Float {
        var k = 0
        var sum = Lanes(repeating: 0)
        let scale = Lanes(repeating: a)
        while k + 8 <= n {
            let product = load(x + k) * load(y + k)
            sum += product
            store(load(counts + k) + scale * product, counts + k)
            k += 8
        }
        var total = sum.sum()
        while k < n {
            let product = x[k] * y[k]
            total += product
            counts[k] += a * product
            k += 1
        }
        return total
    }
}
