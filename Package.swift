// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "advies",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advies", targets: ["advies"]),
        .library(name: "AdviesCore", targets: ["AdviesCore"]),
        .library(name: "AdviesExtraction", targets: ["AdviesExtraction"]),
        .library(name: "AdviesKnowledgeBase", targets: ["AdviesKnowledgeBase"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // poppler-glib, the system C library that reads PDFs. Modulemap and shim header only.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Tesseract, the system OCR library (Dutch data: tesseract-ocr-nld). Modulemap and shim header only.
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-nld"])]
        ),
        // Snowball stemmers (libstemmer), the system C library. Modulemap and shim header only.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // Dutch text analysis for search and similarity; the only importer of CStemmer.
        .target(name: "AdviesAnalysis", dependencies: ["CStemmer"]),
        // Document model and parser: pure Swift + Foundation.
        .target(name: "AdviesCore"),
        // PDF and plain-text input into the layout model (OCR for scans); the only importer of
        // CPoppler and CTesseract.
        .target(name: "AdviesExtraction", dependencies: ["AdviesCore", "CPoppler", "CTesseract"]),
        // The knowledge base: one SQLite file through GRDB, with FTS5 search; the only SQL.
        .target(
            name: "AdviesKnowledgeBase",
            dependencies: ["AdviesCore", "AdviesAnalysis", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Orchestration: read + parse + manifest, ingest, corpus evaluation.
        .target(name: "AdviesPipeline", dependencies: ["AdviesCore", "AdviesExtraction", "AdviesKnowledgeBase"]),
        .executableTarget(
            name: "advies",
            dependencies: [
                "AdviesCore",
                "AdviesExtraction",
                "AdviesPipeline",
                "AdviesKnowledgeBase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: repository paths, running the binary, gold files.
        .target(name: "TestSupport", dependencies: ["AdviesCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AdviesAnalysisTests", dependencies: ["AdviesAnalysis"]),
        .testTarget(name: "AdviesCoreTests", dependencies: ["AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesExtractionTests", dependencies: ["AdviesExtraction", "AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesKnowledgeBaseTests", dependencies: ["AdviesKnowledgeBase", "AdviesPipeline", "AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesPipelineTests", dependencies: ["AdviesPipeline", "AdviesCore", "AdviesExtraction", "TestSupport"]),
        .testTarget(name: "AdviesCLITests", dependencies: ["advies", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
