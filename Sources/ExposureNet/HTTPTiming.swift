/// How long the phases of one exchange took, each measured from the start of the request.
public struct HTTPTiming: Sendable {
    /// Until the connection was up (TLS excluded); zero when an existing connection was reused.
    public var connect: Duration
    /// Until the first response byte arrived.
    public var firstByte: Duration
    /// Until the exchange finished.
    public var total: Duration

    public init(connect: Duration, firstByte: Duration, total: Duration) {
        self.connect = connect
        self.firstByte = firstByte
        self.total = total
    }
}
