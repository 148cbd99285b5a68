import ExposureCore
import Foundation

/// The subset of a SARIF 2.1.0 log the SARIF renderer writes, named as the specification names it.
///
/// Optional members are left out when nil: SARIF allows few nulls.
struct SARIFLog: Encodable {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    var schema = SARIFLog.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    private enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        /// The language of the log's messages, as a BCP 47 tag.
        var language: String
        var invocations: [Invocation]
        var results: [Result]
        var properties: RunProperties
    }

    /// Audit facts and the whole checklist, which has no SARIF object of its own.
    struct RunProperties: Encodable {
        var profile: String?
        var subject: Subject
        var complete: Bool
        var checklist: [ChecklistItem]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var language: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var tags: [String]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    /// What SARIF has no field for: the exposure's own severity, owner, and the checklist items it calls for.
    struct ResultProperties: Encodable {
        var severity: Severity
        var kind: FindingKind
        var subtype: String?
        var person: String?
        var value: String
        var confidence: Double
        var pageCount: Int
        var checklist: [String]
    }

    /// A page, the element on it, and the snippet seen there.
    ///
    /// Pages have no stable line numbers and the schema requires a region to give a line or an
    /// offset, so there is no region: the snippet is the location's message and the element its
    /// logical location.
    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    /// An HTML element by its DOM path; SARIF's `element` kind is for XML and HTML elements.
    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind = "element"
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var startTimeUtc: Date
        var endTimeUtc: Date
        var toolExecutionNotifications: [Notification]
    }

    /// A page the crawl could not fetch or use.
    struct Notification: Encodable {
        var level = "warning"
        var message: Message
        var locations: [Location]
    }
}
