// swift-tools-version:6.1
import PackageDescription

// Dependencies point inward: the model at the centre, text rules around it, the parser and
// the domain rules on those, storage and export outside them, the pipeline and the command
// line at the edge. Each foreign library is imported by exactly one target.
let package = Package(
    name: "advies",
    // Hummingbird 2 is marked available from macOS 14; on Linux this line is inert.
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "advies", targets: ["advies"]),
        .library(name: "AdviesModel", targets: ["AdviesModel"]),
        .library(name: "AdviesParser", targets: ["AdviesParser"]),
        .library(name: "AdviesExtraction", targets: ["AdviesExtraction"]),
        .library(name: "AdviesKnowledgeBase", targets: ["AdviesKnowledgeBase"]),
        .library(name: "AdviesExport", targets: ["AdviesExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // System libraries: modulemap and shim header only.
        // poppler-glib reads PDFs (cairo renders pages for OCR and draws generated PDFs).
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // Tesseract, the OCR engine (Dutch data: tesseract-ocr-nld).
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev", "tesseract-ocr-nld"])]),
        // Snowball stemmers (libstemmer).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // The document model: value types with identity, every element with its source span; no logic.
        .target(name: "AdviesModel"),
        // Written Dutch: comparison forms, patterns, dates, sentences, line joining, word lists.
        .target(name: "AdviesText", dependencies: ["AdviesModel"]),
        // PDF (poppler), OCR (Tesseract) and text input into the layout model; the only importer
        // of CPoppler and CTesseract.
        .target(name: "AdviesExtraction", dependencies: ["AdviesModel", "AdviesText", "CPoppler", "CTesseract"]),
        // The parser, arranged by element: layout in, document tree and diagnostics out. Pure Swift.
        .target(name: "AdviesParser", dependencies: ["AdviesModel", "AdviesText"]),
        // The JSON shape of the gold annotations (Annotations/GUIDE.md), to and from the model.
        .target(name: "AdviesAnnotation", dependencies: ["AdviesModel"]),
        // Scoring a parse against gold annotations (GUIDE.md §9).
        .target(name: "AdviesEvaluation", dependencies: ["AdviesModel", "AdviesText", "AdviesAnnotation"]),
        // Domain rules over documents: Dutch stems and similarity, policy threads, which work a
        // citation cites and which document a work is. The only importer of CStemmer.
        .target(name: "AdviesAnalysis", dependencies: ["AdviesModel", "AdviesText", "CStemmer"]),
        // The knowledge base: one SQLite file through GRDB, with FTS5 search; the only SQL.
        .target(name: "AdviesKnowledgeBase", dependencies: [
            "AdviesModel", "AdviesText", "AdviesAnalysis", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Every renderer: outline, Markdown, JSON, tables, citation styles, graphs, threads,
        // evaluation reports, listings; for the command line and the web app alike.
        .target(name: "AdviesExport", dependencies: ["AdviesModel", "AdviesText", "AdviesAnnotation", "AdviesEvaluation"]),
        // Orchestration: read + parse + manifest, ingest, corpus evaluation, generated corpora.
        .target(name: "AdviesPipeline", dependencies: [
            "AdviesModel", "AdviesText", "AdviesExtraction", "AdviesParser", "AdviesAnalysis", "AdviesKnowledgeBase",
            "AdviesAnnotation", "AdviesEvaluation", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The web app (`advies serve`): routes, parameters, pages over the knowledge base, drawn by
        // AdviesExport's renderers. The only importer of Hummingbird.
        .target(name: "AdviesWeb", dependencies: [
            "AdviesModel", "AdviesAnalysis", "AdviesKnowledgeBase", "AdviesExport",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "advies", dependencies: [
            "AdviesModel", "AdviesExtraction", "AdviesPipeline", "AdviesAnalysis", "AdviesKnowledgeBase", "AdviesExport",
            "AdviesWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers the test targets share: repository paths, running the binary, gold files.
        .target(name: "TestSupport", dependencies: ["AdviesModel", "AdviesAnnotation", "AdviesPipeline"], path: "Tests/TestSupport"),
        .testTarget(name: "AdviesTextTests", dependencies: ["AdviesText", "AdviesModel"]),
        .testTarget(name: "AdviesAnalysisTests", dependencies: ["AdviesAnalysis", "AdviesModel"]),
        .testTarget(name: "AdviesParserTests", dependencies: ["AdviesParser", "AdviesModel", "AdviesText", "TestSupport"]),
        .testTarget(name: "AdviesExportTests", dependencies: ["AdviesExport", "AdviesModel", "TestSupport"]),
        .testTarget(name: "AdviesExtractionTests", dependencies: ["AdviesExtraction", "AdviesModel", "AdviesText", "TestSupport"]),
        // Parses the corpus itself (reader + parser, not the pipeline) and tampers with files through GRDB.
        .testTarget(name: "AdviesKnowledgeBaseTests", dependencies: [
            "AdviesKnowledgeBase", "AdviesModel", "AdviesAnalysis", "AdviesAnnotation", "AdviesExtraction", "AdviesParser",
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "AdviesPipelineTests", dependencies: [
            "AdviesPipeline", "AdviesModel", "AdviesExtraction", "AdviesParser", "AdviesEvaluation", "AdviesAnnotation",
            "AdviesKnowledgeBase", "TestSupport",
        ]),
        .testTarget(name: "AdviesCLITests", dependencies: ["advies", "AdviesPipeline", "TestSupport"]),
        // Browser tests' helpers, Foundation only: a W3C WebDriver client over a socket HTTP
        // client, child processes with bounded lifetimes, chromedriver and Chromium start-up.
        .target(name: "WebDriver", path: "Tests/WebDriver"),
        // The web app: every route in process, `advies serve` as a process, and the pages in
        // headless Chromium. Depends on `advies` so that its binary is built.
        .testTarget(name: "AdviesWebTests", dependencies: ["AdviesWeb", "advies", "AdviesModel", "TestSupport", "WebDriver"]),
    ],
    swiftLanguageModes: [.v6]
)
