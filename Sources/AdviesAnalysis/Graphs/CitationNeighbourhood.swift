import AdviesModel

extension CitationGraph {
    /// The part of the graph within `depth` citation steps (either direction) of `id`.
    public func around(_ id: String, depth: Int) -> CitationGraph {
        var keep: Set<String> = [id]
        var frontier: Set<String> = [id]
        for _ in 0..<max(0, depth) {
            var next = Set<String>()
            for edge in edges {
                if frontier.contains(edge.from) && !keep.contains(edge.to) { next.insert(edge.to) }
                if frontier.contains(edge.to) && !keep.contains(edge.from) { next.insert(edge.from) }
            }
            keep.formUnion(next)
            frontier = next
        }
        return CitationGraph(nodes: nodes.filter { keep.contains($0.id) },
                             edges: edges.filter { keep.contains($0.from) && keep.contains($0.to) })
    }
}
