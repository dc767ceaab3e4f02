import AdviesModel
import AdviesText

/// "Jaarrapporten Duaal Leren van 2019-2020, 2020-2021 en 2021-2022": a series of reports
/// cited at once, one work per year.
enum SeriesExpansion {
    private static let series = TextPattern(#"^(\p{Lu}\p{L}+?)en ([\p{L} ]+?) van ((?:\d{4}-\d{4}, )*\d{4}-\d{4}) en (\d{4}-\d{4})\.?$"#)

    static func expand(_ raw: String) -> [(text: String, title: String?)] {
        guard let match = series.firstMatch(in: raw), let noun = match[1], let name = match[2], let list = match[3], let last = match[4]
        else { return [(raw, nil)] }
        let years = list.components(separatedBy: ", ") + [String(last)]
        return years.map { year in
            let title = "\(noun) \(name) \(year)"
            return (title, title)
        }
    }
}
