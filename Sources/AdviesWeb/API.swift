import AdviesExport
import AdviesModel

/// `/api/…`: for each question the CLI answers, the JSON its `--format json` prints, rendered
/// by the same `JSONRenderer` from the same value. Parameters carry the CLI's option names.
///
/// | route | the CLI's |
/// | --- | --- |
/// | `/api/search?q=…&in&kind&council&since&until&addressee&limit&page` | `search Q … --format json` |
/// | `/api/facets?q=…` (same parameters) | — (the search page's facet counts) |
/// | `/api/documents` | `list --format json` |
/// | `/api/documents/{id}` | `show ID --format json` |
/// | `/api/documents/{id}/cites` | `cites ID --format json` |
/// | `/api/cited-by/{id}` | `cited-by ID --format json` |
/// | `/api/recommendations?doc&council&addressee&strength&limit&page` | `recs … --format json` |
/// | `/api/trace?q=…&since`, `/api/trace?rec=…` | `trace … --format json` |
/// | `/api/graph?around=…&depth=N` | `graph --around ID --depth N --format json` |
/// | `/api/works/{id}` | — (a work as `cites` lists it) |
/// | `/api/stats` | `stats --format json` |
struct API {
    let app: WebApp

    func respond(_ segments: [String], query: String?) async throws -> WebResponse {
        let library = app.library
        switch (segments.first, segments.count) {
        case ("search", 1), ("facets", 1):
            guard let state = try SearchState(Parameters(query, allowed: SearchState.names), defaultLimit: 10, required: true) else {
                throw WebError.badParameter("q", "required")
            }
            let search = state.query
            if segments[0] == "facets" { return try .json(JSONRenderer.render(await library.read { try $0.searchFacets(search) })) }
            return try .json(JSONRenderer.render(await library.read { try $0.search(search) }))
        case ("documents", 1):
            _ = try Parameters(query, allowed: [])
            return try .json(JSONRenderer.render(await library.documents()))
        case ("documents", 2), ("documents", 3) where segments.last == "cites":
            _ = try Parameters(query, allowed: [])
            let id = segments[1]
            if segments.count == 3 { return try .json(JSONRenderer.render(await library.read { try $0.cites(id) })) }
            return try .json(JSONRenderer.render(await library.read { try $0.document(id) }))
        case ("cited-by", 2):
            _ = try Parameters(query, allowed: [])
            let id = segments[1]
            return try .json(JSONRenderer.render(await library.read { try $0.citedBy(id) }))
        case ("recommendations", 1):
            let state = try RecommendationsState(Parameters(query, allowed: RecommendationsState.names), defaultLimit: 100, maxLimit: 1000)
            let (filter, offset) = (state.reaching, state.offset)
            let hits = try await library.read { try $0.recommendations(filter) }
            return try .json(JSONRenderer.render(Array(hits.dropFirst(offset).prefix(state.filter.limit ?? 100))))
        case ("trace", 1):
            guard let state = try TraceState(Parameters(query, allowed: TraceState.names)) else { throw WebError.badParameter("q", "give q or rec") }
            return try .json(JSONRenderer.render(await state.thread(library)))
        case ("graph", 1):
            return try .json(JSONRenderer.render(await app.neighbourhood(Parameters(query, allowed: ["around", "depth"])).graph))
        case ("works", 2):
            _ = try Parameters(query, allowed: [])
            let id = segments[1]
            guard let work = try await library.read({ try $0.work(id) }) else { throw WebError.notFound("\(id): no such work") }
            return try .json(JSONRenderer.render(work))
        case ("stats", 1):
            _ = try Parameters(query, allowed: [])
            return try .json(JSONRenderer.render(await library.cached("stats") { kb in (try kb.statistics(), try kb.documentCounts()) }.0))
        default:
            throw WebError.notFound("no such API route")
        }
    }

    /// An error as JSON: `{"error": …, "status": …, "suggestions": […]}`.
    static func error(_ error: WebError) -> WebResponse {
        struct Body: Encodable { var error: String; var status: Int; var suggestions: [String] }
        let body = (try? JSONRenderer.render(Body(error: error.message, status: error.status, suggestions: error.suggestions))) ?? "{}"
        return .json(body, status: error.status)
    }
}
