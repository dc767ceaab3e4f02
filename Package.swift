// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "advies",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advies", targets: ["advies"]),
        .library(name: "AdviesCore", targets: ["AdviesCore"]),
        .library(name: "AdviesExtraction", targets: ["AdviesExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // poppler-glib, the system C library that reads PDFs. Modulemap and shim header only.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Document model and parser: pure Swift + Foundation.
        .target(name: "AdviesCore"),
        // PDF and plain-text input into the layout model; the only importer of CPoppler.
        .target(name: "AdviesExtraction", dependencies: ["AdviesCore", "CPoppler"]),
        // Orchestration: read + parse + manifest, corpus evaluation.
        .target(name: "AdviesPipeline", dependencies: ["AdviesCore", "AdviesExtraction"]),
        .executableTarget(
            name: "advies",
            dependencies: [
                "AdviesCore",
                "AdviesExtraction",
                "AdviesPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: repository paths, running the binary, gold files.
        .target(name: "TestSupport", dependencies: ["AdviesCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AdviesCoreTests", dependencies: ["AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesExtractionTests", dependencies: ["AdviesExtraction", "AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesPipelineTests", dependencies: ["AdviesPipeline", "AdviesCore", "TestSupport"]),
        .testTarget(name: "AdviesCLITests", dependencies: ["advies", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
