/// The formats of every renderer, each listed once; the command line and the web app offer
/// exactly these.
///
/// | what | renderer | formats |
/// | --- | --- | --- |
/// | a document | `OutlineRenderer`, `DocumentJSON`, `MarkdownRenderer`, `TableCSV` | `DocumentFormat`, tables as CSV |
/// | a document as HTML (the web app) | `DocumentHTML`: metadata, outline, text with recommendations and notes, diagnostics | |
/// | citation lists | `Bibliography` | `CitationStyle` |
/// | the citation graph | `DOTRenderer` (nodes may link), `Graphviz` (SVG), JSON | `GraphFormat` |
/// | a policy thread | `ThreadRenderer`, JSON; `ThreadTimeline` (SVG timeline, the web app) | `ListingFormat` |
/// | documents per year and council | `DocumentChart` (SVG, the web app) | |
/// | an evaluation | `EvaluationTable`, JSON | `ListingFormat` |
/// | listings (documents, search hits, recommendations, citations, statistics) | `Listings`, JSON | `ListingFormat` |
/// | anything as JSON | `JSONRenderer` | |
/// | text for a terminal | `TerminalText` | |
/// | text for HTML and SVG, links to documents' addresses | `HTML`, `SafeURL` | |

/// How a document is written out.
public enum DocumentFormat: String, CaseIterable, Sendable {
    /// The tree at a glance.
    case outline
    /// Every element, in the field names of the gold annotations.
    case json
    /// Readable text.
    case markdown
}

/// The styles of a citation list.
public enum CitationStyle: String, CaseIterable, Sendable {
    case apa, bibtex, ris
    case cslJSON = "csl-json"

    /// The file extension a download in this style gets.
    public var fileExtension: String {
        switch self {
        case .apa: "txt"
        case .bibtex: "bib"
        case .ris: "ris"
        case .cslJSON: "json"
        }
    }
}

/// The formats of the citation graph.
public enum GraphFormat: String, CaseIterable, Sendable {
    case dot, json, svg
}

/// The formats of a listing: lines for a reader, or JSON for a program.
public enum ListingFormat: String, CaseIterable, Sendable {
    case text, json
}
