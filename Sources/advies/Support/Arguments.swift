import AdviesExport
import AdviesModel
import ArgumentParser

// The formats and vocabularies of the lower layers, as option values: listed there once.
extension DocumentFormat: ExpressibleByArgument {}
extension CitationStyle: ExpressibleByArgument {}
extension GraphFormat: ExpressibleByArgument {}
extension ListingFormat: ExpressibleByArgument {}
extension DocumentPart: EnumerableFlag {}
extension SearchScope: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}
extension RecommendationStrength: ExpressibleByArgument {}
extension RecommendationID: ExpressibleByArgument {}
