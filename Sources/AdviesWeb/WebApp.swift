import AdviesExport
import AdviesKnowledgeBase
import AdviesModel
import Foundation

/// The web app: a request in, a page, a JSON answer or a download out, over a read-only
/// knowledge base. Routes (every state in the URL):
///
/// | route | page |
/// | --- | --- |
/// | `/`, `/search?q=…&in&kind&council&since&until&addressee&limit&page` | search with facets |
/// | `/documents`, `/documents/{id}` | the documents; one document |
/// | `/recommendations?doc&council&addressee&strength&limit&page` | the `recs` listing |
/// | `/trace?q=…&since`, `/trace?rec={rec-id}` | a policy thread as a timeline |
/// | `/graph?around={id}&depth=N` | the citation graph around a document or work |
/// | `/works/{work-id}` | a cited work and who cites it |
/// | `/cite?doc|references-of|cited-by|q=…&style=apa|bibtex|ris|csl-json` | a citation list download |
/// | `/stats` | counts and a chart of documents per year and council |
/// | `/api/…` | the same answers as the CLI's `--format json` (see `API`) |
/// | `/assets/style.css` | the stylesheet |
public struct WebApp: Sendable {
    let library: Library

    /// Opens the knowledge base at `path` for reading; fails as `advies` commands do.
    public init(databasePath path: String) throws(KnowledgeBaseError) {
        library = try Library(path: path)
    }

    public func respond(_ request: WebRequest) async -> WebResponse {
        let api = request.path == "/api" || request.path.hasPrefix("/api/")
        do {
            guard request.method == "GET" || request.method == "HEAD" else {
                throw WebError(status: 405, message: "\(request.method.prefix(20)): this app only reads (GET)")
            }
            let segments = try Self.segments(request.path)
            if api { return try await API(app: self).respond(Array(segments.dropFirst()), query: request.query) }
            return try await page(segments, query: request.query)
        } catch {
            let failure = Self.failure(error)
            return api ? API.error(failure) : ErrorPage.response(failure)
        }
    }

    private func page(_ segments: [String], query: String?) async throws -> WebResponse {
        switch segments.count {
        case 0: return try await searchPage(query, home: true)
        case 1:
            switch segments[0] {
            case "search": return try await searchPage(query, home: false)
            case "documents": return try await documentsPage(query)
            case "recommendations": return try await recommendationsPage(query)
            case "trace": return try await tracePage(query)
            case "graph": return try await graphPage(query)
            case "cite": return try await citationDownload(query)
            case "stats": return try await statsPage(query)
            default: break
            }
        case 2:
            switch segments[0] {
            case "documents": return try await documentPage(segments[1], query: query)
            case "works": return try await workPage(segments[1], query: query)
            case "assets" where segments[1] == "style.css":
                _ = try Parameters(query, allowed: [])
                var css = WebResponse(contentType: "text/css; charset=utf-8", body: Stylesheet.css)
                css.cacheable = true
                return css
            default: break
            }
        default: break
        }
        throw WebError.notFound("no page here")
    }

    /// The path's segments, percent-decoded (a `+` is a plus here); a malformed escape is a 400.
    /// No segment names a file: ids are looked up in the knowledge base, the one asset by name.
    static func segments(_ path: String) throws(WebError) -> [String] {
        var segments: [String] = []
        for raw in path.split(separator: "/") {
            guard let segment = Parameters.decode(raw, plusIsSpace: false) else {
                throw WebError(status: 400, message: "the path is not valid URL encoding")
            }
            guard segment.utf8.count <= 400 else { throw WebError(status: 400, message: "a path segment is longer than 400 bytes") }
            segments.append(segment)
        }
        return segments
    }

    /// Any error as a status and the line a reader is told. An unknown id is a 404 with the
    /// ids that look like it; a query that cannot run a 400; the rest names the problem
    /// (`KnowledgeBaseError` never quotes SQL) and is logged.
    static func failure(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case KnowledgeBaseError.unknownDocument(let id, let suggestions):
            return .notFound("\(id): no such document or work", suggestions: suggestions)
        case KnowledgeBaseError.badQuery(let reason):
            return WebError(status: 400, message: "the query cannot run: \(reason)")
        case let error as KnowledgeBaseError:
            return WebError(status: 500, message: error.description)
        case let error as Graphviz.Failure:
            return WebError(status: 500, message: error.description)
        default:
            FileHandle.standardError.write(Data("advies: serve: \(TerminalText.visible(String(describing: error)))\n".utf8))
            return WebError(status: 500, message: "the page could not be made")
        }
    }
}
