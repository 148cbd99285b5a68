import ExposureCore
import ExposureReport
import Foundation
import Testing

/// JSON reports against the published contract (`schemas/report-v1.schema.json`), SARIF logs
/// against the official SARIF 2.1.0 schema (`schemas/third_party/`), and both schemas rejecting
/// what they must, so that a validator that accepts anything cannot pass.
@Suite(.enabled(if: JSONSchemaValidator.pythonAvailable, "python3 is not installed: schema validation skipped"))
struct SchemaTests {
    static let reportSchema = TestReports.repository.appendingPathComponent("schemas/report-v1.schema.json")
    static let sarifSchema = TestReports.repository.appendingPathComponent("schemas/third_party/sarif-schema-2.1.0.json")

    enum Audit: CaseIterable { case sampleSite, wholeKit, hostile }

    static let audits = Audit.allCases.flatMap { audit in Language.allCases.map { (audit, $0) } }

    static func report(_ audit: Audit, _ language: Language) throws -> Report {
        switch audit {
        case .sampleSite: try TestReports.sampleSite(language)
        case .wholeKit: TestReports.kit(language)
        case .hostile: TestReports.hostile(language)
        }
    }

    @Test(arguments: audits)
    func jsonReportsFollowTheContract(audit: Audit, language: Language) throws {
        let errors = try JSONSchemaValidator.errors(in: ReportFormat.json.render(Self.report(audit, language)), schema: Self.reportSchema)
        #expect(errors == nil, "\(errors ?? "")")
    }

    @Test(arguments: audits)
    func sarifLogsFollowTheOfficialSchema(audit: Audit, language: Language) throws {
        let errors = try JSONSchemaValidator.errors(in: ReportFormat.sarif.render(Self.report(audit, language)), schema: Self.sarifSchema)
        #expect(errors == nil, "\(errors ?? "")")
    }

    /// Each edit breaks the contract; the schema must say so.
    @Test(arguments: [
        #"{"op": "set", "path": ["findings", 0, "severity"], "value": "severe"}"#,
        #"{"op": "delete", "path": ["findings"]}"#,
        #"{"op": "set", "path": ["language"], "value": "fr"}"#,
        #"{"op": "set", "path": ["findings", 0, "occurrences", 0, "context"], "value": 7}"#,
        #"{"op": "set", "path": ["checklist", 0, "citations"], "value": []}"#,
        #"{"op": "delete", "path": ["crawl", "pagesFetched"]}"#,
    ])
    func theReportSchemaRejectsBrokenReports(edit: String) throws {
        let broken = try Self.apply(edit, to: ReportFormat.json.render(TestReports.kit(.en)))
        #expect(try JSONSchemaValidator.errors(in: broken, schema: Self.reportSchema) != nil)
    }

    @Test(arguments: [
        #"{"op": "set", "path": ["runs", 0, "results", 0, "level"], "value": "fatal"}"#,
        #"{"op": "delete", "path": ["runs", 0, "tool"]}"#,
        #"{"op": "set", "path": ["version"], "value": "2.0.0"}"#,
        #"{"op": "set", "path": ["runs", 0, "results", 0, "locations", 0, "physicalLocation", "region"], "value": {"snippet": {"text": "x"}}}"#,
    ])
    func theSARIFSchemaRejectsBrokenLogs(edit: String) throws {
        let broken = try Self.apply(edit, to: ReportFormat.sarif.render(TestReports.kit(.en)))
        #expect(try JSONSchemaValidator.errors(in: broken, schema: Self.sarifSchema) != nil)
    }

    /// Sets or deletes the value at `path` (keys and indices) in a JSON document.
    static func apply(_ edit: String, to document: Data) throws -> Data {
        let edit = try #require(JSONSerialization.jsonObject(with: Data(edit.utf8)) as? [String: Any])
        let path = try #require(edit["path"] as? [Any])
        let value = edit["op"] as? String == "delete" ? nil : edit["value"]
        func change(_ node: Any, _ rest: ArraySlice<Any>) throws -> Any {
            let isLast = rest.count == 1
            if let key = rest.first as? String {
                var object = try #require(node as? [String: Any])
                object[key] = isLast ? value : try change(try #require(object[key]), rest.dropFirst())
                return object
            }
            let index = try #require(rest.first as? Int)
            var array = try #require(node as? [Any])
            array[index] = isLast ? value ?? NSNull() : try change(array[index], rest.dropFirst())
            return array
        }
        return try JSONSerialization.data(withJSONObject: change(JSONSerialization.jsonObject(with: document), path[...]))
    }
}
