import Foundation
import AdviesModel
import AdviesText

/// The bodies that write, publish or are cited in Flemish policy documents, with the forms
/// they are printed in. Matching is OCR-tolerant: "Viaamse Onderwijsraad" and "Vior" are the
/// Vlaamse Onderwijsraad. Extend the lists here; nothing else in the parser names a body.
public enum Organisations {
    public struct Body: Sendable {
        /// The name used in references and citation lists.
        public var name: String
        /// Other printed forms (abbreviations, older names).
        public var aliases: [String]
        /// The reference type a document of this body has when nothing else tells.
        public var defaultType: ReferenceType
        /// Web domains of the body, for bare URLs.
        public var domains: [String]
    }

    public static let bodies: [Body] = [
        Body(name: "Vlaamse Onderwijsraad", aliases: ["Vlor"], defaultType: .vlorAdvisory, domains: ["vlor.be"]),
        Body(name: "Vlaamse Regering", aliases: [], defaultType: .governmentDocument, domains: []),
        Body(name: "Vlaamse overheid", aliases: ["Vlaamse Overheid"], defaultType: .governmentDocument, domains: ["vlaanderen.be"]),
        Body(name: "Vlaams Parlement", aliases: [], defaultType: .parliamentary, domains: ["vlaamsparlement.be"]),
        Body(name: "Onderwijsinspectie", aliases: ["Inspectie", "Onderwijsinspectie Vlaanderen"], defaultType: .governmentDocument, domains: ["onderwijsinspectie.be"]),
        Body(name: "Agodi", aliases: ["AgODi", "AGODI", "Agentschap voor Onderwijsdiensten"], defaultType: .governmentDocument, domains: ["agodi.be"]),
        Body(name: "Departement Onderwijs en Vorming", aliases: ["Departement Onderwijs"], defaultType: .governmentDocument, domains: ["onderwijs.vlaanderen.be"]),
        Body(name: "AHOVOKS", aliases: ["Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en Studietoelagen"], defaultType: .governmentDocument, domains: ["ahovoks.be"]),
        Body(name: "Vlaams Partnerschap Duaal Leren", aliases: [], defaultType: .governmentDocument, domains: []),
        Body(name: "VDAB", aliases: ["Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding"], defaultType: .governmentDocument, domains: ["vdab.be"]),
        Body(name: "SERV", aliases: ["Sociaal-Economische Raad van Vlaanderen"], defaultType: .governmentDocument, domains: ["serv.be"]),
        Body(name: "Syntra Vlaanderen", aliases: ["SYNTRA Vlaanderen"], defaultType: .governmentDocument, domains: ["syntravlaanderen.be"]),
        Body(name: "Steunpunt Onderwijsonderzoek", aliases: ["SONO"], defaultType: .research, domains: ["steunpuntsono.be"]),
        Body(name: "Universiteit Antwerpen", aliases: [], defaultType: .research, domains: ["uantwerpen.be"]),
        Body(name: "Universiteit Gent", aliases: ["UGent"], defaultType: .research, domains: ["ugent.be"]),
        Body(name: "KU Leuven", aliases: ["Katholieke Universiteit Leuven"], defaultType: .research, domains: ["kuleuven.be"]),
        Body(name: "Vrije Universiteit Brussel", aliases: ["VUB"], defaultType: .research, domains: ["vub.be"]),
        Body(name: "Universiteit Hasselt", aliases: ["UHasselt"], defaultType: .research, domains: ["uhasselt.be"]),
        Body(name: "HIVA", aliases: ["HIVA-KU Leuven"], defaultType: .research, domains: ["hiva.kuleuven.be"]),
        // Dutch and European bodies that advise, legislate or are cited in advice.
        Body(name: "Raad van State", aliases: ["Afdeling advisering van de Raad van State", "RvS"], defaultType: .advisory, domains: ["raadvanstate.nl"]),
        Body(name: "Autoriteit Persoonsgegevens", aliases: ["AP"], defaultType: .advisory, domains: ["autoriteitpersoonsgegevens.nl"]),
        Body(name: "Outbreak Management Team", aliases: ["OMT"], defaultType: .advisory, domains: []),
        Body(name: "Onderwijsraad", aliases: [], defaultType: .advisory, domains: ["onderwijsraad.nl"]),
        Body(name: "Tweede Kamer", aliases: ["Tweede Kamer der Staten-Generaal"], defaultType: .parliamentary, domains: ["tweedekamer.nl"]),
        Body(name: "Eerste Kamer", aliases: ["Eerste Kamer der Staten-Generaal"], defaultType: .parliamentary, domains: ["eerstekamer.nl"]),
        Body(name: "Rijksoverheid", aliases: [], defaultType: .governmentDocument, domains: ["rijksoverheid.nl", "government.nl"]),
        Body(name: "Europese Commissie", aliases: [], defaultType: .euDocument, domains: ["ec.europa.eu"]),
        Body(name: "Raad van de Europese Unie", aliases: [], defaultType: .euDocument, domains: ["consilium.europa.eu"]),
        Body(name: "Europees Parlement", aliases: [], defaultType: .euDocument, domains: ["europarl.europa.eu"]),
        Body(name: "Europees Comité voor gegevensbescherming", aliases: ["EDPB"], defaultType: .euDocument, domains: ["edpb.europa.eu"]),
        Body(name: "European Securities and Markets Authority", aliases: ["ESMA"], defaultType: .euDocument, domains: ["esma.europa.eu"]),
        Body(name: "Information Commissioner's Office", aliases: ["ICO"], defaultType: .web, domains: ["ico.org.uk"]),
        Body(name: "NOS", aliases: [], defaultType: .web, domains: ["nos.nl"]),
    ]

