import AdviesCore
import AdviesExtraction
import Foundation

/// libFuzzer's driver, entered from the `main` SwiftPM gives every executable.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Any bytes, read as a text export and parsed. A crash, a hang or a runaway allocation is what
/// libFuzzer reports; refusing garbage with an error is a fine answer.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    if let layout = try? TextExtractor().extract(bytes, source: "fuzz.txt") {
        _ = DocumentParser().parse(layout)
    }
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzOneInput))
