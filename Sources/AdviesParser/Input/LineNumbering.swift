import AdviesModel

extension LayoutDocument {
    /// Each line stamped with its place on its page as extracted, before any pass joins
    /// lines: a span then names the line `advies extract` shows, however rows were merged.
    func numberingLines() -> LayoutDocument {
        var layout = self
        for p in layout.pages.indices {
            for l in layout.pages[p].lines.indices where layout.pages[p].lines[l].sourceLine == nil {
                layout.pages[p].lines[l].sourceLine = l + 1
            }
        }
        return layout
    }
}
