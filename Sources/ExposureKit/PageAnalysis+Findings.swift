import ExposureStore

extension PageAnalysis {
    /// What the audit keeps of the page: the same form whether it was parsed now or replayed
    /// from the history for a 304, so both are counted alike.
    public var findings: PageFindings {
        var seenNames: Set<PageFindings.Mention> = []
        return PageFindings(
            items: linked.map { item in
                PageFindings.Item(
                    kind: item.detection.kind, subtype: item.detection.subtype, value: item.detection.value,
                    normalized: item.detection.normalized, confidence: item.confidence,
                    path: item.detection.anchor.path, context: item.detection.context, personKey: item.person?.key)
            },
            // The collector counts a person once per page and reads each spelling for the best
            // one; repeats of a spelling change nothing.
            mentions: mentions.map { PageFindings.Mention(key: $0.key, name: $0.name) }.filter { seenNames.insert($0).inserted },
            links: followableLinks)
    }
}
