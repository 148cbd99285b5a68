import ExposureKit
import Testing

@Suite struct AuditScheduleTests {
    let schedule = AuditSchedule(
        frequency: .monthly, executable: "/opt/exposure audit/bin/exposure-audit",
        scanArguments: ["https://snv.example.gov.vn/", "--notify-command", #"echo "100% new: $1" | mail -s 'it''s' me"#],
        name: "exposure-audit-snv.example.gov.vn")

    @Test func serviceQuotesEveryWordForSystemd() {
        #expect(schedule.serviceUnit.contains(
            #"ExecStart="/opt/exposure audit/bin/exposure-audit" "scan" "https://snv.example.gov.vn/" "--notify-command" "echo \"100%% new: $$1\" | mail -s 'it''s' me""#
        ))
        #expect(schedule.serviceUnit.contains("Type=oneshot"))
        #expect(schedule.timerUnit.contains("OnCalendar=monthly\nPersistent=true"))
        #expect(schedule.timerUnit.contains("WantedBy=timers.target"))
    }

    @Test func crontabLineQuotesForTheShellAndEscapesPercent() {
        #expect(
            schedule.crontabLine
                == #"@monthly '/opt/exposure audit/bin/exposure-audit' 'scan' 'https://snv.example.gov.vn/' '--notify-command' 'echo "100\% new: $1" | mail -s '\''it'\'''\''s'\'' me'"#
        )
    }

    @Test func unitNamesAreHostAndFoldedPerson() {
        #expect(
            AuditSchedule.unitName(seeds: ["https://SNV.example.gov.vn/lanh-dao"], subject: "Lê Quang Vinh")
                == "exposure-audit-snv.example.gov.vn-le-quang-vinh")
        #expect(AuditSchedule.unitName(seeds: ["http://127.0.0.1:8080/"], subject: nil) == "exposure-audit-127.0.0.1")
    }
}
