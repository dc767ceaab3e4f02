import AdviesPipeline
import Foundation
import TestSupport

/// Turns corpus text into hostile variants of itself the way real input goes wrong: bytes
/// flipped, lines out of order, files cut short, stray footnote markers and section numbers.
struct Mutator {
    enum Mutation: CaseIterable {
        case flipBytes, shuffleLines, truncate, insertMarkers, insertNumbering
    }

    var random: SplitMix64

    /// A run of 5 to 150 lines from one of the texts.
    mutating func window(of texts: [[Substring]]) -> [Substring] {
        let lines = texts.randomElement(using: &random)!
        let count = Int.random(in: 5...150, using: &random)
        let start = Int.random(in: 0..<max(1, lines.count - count), using: &random)
        return Array(lines[start..<min(lines.count, start + count)])
    }

    /// One to three mutations of `lines`, as bytes.
    mutating func mutate(_ lines: [Substring]) -> (bytes: Data, mutations: [Mutation]) {
        var lines = lines.map(String.init)
        let mutations = (0..<Int.random(in: 1...3, using: &random)).map { _ in Mutation.allCases.randomElement(using: &random)! }
        for mutation in mutations {
            switch mutation {
            case .shuffleLines: shuffle(&lines)
            case .insertMarkers: insertMarkers(&lines)
            case .insertNumbering: insertNumbering(&lines)
            case .flipBytes, .truncate: break
            }
        }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        for mutation in mutations {
            switch mutation {
            case .flipBytes: flip(&bytes)
            case .truncate: truncate(&bytes)
            case .shuffleLines, .insertMarkers, .insertNumbering: break
            }
        }
        return (Data(bytes), mutations)
    }

    private mutating func shuffle(_ lines: inout [String]) {
        guard lines.count > 1 else { return }
        for _ in 0..<Int.random(in: 1...max(1, lines.count / 3), using: &random) {
            lines.swapAt(Int.random(in: 0..<lines.count, using: &random), Int.random(in: 0..<lines.count, using: &random))
        }
    }

    private static let markers = [".1", "2", ". 3", ",12", "¹", "²³", "[4]", "(5)", ".9999", "0", "1)", "·7"]

    private mutating func insertMarkers(_ lines: inout [String]) {
        for _ in 0..<Int.random(in: 1...20, using: &random) {
            let index = Int.random(in: 0..<lines.count, using: &random)
            var words = lines[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let at = Int.random(in: 0..<max(1, words.count), using: &random)
            if words.isEmpty { words = [""] }
            words[at] += Self.markers.randomElement(using: &random)!
            lines[index] = words.joined(separator: " ")
        }
    }

    private mutating func insertNumbering(_ lines: inout [String]) {
        for _ in 0..<Int.random(in: 1...10, using: &random) {
            let depth = Int.random(in: 1...14, using: &random)
            let number = (0..<depth).map { _ in String(Int.random(in: 0...99, using: &random)) }.joined(separator: ".")
            let line = [
                "\(number) Titel van een onderdeel",
                "\(number). \(number)",
                "\(number) VOORSTELLEN AAN DE VLAAMSE REGERING",
                "INHOUDSOPGAVE", "Bronnen", "Bijlage: \(number)",
                "\(Int.random(in: 1...400, using: &random)) Vlor, Raad Secundair Onderwijs. Advies over \(number), 12 maart 2015.",
                "\u{0C}", "• \(number)", "e \(number)", "¬ ", "", "\(number)",
            ].randomElement(using: &random)!
            lines.insert(line, at: Int.random(in: 0...lines.count, using: &random))
        }
    }

    private mutating func flip(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        for _ in 0..<Int.random(in: 1...24, using: &random) {
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        }
    }

    private mutating func truncate(_ bytes: inout [UInt8]) {
        let keep = Int.random(in: 0...bytes.count, using: &random)
        if Bool.random(using: &random) { bytes.removeLast(bytes.count - keep) } else { bytes.removeFirst(bytes.count - keep) }
    }
}
