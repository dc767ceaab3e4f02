import AdviesEvaluation
import Foundation

/// An evaluation report as a text table: one row per element, P/R/F1 overall and per document.
public enum EvaluationTable {
    public static func render(_ report: EvaluationReport, verbose: Bool) -> String {
        let elements = Evaluator.Element.allCases.filter { report.overall[$0.rawValue].map { !$0.isEmpty } ?? false }
        var lines: [String] = []
        let header = "element".padding(toLength: 26, withPad: " ", startingAt: 0) + "   P      R      F1     (tp/fp/fn)"
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count))
        for element in elements {
            lines.append(row(element.rawValue, report.score(element)))
        }
        for document in report.documents {
            lines.append("")
            lines.append("\(document.id) [\(document.scanned ? "scanned pdf, OCR" : document.format.rawValue)]")
            for element in elements {
                guard let comparison = document.scores[element.rawValue], !comparison.score.isEmpty else { continue }
                lines.append(row("  " + element.rawValue, comparison.score))
                if verbose {
                    lines += comparison.missed.map { "      - missed: \($0)" }
                    lines += comparison.spurious.map { "      + false:  \($0)" }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ score: Score) -> String {
        name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "  %.3f  %.3f  %.3f  (%d/%d/%d)", score.precision, score.recall, score.f1,
                     score.truePositives, score.falsePositives, score.falseNegatives)
    }
}
