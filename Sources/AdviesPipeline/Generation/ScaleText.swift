/// Running text of a generated document, word by word, with footnote markers glued into
/// words where the source printed them ("leren.1", "uit3:").
struct ScaleWord: Sendable, Equatable {
    var text: String
    /// A footnote marker inside or after the word: `offset` characters into it, `note` an
    /// index into the corpus's note pool (before renumbering) or the note's number (after).
    var marker: (offset: Int, note: Int)?

    static func == (a: ScaleWord, b: ScaleWord) -> Bool {
        a.text == b.text && a.marker?.offset == b.marker?.offset && a.marker?.note == b.marker?.note
    }

    /// The word as a text export prints it: the marker's number glued in.
    var printed: String {
        guard let marker else { return text }
        let cut = text.index(text.startIndex, offsetBy: marker.offset)
        return String(text[..<cut]) + String(marker.note) + String(text[cut...])
    }

    static func words(_ text: String) -> [ScaleWord] {
        text.split(separator: " ", omittingEmptySubsequences: true).map { ScaleWord(text: String($0)) }
    }
}

/// A paragraph, or a bullet at some depth (1 = top level).
struct ScaleBlock: Sendable, Equatable {
    var words: [ScaleWord]
    var bulletDepth: Int?
}

/// A section heading: number (nil for "Bronnen"), title words, level.
struct ScaleHeading: Sendable, Equatable {
    var number: String?
    var title: [ScaleWord]
    var level: Int
}

/// A section: its heading (none for text before the first heading) and its units, each a
/// paragraph with the bullets it introduces; units are what gets reordered.
struct ScalePart: Sendable, Equatable {
    var heading: ScaleHeading?
    var units: [[ScaleBlock]]
}