    /// The councils of the Vlor.
    public static let councils = [
        "Algemene Raad", "Raad Basisonderwijs", "Raad Secundair Onderwijs", "Raad Hoger Onderwijs",
        "Raad Levenslang en Levensbreed Leren", "Raad Volwassenenonderwijs", "Raad Leerlingenbegeleiding",
    ]

    /// Folds the letters OCR confuses ("l"/"i"/"I"/"1", "rn"/"m") and accents, for comparing names.
    public static func ocrKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiOCRKey(text) }
        var key = TextNormalization.norm(text.folding(options: .diacriticInsensitive, locale: nil))
        key = key.replacingOccurrences(of: "rn", with: "m")
        return String(key.map { "il1|".contains($0) ? "l" : $0 })
    }

    /// `ocrKey` of ASCII text, byte by byte: nothing to fold, letters and digits kept and
    /// lower-cased, "rn" read as "m", "i" and "1" as "l" (names are keyed for every reference).
    private static func asciiOCRKey(_ text: String) -> String {
        let kept = TextNormalization.asciiNormBytes(text)
        var key: [UInt8] = []
        key.reserveCapacity(kept.count)
        var i = 0
        while i < kept.count {
            if kept[i] == UInt8(ascii: "r"), i + 1 < kept.count, kept[i + 1] == UInt8(ascii: "n") {
                key.append(UInt8(ascii: "m"))
                i += 2
                continue
            }
            let byte = kept[i]
            key.append(byte == UInt8(ascii: "i") || byte == UInt8(ascii: "1") ? UInt8(ascii: "l") : byte)
            i += 1
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Every printed form of every body, with its OCR-tolerant key, longest first.
    private struct Form {
        var body: Body
        var text: String
        var key: String
    }

    private static let forms: [Form] = bodies.flatMap { body in
        ([body.name] + body.aliases).map { Form(body: body, text: $0, key: ocrKey($0)) }
    }.sorted { $0.text.count > $1.text.count }

    private static let formsByKey: [String: Form] = Dictionary(forms.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    private static let formLengths: [Int] = Array(Set(forms.map(\.text.count))).sorted(by: >)

    /// The body a printed name stands for (OCR-tolerant).
    public static func body(named text: String) -> Body? {
        let key = ocrKey(text)
        guard !key.isEmpty else { return nil }
        return formsByKey[key]?.body
    }

    /// The first body named at the start of a text ("Vlor, Raad ...", "Viaamse Onderwijsraad. ...").
    public static func leadingBody(in text: String) -> (body: Body, printed: Substring)? {
        guard let first = text.first, first.isUppercase else { return nil }
        for length in formLengths {
            let prefix = text.prefix(length)
            guard prefix.count == length else { continue }
            let rest = text.dropFirst(length)
            guard rest.isEmpty || rest.first.map({ !$0.isLetter }) == true else { continue }
            if let form = formsByKey[ocrKey(String(prefix))], form.text.count == length { return (form.body, prefix) }
        }
        return nil
    }

    /// Names whose OCR misreadings are put right in reference fields, by key and word count.
    private static let correctable: [Int: [String: String]] = {
        let names = bodies.flatMap { [$0.name] + $0.aliases } + councils + ["Vlaamse Regering", "Vlaams Parlement"]
        var table: [Int: [String: String]] = [:]
        for name in names { table[name.split(separator: " ").count, default: [:]][ocrKey(name)] = name }
        return table
    }()

    /// The lengths (characters) of the correctable names, by word count: a window of another
    /// length cannot be one of them, so its key is never computed.
    private static let correctableLengths: [Int: Set<Int>] = correctable.mapValues { Set($0.values.map(\.count)) }

    /// The text with OCR misreadings of body and council names put right ("Viaamse Regering"
    /// -> "Vlaamse Regering"); other words are left as printed.
    public static func correctingOCR(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (count, names) in correctable where words.count >= count {
            let lengths = correctableLengths[count] ?? []
            var start = 0
            while start + count <= words.count {
                let window = words[start..<start + count].joined(separator: " ")
                let core = window.trimming(.punctuationCharacters)
                if lengths.contains(core.count), let name = names[ocrKey(core)], core != name, core.count == name.count, let range = window.range(of: core) {
                    let fixed = window.replacingCharacters(in: range, with: name).split(separator: " ").map(String.init)
                    words.replaceSubrange(start..<start + count, with: fixed)
                }
                start += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// The council named in a text (OCR-tolerant), as the Vlor names it.
    public static func council(in text: String) -> String? {
        let key = ocrKey(text)
        return councils.first { key.contains(ocrKey($0)) }
    }

    /// The body a web address belongs to.
    public static func body(forURL url: String) -> Body? {
        let host = url.lowercased().replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
            .split(separator: "/").first.map(String.init) ?? ""
        return bodies.first { $0.domains.contains(host) }
            ?? bodies.first { body in body.domains.contains { host.hasSuffix("." + $0) } }
            ?? bodies.first { body in body.domains.contains { sameSite(host, $0) } }
    }

    /// A host misprinted in its middle label ("ec.europ.eu" for "ec.europa.eu") is the same
    /// site when its first label and top-level domain agree and the domain has three labels.
    private static func sameSite(_ host: String, _ domain: String) -> Bool {
        let printed = host.split(separator: ".").filter { $0 != "www" }, known = domain.split(separator: ".")
        return printed.count == 3 && known.count == 3 && printed.first == known.first && printed.last == known.last
    }
}
