// swift-tools-version:6.1
// A libFuzzer target for the reader and parser, kept out of the main package because it only
// builds with `-sanitize=fuzzer`. Run it with `Fuzz/run` (see the README).
import PackageDescription

let package = Package(
    name: "advies-fuzz",
    // The repository root, through a link named "advies" that Fuzz/run makes: a path
    // dependency is known by its folder name, and a clone may be named anything.
    dependencies: [.package(path: "checkout/advies")],
    targets: [
        .executableTarget(
            name: "ParserFuzzer",
            dependencies: [
                .product(name: "AdviesCore", package: "advies"),
                .product(name: "AdviesExtraction", package: "advies"),
            ],
        ),
    ],
    swiftLanguageModes: [.v6]
)
