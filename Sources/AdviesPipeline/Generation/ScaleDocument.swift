import AdviesModel
import AdviesText

/// One generated advisory: new id, title, date and council, the parts of a source
/// advisory with their units reordered (some dropped, one sometimes borrowed from another
/// advisory), and its notes renumbered in reading order.
struct ScaleDocument: Sendable, Equatable {
    var id: String
    var title: String
    var subject: String
    var council: String
    /// ISO date.
    var date: String
    var parts: [ScalePart]
    /// Note texts; note n is `notes[n - 1]`, markers carry n.
    var notes: [String]
    /// The source advisory it was derived from.
    var template: String
}

extension ScaleDocument {
    static let councils = ["Raad Secundair Onderwijs", "Raad Hoger Onderwijs", "Raad Basisonderwijs", "Algemene Raad",
                           "Raad Levenslang en Levensbreed Leren"]
    static let topics = ["duaal leren in het hoger onderwijs", "de aanloopfase", "leren en werken", "de stagebonus",
                         "werkplekleren in het buitengewoon onderwijs", "de erkenning van leerwerkplekken",
                         "NAFT-trajecten", "de rol van het CLB", "de samenwerking met VDAB", "Syntra-opleidingen",
                         "de kwalificatiestructuur", "vroegtijdig schoolverlaten", "het lerarentekort", "inclusief onderwijs",
                         "STEM-onderwijs", "het volwassenenonderwijs", "de modernisering van het secundair onderwijs",
                         "leerlingenbegeleiding", "het M-decreet", "gelijke onderwijskansen", "de premie werkplekleren",
                         "flexibele leertrajecten", "de graduaatsopleidingen", "levenslang leren", "taalbeleid",
                         "digitalisering in de klas", "evaluatie en rapportering", "het begeleidingsdecreet",
                         "de eindtermen", "kleuterparticipatie", "schoolkosten", "de lerarenopleiding"]
    static let qualifiers = ["", " in de tweede graad", " voor kwetsbare jongeren", " na de hervorming", " in Brussel",
                             " in de derde graad", " voor volwassenen", " en de werkgevers", " in de praktijk",
                             " voor anderstalige nieuwkomers", " in de sectoren", " op lange termijn"]
    /// Document `index` of a corpus generated with `seed`: the same arguments give the same document.
    static func make(index: Int, seed: UInt64, templates: [ScaleTemplate], pool: [String]) -> ScaleDocument {
        var rng = SplitMix64(seed: seed, stream: index)
        let template = templates[Int(rng.next() % UInt64(templates.count))]
        let topic = topics[Int(rng.next() % UInt64(topics.count))]
        let qualifier = qualifiers[Int(rng.next() % UInt64(qualifiers.count))]
        let council = councils[Int(rng.next() % UInt64(councils.count))]
        let year = 2005 + Int(rng.next() % 21), month = 1 + Int(rng.next() % 12), day = 1 + Int(rng.next() % 28)
        let subject = topic + qualifier
        let title = "Advies over " + subject
        let slug = Self.slug(subject)
        let id = "scale-" + String(index + 1).leftPadded(to: 5) + "-" + slug

        var parts = template.parts
        // A unit is borrowed once: twice would print its notes twice.
        var borrowed: Set<String> = []
        for p in parts.indices {
            var units = parts[p].units
            units.shuffle(using: &rng)
            // Drop about one unit in eight from longer sections; keep at least two.
            units = units.enumerated().filter { $0.offset < 2 || !rng.chance(0.125) }.map(\.element)
            if templates.count > 1, rng.chance(0.3) {
                let other = templates.filter { $0.id != template.id }
                let donor = other[Int(rng.next() % UInt64(other.count))]
                let donorUnits = donor.parts.flatMap(\.units)
                let pick = donorUnits.isEmpty ? 0 : Int(rng.next() % UInt64(donorUnits.count))
                if !donorUnits.isEmpty, borrowed.insert("\(donor.id)#\(pick)").inserted {
                    units.insert(donorUnits[pick], at: Int(rng.next() % UInt64(units.count + 1)))
                }
            }
            parts[p].units = units
        }
        let date = "\(day) \(DutchVocabulary.months[month - 1]) \(year)"
        let opening = ScaleBlock(words: ScaleWord.words(
            "Dit advies gaat over \(subject). De \(council) bracht het uit op \(date) (dossier \(id))."), bulletDepth: nil)
        if let first = parts.indices.first(where: { parts[$0].heading != nil }) {
            parts[first].units.insert([opening], at: 0)
        }
        let iso = "\(year)-" + String(month).leftPadded(to: 2) + "-" + String(day).leftPadded(to: 2)
        var document = ScaleDocument(id: id, title: title, subject: subject, council: council, date: iso,
                                     parts: parts, notes: [], template: template.id)
        document.renumberNotes(pool: pool)
        return document
    }

    /// Numbers the notes 1, 2, ... in the order their markers are read, replacing pool indexes;
    /// the note texts follow.
    mutating func renumberNotes(pool: [String]) {
        var number: [Int: Int] = [:]
        func renumber(_ words: inout [ScaleWord]) {
            for w in words.indices {
                guard let marker = words[w].marker else { continue }
                let n = number[marker.note] ?? { notes.append(pool[marker.note]); number[marker.note] = notes.count; return notes.count }()
                words[w].marker = (marker.offset, n)
            }
        }
        notes = []
        for p in parts.indices {
            if parts[p].heading != nil { renumber(&parts[p].heading!.title) }
            for u in parts[p].units.indices {
                for b in parts[p].units[u].indices { renumber(&parts[p].units[u][b].words) }
            }
        }
    }

    /// Lower-case ASCII words joined by hyphens, for ids and file names.
    static func slug(_ text: String) -> String {
        let folded = text.lowercased().applyingTransform(.stripDiacritics, reverse: false) ?? text.lowercased()
        return folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).joined(separator: "-")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
