import AdviesAnnotation
import AdviesText

/// Scores a parsed document against its gold annotation, with the matching rules of
/// Annotations/GUIDE.md §9.
public enum Evaluator {
    /// The elements scored, in report order.
    public enum Element: String, Codable, Sendable, CaseIterable, Comparable {
        case kind
        case sections, footnotes, urls, signatories, metadata, questions, answers
        case tableCells = "table-cells"
        case recommendations
        case recommendationAddressee = "recommendation-addressee"
        case recommendationCue = "recommendation-cue"
        case references
        case referenceTitle = "reference-title"
        case referenceDate = "reference-date"
        case referenceOrganisation = "reference-organisation"
        case referenceCouncil = "reference-council"
        case referenceAuthors = "reference-authors"
        case referenceURL = "reference-url"
        case referencePages = "reference-pages"
        case referenceSubtitle = "reference-subtitle"
        case referenceSeries = "reference-series"
        case referenceExact = "reference-exact"
        case crossReferences = "cross-references"

        public static func < (lhs: Element, rhs: Element) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public static func evaluate(_ parsed: Annotation.Document, against gold: Annotation.Document) -> [Element: Comparison] {
        var result: [Element: Comparison] = [:]
        let norm = TextNormalization.norm
        result[.kind] = .multiset(predicted: [parsed.kind.rawValue], gold: [gold.kind.rawValue])
        result[.sections] = .multiset(predicted: parsed.sections.map { "\($0.number ?? "∅")|\(norm($0.title))" },
                                      gold: gold.sections.map { "\($0.number ?? "∅")|\(norm($0.title))" })
        result[.footnotes] = .multiset(predicted: parsed.footnotes.map { "\($0.number)|\(norm($0.text))" },
                                       gold: gold.footnotes.map { "\($0.number)|\(norm($0.text))" })
        result[.urls] = .multiset(predicted: unique(parsed.urls.map(\.url)), gold: unique(gold.urls.map(\.url)))
        result[.signatories] = .multiset(predicted: parsed.metadata.signatories.map { "\(norm($0.name))|\(norm($0.role ?? ""))" },
                                         gold: gold.metadata.signatories.map { "\(norm($0.name))|\(norm($0.role ?? ""))" })
        result[.metadata] = metadata(parsed.metadata, gold.metadata)
        result[.questions] = .multiset(predicted: parsed.questions.map { "\($0.number)|\(norm($0.text))" },
                                       gold: gold.questions.map { "\($0.number)|\(norm($0.text))" })
        result[.answers] = .multiset(predicted: parsed.answers.map { "\($0.number)|\(norm($0.textStart))" },
                                     gold: gold.answers.map { "\($0.number)|\(norm($0.textStart))" })
        result[.tableCells] = .multiset(predicted: cells(parsed.answers), gold: cells(gold.answers))
        result.merge(RecommendationScoring.evaluate(parsed.recommendations, gold.recommendations)) { $1 }
        result.merge(ReferenceScoring.evaluate(parsed.references, gold.references)) { $1 }
        result[.crossReferences] = .multiset(predicted: parsed.crossReferences.map { "\($0.target)|\($0.via)" },
                                             gold: gold.crossReferences.map { "\($0.target)|\($0.via)" })
        return result
    }

    /// The metadata fields scored (GUIDE-wild §1), by their annotation names.
    static let metadataFields: [(name: String, value: @Sendable (Annotation.Metadata) -> String?)] = [
        ("title", \.title), ("date", \.date), ("reference_number", \.referenceNumber), ("body", \.body),
        ("council", \.council), ("requester", \.requester), ("addressed_to", \.addressedTo), ("asked_by", \.askedBy),
        ("question_number", \.questionNumber), ("question_date", \.questionDate), ("answer_date", \.answerDate),
    ]

    /// The metadata fields the gold annotates, each a comparison of normalised values: a value
    /// the gold states is found or missed; a value where the gold says "not printed" (null) is
    /// a false hit; a field the gold leaves out is not scored.
    static func metadata(_ parsed: Annotation.Metadata, _ gold: Annotation.Metadata) -> Comparison {
        var comparison = Comparison()
        for (name, value) in metadataFields where gold.annotated.contains(name) {
            let mine = value(parsed), theirs = value(gold)
            guard let theirs else {
                if let mine { comparison.score.falsePositives += 1; comparison.spurious.append("\(name)=\(mine)") }
                continue
            }
            if let mine, TextNormalization.norm(mine) == TextNormalization.norm(theirs) {
                comparison.score.truePositives += 1
            } else {
                comparison.score.falseNegatives += 1
                comparison.missed.append("\(name)=\(theirs)")
                if let mine { comparison.score.falsePositives += 1; comparison.spurious.append("\(name)=\(mine)") }
            }
        }
        return comparison
    }

    /// Every value of every table as "answer|table|row|column|value".
    static func cells(_ answers: [Annotation.Answer]) -> [String] {
        answers.flatMap { answer in
            answer.tables.flatMap { table in
                table.rows.flatMap { row in
                    zip(table.columns, row.values).map { column, value in
                        "\(answer.number)|\(table.label)|\(TextNormalization.norm(row.label))|\(TextNormalization.norm(column))|\(value)"
                    }
                }
            }
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
