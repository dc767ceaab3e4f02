import AdviesAnalysis
import AdviesExport
import AdviesModel

extension WebApp {
    /// At most this many nodes are laid out (Graphviz takes seconds beyond).
    static let graphNodeLimit = 250

    /// The citation graph around a document or work (`advies graph --around ID --depth N`).
    func neighbourhood(_ parameters: Parameters) async throws -> (id: String, depth: Int, graph: CitationGraph) {
        let id = try parameters.required("around", maxLength: 400)
        let depth = try parameters.integer("depth", in: 0...3) ?? 1
        let graph = try await library.citationGraph()
        guard graph.nodes.contains(where: { $0.id == id }) else {
            let suggestions = try await library.read { try $0.closestIDs(to: id) }
            throw WebError.notFound("\(id): no such document or work in the graph", suggestions: suggestions)
        }
        return (id, depth, graph.around(id, depth: depth))
    }

    func graphPage(_ query: String?) async throws -> WebResponse {
        let (id, depth, graph) = try await neighbourhood(Parameters(query, allowed: ["around", "depth"]))
        let centre = graph.nodes.first { $0.id == id }!
        var body = "<h1>Citation graph</h1><p class=\"summary\" id=\"summary\">Around <a href=\"\(HTML.escape(Self.nodeLink(centre)))\">"
            + "\(HTML.escape(centre.label))</a>, \(depth) step\(depth == 1 ? "" : "s"): \(graph.nodes.count) nodes, \(graph.edges.count) citations. "
            + "Years run left to right; documents are coloured by council, works grey. Click a node to open it.</p>"
        body += "<div class=\"downloads\"><span class=\"muted\">Depth:</span>" + (0...3).map { d in
            d == depth ? "<strong>\(d)</strong>" : "<a href=\"\(HTML.escape(Links.graph(around: id, depth: d)))\">\(d)</a>"
        }.joined() + "</div>"
        if graph.nodes.count > Self.graphNodeLimit {
            body += "<p class=\"reason\">\(graph.nodes.count) nodes are too many to draw (at most \(Self.graphNodeLimit)): choose a smaller depth.</p>"
        } else {
            let dot = DOTRenderer.render(graph, href: Self.nodeLink)
            let svg = try await library.layOut(dot)
            body += "<div class=\"figure fit\" id=\"graph\">\(svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? "")</div>"
        }
        body += "<h2>Nodes</h2><ul class=\"nodes\">" + graph.nodes.map { node in
            "<li><a href=\"\(HTML.escape(Self.nodeLink(node)))\">\(HTML.escape(node.label))</a> <span class=\"muted\">\(Layout.date(node.date))</span></li>"
        }.joined() + "</ul>"
        return .html(Layout.page("Graph around \(id)", json: Links.path("api", "graph", query: [("around", id), ("depth", "\(depth)")]),
                                 body: body))
    }

    static func nodeLink(_ node: CitationGraph.Node) -> String { node.kind == .work ? Links.work(node.id) : Links.document(node.id) }
}
