import AdviesModel
import AdviesText

/// Tells an advisory from a written question.
enum KindDetector {
    static func detect(_ texts: [String]) -> DocumentKind {
        let head = texts.prefix(15).map { $0.lowercased().collapsed }
        if head.contains(where: { $0.hasPrefix("schriftelijke vraag") || $0.hasPrefix("vraag om uitleg") }) {
            return .writtenQuestion
        }
        let lower = texts.map { $0.lowercased().collapsed }
        if lower.contains("antwoord"), lower.contains(where: { $0.hasPrefix("op vraag nr") }) { return .writtenQuestion }
        let numbered = texts.filter { $0.first?.isNumber == true && HeadingDetector.numberedStart.isMatch($0) }.count
        let councilWords = lower.contains { $0.containsBytes("vlor") || $0.containsBytes("onderwijsraad") || $0.containsBytes("advies") || $0.containsBytes("raad ") }
        if numbered >= 2 || councilWords { return .advisory }
        return .unknown
    }
}
