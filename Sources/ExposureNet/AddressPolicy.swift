/// Which network addresses a request may connect to.
///
/// Links on a public site must never steer the crawler into the auditor's own network
/// (loopback, private ranges, link-local cloud metadata at 169.254.169.254). The check runs on
/// the address libcurl resolved, just before connecting, so a host name cannot hide it.
public enum AddressPolicy {
    /// Whether an address (4 bytes IPv4, 16 bytes IPv6, network order) is loopback, private,
    /// link-local, shared, multicast or unspecified.
    public static func isInternal(_ bytes: [UInt8]) -> Bool {
        switch bytes.count {
        case 4: return isInternalIPv4(bytes)
        case 16: return isInternalIPv6(bytes)
        default: return true
        }
    }

    private static func isInternalIPv4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1]) {
        case (0, _), (10, _), (127, _): true
        case (100, 64...127): true  // carrier-grade NAT, shared address space
        case (169, 254): true
        case (172, 16...31): true
        case (192, 168): true
        case (198, 18...19): true  // benchmarking
        case (224...255, _): true  // multicast and reserved
        default: false
        }
    }

    private static func isInternalIPv6(_ b: [UInt8]) -> Bool {
        if b[0..<15].allSatisfy({ $0 == 0 }) && (b[15] == 0 || b[15] == 1) { return true }  // :: and ::1
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF {
            return isInternalIPv4(Array(b[12..<16]))  // IPv4-mapped
        }
        if b[0] & 0xFE == 0xFC { return true }  // unique local fc00::/7
        if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return true }  // link-local fe80::/10
        if b[0] == 0xFF { return true }  // multicast
        return false
    }

    /// The address in the usual text form, for messages.
    static func describe(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: bytes.count, by: 2).map {
            String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16)
        }.joined(separator: ":")
    }
}
