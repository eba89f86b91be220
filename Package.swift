// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Dragoman",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dragoman", targets: ["dragoman"]),
        .library(name: "DragomanText", targets: ["DragomanText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // ICU behind a C shim: the public header has no ICU types, so Foundation never sees ICU headers.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Swift face of the binding: standard-library types only, no Foundation, ICU never leaks past it.
        .target(
            name: "DragomanICU",
            dependencies: ["CICU"],
            swiftSettings: strict
        ),
        .target(
            name: "DragomanText",
            dependencies: ["DragomanICU"],
            resources: [.copy("Resources/Rules")],
            swiftSettings: strict
        ),
        .target(
            name: "DragomanSummarizer",
            dependencies: ["DragomanText"],
            resources: [.copy("Resources/Data")],
            swiftSettings: strict
        ),
        .target(
            name: "DragomanGlossary",
            dependencies: ["DragomanText"],
            swiftSettings: strict
        ),
        // XML for every format that uses it: one escaping writer, one safe reader (FoundationXML, no entities).
        .target(
            name: "DragomanXML",
            dependencies: ["DragomanText"],
            swiftSettings: strict
        ),
        // Glossary exchange formats (TBX, CSV, OmegaT), on the XML layer.
        .target(
            name: "DragomanExchange",
            dependencies: ["DragomanGlossary", "DragomanText", "DragomanXML"],
            swiftSettings: strict
        ),
        // TMX 1.4 translation memories: a writer and a streaming reader, on the XML layer.
        .target(
            name: "DragomanTMX",
            dependencies: ["DragomanXML"],
            swiftSettings: strict
        ),
        // The glossary aligner: English equivalents for Arabic terms learned from parallel text.
        .target(
            name: "DragomanAligner",
            dependencies: ["DragomanText", "DragomanGlossary", "DragomanTMX", "DragomanXLIFF"],
            swiftSettings: strict
        ),
        // XLIFF 1.2 and 2.x: writing articles as translation units with glossary terms, reading translations back.
        .target(
            name: "DragomanXLIFF",
            dependencies: ["DragomanText", "DragomanGlossary", "DragomanXML"],
            swiftSettings: strict
        ),
        // The translator's workflow on top of XLIFF: packages, terminology QA, merging translations into articles.
        .target(
            name: "DragomanTranslation",
            dependencies: [
                "DragomanText", "DragomanSummarizer", "DragomanGlossary", "DragomanExchange", "DragomanXLIFF",
                "DragomanTMX", "DragomanXML", .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The main job: everything a news desk and a translator need, written to Output/.
        .target(
            name: "DragomanPrepare",
            dependencies: [
                "DragomanText", "DragomanSummarizer", "DragomanGlossary", "DragomanXLIFF", "DragomanTranslation",
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "dragoman",
            dependencies: [
                "DragomanText", "DragomanSummarizer", "DragomanGlossary", "DragomanExchange", "DragomanXLIFF",
                "DragomanTranslation", "DragomanPrepare", "DragomanAligner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "dragoman-bench",
            dependencies: [
                "DragomanText", "DragomanSummarizer", "DragomanGlossary", "DragomanXLIFF", "DragomanTranslation",
                "DragomanXML", "DragomanAligner", "DragomanPrepare",
            ],
            path: "Benchmarks/dragoman-bench",
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanTextTests",
            dependencies: ["DragomanTestSupport", "DragomanText"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanSummarizerTests",
            dependencies: ["DragomanTestSupport", "DragomanSummarizer"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanGlossaryTests",
            dependencies: ["DragomanTestSupport", "DragomanGlossary"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanExchangeTests",
            dependencies: ["DragomanTestSupport", "DragomanExchange"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanXLIFFTests",
            dependencies: [
                "DragomanTestSupport", "DragomanXLIFF", "DragomanGlossary", "DragomanText", "DragomanXML",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanTranslationTests",
            dependencies: [
                "DragomanTestSupport", "DragomanTranslation", "DragomanXLIFF", "DragomanGlossary", "DragomanTMX",
                "DragomanText", "DragomanXML",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanTMXTests",
            dependencies: ["DragomanTestSupport", "DragomanTMX", "DragomanText"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanAlignerTests",
            dependencies: ["DragomanTestSupport", "DragomanAligner", "DragomanGlossary", "DragomanTMX", "DragomanXLIFF"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanPrepareTests",
            dependencies: ["DragomanTestSupport", "DragomanPrepare"],
            swiftSettings: strict
        ),
        // What every test target shares: repository and ../shared paths, external tools (xmllint …), subprocesses.
        .target(
            name: "DragomanTestSupport",
            path: "Tests/DragomanTestSupport",
            swiftSettings: strict
        ),
        // End-to-end tests of the built `dragoman` executable.
        .testTarget(
            name: "dragomanTests",
            dependencies: ["DragomanTestSupport", "dragoman", "DragomanText", "DragomanTMX"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DragomanICUTests",
            dependencies: ["DragomanTestSupport", "DragomanICU"],
            swiftSettings: strict
        ),
    ]
)
