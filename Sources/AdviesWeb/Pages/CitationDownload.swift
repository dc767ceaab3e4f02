import AdviesExport
import AdviesKnowledgeBase

extension WebApp {
    /// A citation list as a file (`advies cite`): one of `doc`, `references-of`, `cited-by` or
    /// `q`, in `style` (default APA), rendered by `Bibliography` exactly as the CLI prints it.
    func citationDownload(_ query: String?) async throws -> WebResponse {
        let parameters = try Parameters(query, allowed: ["doc", "references-of", "cited-by", "q", "style"])
        let given = ["doc", "references-of", "cited-by", "q"].filter(parameters.has)
        guard given.count == 1, let name = given.first else {
            throw WebError.badParameter(given.isEmpty ? "doc" : given[1], "give one of doc, references-of, cited-by or q")
        }
        let value = try parameters.required(name, maxLength: name == "q" ? 500 : 400)
        let style = try parameters.choice("style", CitationStyle.self) ?? .apa
        let selection: CitationSelection = switch name {
        case "references-of": .referencesOf(value)
        case "cited-by": .citedBy(value)
        case "q": .query(value)
        default: .items([value])
        }
        let items = try await library.read { try $0.citableItems(selection) }
        let stem = name == "q" ? "search" : (name == "doc" ? "" : name + "-") + Self.fileName(value)
        // As `advies cite` prints it: an empty list is an empty file.
        let list = Bibliography.render(items, style: style)
        return WebResponse(contentType: Self.contentType(style), body: list.isEmpty ? "" : list + "\n",
                           attachment: "\(stem).\(style.fileExtension)")
    }

    /// An id as a file name: letters, digits, `.`, `-` and `_`, other characters as `-`.
    static func fileName(_ id: String) -> String {
        let name = String(id.prefix(80).map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        return name.hasPrefix(".") ? "-" + name.dropFirst() : name
    }

    static func contentType(_ style: CitationStyle) -> String {
        switch style {
        case .apa: "text/plain; charset=utf-8"
        case .bibtex: "application/x-bibtex; charset=utf-8"
        case .ris: "application/x-research-info-systems; charset=utf-8"
        case .cslJSON: "application/vnd.citationstyles.csl+json; charset=utf-8"
        }
    }
}
