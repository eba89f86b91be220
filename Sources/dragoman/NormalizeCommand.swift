import ArgumentParser
import DragomanText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print text normalized for display or for matching.",
        usage: "dragoman normalize [<options>] [<file>]",
        discussion: """
            'display' is what a translator reads: NFC, Arabic presentation forms expanded, no-break spaces and \
            stray bidi controls cleaned. 'match' also folds case, harakat, tatweel, alef forms, alef maksura, teh \
            marbuta, Persian letters and digits; it is used for search and glossary matching, never shown.

            Examples:
              dragoman normalize --profile match seeds/003_ebcacb89700a50ef.txt
              echo 'الإرهابيّة ٢٠٢١' | dragoman normalize --profile match -
            """)

    @Option(help: "display or match.")
    var profile: String = "display"

    @OptionGroup var input: InputOptions

    @Argument(help: "A text file, or - for standard input.")
    var file: String = "-"

    func validate() throws {
        guard NormalizationProfile(rawValue: profile) != nil else {
            throw ValidationError("unknown profile '\(profile)'; use display or match")
        }
    }

    func run() throws {
        let source = try input.reader.readUTF8(path: file)
        if let warning = source.emptyWarning { printError(warning) }
        let normalizer = Normalizer(profile: NormalizationProfile(rawValue: profile)!)
        // Bytes in, bytes out, piece by piece: the text is never copied into a `String`, nor its result.
        var last: UInt8?
        try source.withUTF8 { bytes in
            try normalizer.normalizePieces(utf8: bytes) { piece in
                guard let end = piece.last else { return }
                last = end
                try StandardOutput.write(piece)
            }
        }
        if let last, last != 0x0A { try StandardOutput.write(byte: 0x0A) }
    }
}
