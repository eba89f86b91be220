import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A decoded PNG screenshot, as Chromium writes them (8-bit RGB or RGBA, not interlaced), for checking that a page
/// rendered: its size and how much of it is not background.
///
/// The compressed pixels are inflated with the system's zlib (`uncompress`, loaded at run time, as Foundation
/// itself links it), then the scanline filters of the PNG specification (ISO/IEC 15948, section 9) are undone.
struct PNGImage {
    let width: Int
    let height: Int
    /// Luminance (0–255) of every pixel, row by row.
    let luminance: [UInt8]

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(contentsOf url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.count > 8, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw Failure(description: "\(url.path): not a PNG file")
        }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8
        var width = 0
        var height = 0
        var channels = 0
        var compressed: [UInt8] = []
        while offset + 8 <= bytes.count {
            let length = int(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = offset + 8
            guard data + length <= bytes.count else { throw Failure(description: "truncated \(type) chunk") }
            switch type {
            case "IHDR":
                width = int(data)
                height = int(data + 4)
                guard bytes[data + 8] == 8, bytes[data + 12] == 0 else {
                    throw Failure(description: "only 8-bit, non-interlaced PNG is read")
                }
                switch bytes[data + 9] {
                case 2: channels = 3
                case 6: channels = 4
                default: throw Failure(description: "colour type \(bytes[data + 9]) is not RGB or RGBA")
                }
            case "IDAT": compressed += bytes[data..<(data + length)]
            default: break
            }
            offset = data + length + 4
        }
        let stride = width * channels
        let raw = try Self.inflate(compressed, size: height * (stride + 1))
        var pixels = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            for column in 0..<stride {
                let x = raw[row * (stride + 1) + 1 + column]
                let a = column >= channels ? Int(pixels[row * stride + column - channels]) : 0
                let b = row > 0 ? Int(pixels[(row - 1) * stride + column]) : 0
                let c = row > 0 && column >= channels ? Int(pixels[(row - 1) * stride + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Failure(description: "unknown filter \(filter) in row \(row)")
                }
                pixels[row * stride + column] = UInt8((Int(x) + predictor) & 0xFF)
            }
        }
        var luminance = [UInt8](repeating: 0, count: width * height)
        for i in 0..<(width * height) {
            let r = Int(pixels[i * channels])
            let g = Int(pixels[i * channels + 1])
            let b = Int(pixels[i * channels + 2])
            luminance[i] = UInt8((299 * r + 587 * g + 114 * b) / 1000)
        }
        self.width = width
        self.height = height
        self.luminance = luminance
    }

    /// zlib's `uncompress` on `data`, whose inflated size is known (`size`).
    static func inflate(_ data: [UInt8], size: Int) throws -> [UInt8] {
        typealias Uncompress =
            @convention(c) (
                UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
            ) -> Int32
        guard let library = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.so", RTLD_NOW),
            let symbol = dlsym(library, "uncompress")
        else { throw Failure(description: "zlib (libz.so.1) is not available") }
        let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
        var output = [UInt8](repeating: 0, count: size)
        var length = UInt(size)
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, UInt(input.count))
            }
        }
        guard status == 0, length == UInt(size) else {
            throw Failure(description: "zlib uncompress failed (status \(status), \(length) of \(size) bytes)")
        }
        return output
    }

    /// The share of pixels darker than `threshold` (ink on a white page).
    func inkShare(below threshold: UInt8 = 200) -> Double {
        Double(luminance.count { $0 < threshold }) / Double(max(1, luminance.count))
    }

    /// The standard deviation of the luminance: 0 for a blank page.
    var deviation: Double {
        let mean = Double(luminance.reduce(0) { $0 + Int($1) }) / Double(max(1, luminance.count))
        let variance = luminance.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return (variance / Double(max(1, luminance.count))).squareRoot()
    }
}
