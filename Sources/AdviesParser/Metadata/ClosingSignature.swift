import AdviesModel
import AdviesText

/// The closing of a letter, note or advice: a role line ending in a comma ("De Minister van
/// Volksgezondheid, Welzijn en Sport,", "De Vlaamse minister van Mobiliteit,") with, within a
/// few lines (after the space left for the signature), the signer's name ("H.M. de Jonge",
/// "Els Wouters"); or a closing formula ("Met vriendelijke groeten,", "Hoogachtend,") over
/// the name and, on the line below it, the office ("Vlaams minister van Onderwijs"), as
/// Flemish and Belgian letters sign; or, among the last lines, "Jan Peeters, voorzitter". The
/// role is kept as printed, without its article and comma (GUIDE-wild §1).
enum ClosingSignature {
    struct Found {
        var signatories: [Signatory]
        var lines: [Int]
    }

    static func parse(_ body: Body) -> Found? {
        var signatories: [Signatory] = []
        var lines: [Int] = []
        for index in body.indices where !body.isClaimed(index) {
            guard index + 1 < body.count, let match = roleLine.firstMatch(in: body[index].text), let role = match[1] else { continue }
            guard let name = (index + 1...min(index + 3, body.count - 1)).first(where: { i in
                i < body.count && !body.isClaimed(i) && nameLine.isMatch(body[i].text)
            }) else { continue }
            signatories.append(Signatory(name: body[name].text.collapsed, role: String(role).collapsed))
            lines += [index, name]
        }
        if signatories.isEmpty, let (signatory, used) = afterFormula(body) {
            signatories.append(signatory)
            lines += used
        }
        if signatories.isEmpty {
            let found = nameThenOffice(body)
            signatories = found.map(\.signatory)
            lines = found.map(\.line)
        }
        return signatories.isEmpty ? nil : Found(signatories: signatories, lines: lines)
    }

    /// The last closing formula with a name under it, and the office on the line below the name.
    private static func afterFormula(_ body: Body) -> (Signatory, [Int])? {
        for index in body.indices.reversed() where !body.isClaimed(index) && closingFormula.isMatch(body[index].text) {
            // The name right under it, or one line further (a "namens deze" between).
            guard index + 1 < body.count, let name = (index + 1...min(index + 2, body.count - 1)).first(where: { i in
                !body.isClaimed(i) && nameLine.isMatch(body[i].text)
            }) else { continue }
            var used = [index, name]
            var role = ""
            if name + 1 < body.count, !body.isClaimed(name + 1), office.isMatch(body[name + 1].text),
               !body[name + 1].text.hasSuffix(".") {
                role = body[name + 1].text.collapsed
                used.append(name + 1)
            }
            return (Signatory(name: body[name].text.collapsed, role: role), used)
        }
        return nil
    }

    /// "Jan Peeters, voorzitter" on lines of their own among the last of the text: each a signer
    /// and the office after the comma.
    private static func nameThenOffice(_ body: Body) -> [(signatory: Signatory, line: Int)] {
        var found: [(signatory: Signatory, line: Int)] = []
        for index in body.indices.suffix(15) where !body.isClaimed(index) {
            let text = body[index].text.collapsed
            guard let comma = text.firstIndex(of: ","), text.count <= 120, !text.hasSuffix(".") else { continue }
            let name = String(text[..<comma]), office = String(text[comma...].dropFirst()).trimming(.whitespaces)
            guard SignatureParser.isNameLine(name), SignatureParser.isRoleLine(office) else { continue }
            found.append((Signatory(name: PersonName.display(name), role: office), index))
        }
        return found
    }

    private static let closingFormula = TextPattern(#"^(?:[Mm]et (?:vriendelijke|hoogachtende|beste) groet(?:en)?|[Hh]oogachtend|[Vv]riendelijke groet(?:en)?)\s*,?$"#)
    /// An office as printed under a signer's name.
    private static let office = TextPattern(#"^(?:[\p{L}-]+\s){0,2}(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|[Ss]ecretaris|[Dd]irecteur|[Bb]urgemeester|[Gg]edelegeerd bestuurder|[Aa]dministrateur|[Ll]eidend ambtenaar)\b[^.;:]{0,100}$"#)

    /// "De Staatssecretaris van Veiligheid en Justitie,": an office, then the comma that leaves
    /// room for the signature; a Flemish or federal office names its level ("De Vlaamse minister …").
    private static let roleLine = TextPattern(#"^(?:De|Het)\s+((?:(?:Vlaamse|Vlaams|[Ff]ederale|[Ff]ederaal)\s)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]ice-?president|[Pp]resident|[Vv]oorzitter|[Ss]ecretaris(?:-generaal)?|[Dd]irecteur(?:-generaal)?|[Bb]urgemeester|[Ll]andsadvocaat|[Cc]ommissaris)\b[^.;:]{0,100}),$"#)
    /// Initials or a first name, and a surname with its particles: "Th. C. De Graaf",
    /// "H.M. de Jonge", "Els Wouters".
    private static let nameLine = TextPattern(#"^(?:(?:\p{Lu}[\p{Ll}]?\.\s?){1,5}\s?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s)(?:(?:de|van|der|den|ter|ten|het|De|Van|Der|Den|Ter|Ten|Vanden|Vander)\s)*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$"#)
}
