import AdviesCore
import Foundation
import GRDB

// One Codable record per table. Column names are the snake_case of the properties.

protocol KnowledgeBaseRecord: Codable, FetchableRecord, PersistableRecord {}

extension KnowledgeBaseRecord {
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}

struct DocumentRecord: KnowledgeBaseRecord {
    static let databaseTableName = "document"
    var id: String
    var kind: String
    var title: String?
    var subtitle: String?
    var date: String?
    var datePrecision: String?
    var year: Int?
    var council: String?
    var organisation: String?
    var url: String?
    var sourcePath: String
    var sourceFormat: String
    var contentHash: String
    var pageCount: Int
    var ingestedAt: String
    var metadata: Metadata
    /// The URL in one form for all its spellings (`WorkAddress.normalised`).
    var urlKey: String?
}

struct SectionRecord: KnowledgeBaseRecord {
    static let databaseTableName = "section"
    var id: Int64?
    var documentId: String
    var position: Int
    var number: String?
    var title: String
    var level: Int
    var parent: String?
    var label: String
    var startPage: Int?
    var startLine: Int?
    var endPage: Int?
    var endLine: Int?
}

struct ParagraphRecord: KnowledgeBaseRecord {
    static let databaseTableName = "paragraph"
    var id: Int64?
    var documentId: String
    var position: Int
    var kind: String
    var sectionLabel: String?
    var text: String
    var leadIn: String?
    var startPage: Int?
    var startLine: Int?
}

struct FootnoteRecord: KnowledgeBaseRecord {
    static let databaseTableName = "footnote"
    var id: Int64?
    var documentId: String
    var number: Int
    var text: String
    var sectionLabel: String?
    var markerContext: String?
    var markerPage: Int?
    var markerLine: Int?
    var markerOffset: Int?
}

struct RecommendationRecord: KnowledgeBaseRecord {
    static let databaseTableName = "recommendation"
    var id: Int64?
    var documentId: String
    var recId: String
    var position: Int
    var sectionLabel: String?
    var text: String
    var cue: String?
    var strength: String?
    var addressee: String?
    var addresseeText: String?
    var leadIn: String?
    var startPage: Int?
    var startLine: Int?
}

struct ReferenceRecord: KnowledgeBaseRecord {
    static let databaseTableName = "reference"
    var id: Int64?
    var documentId: String
    var position: Int
    var source: String
    var type: String?
    var organisation: String?
    var council: String?
    var authors: [String]
    var title: String?
    var subtitle: String?
    var date: String?
    var pages: String?
    var url: String?
    var series: String?
    var raw: String
    var workKey: String
}

struct URLRecord: KnowledgeBaseRecord {
    static let databaseTableName = "url"
    var id: Int64?
    var documentId: String
    var url: String
    var footnote: Int?
    var linkText: String?
}

struct QuestionRecord: KnowledgeBaseRecord {
    static let databaseTableName = "question"
    var id: Int64?
    var documentId: String
    var number: Int
    var text: String
}

struct AnswerRecord: KnowledgeBaseRecord {
    static let databaseTableName = "answer"
    var id: Int64?
    var documentId: String
    var number: Int
    var textStart: String
}

struct TableCellRecord: KnowledgeBaseRecord {
    static let databaseTableName = "table_cell"
    var id: Int64?
    var documentId: String
    var answerNumber: Int
    var tableLabel: String
    var caption: String
    var rowHeader: String?
    var rowIndex: Int
    var rowLabel: String
    var columnIndex: Int
    var columnLabel: String
    var value: Int
}

struct TableNoteRecord: KnowledgeBaseRecord {
    static let databaseTableName = "table_note"
    var id: Int64?
    var documentId: String
    var answerNumber: Int
    var tableLabel: String
    var position: Int
    var text: String
}

struct CrossReferenceRecord: KnowledgeBaseRecord {
    static let databaseTableName = "cross_reference"
    var id: Int64?
    var documentId: String
    var target: String
    var via: String
}

struct DiagnosticRecord: KnowledgeBaseRecord {
    static let databaseTableName = "diagnostic"
    var id: Int64?
    var documentId: String
    var severity: String
    var code: String
    var message: String
    var page: Int?
    var line: Int?
}
