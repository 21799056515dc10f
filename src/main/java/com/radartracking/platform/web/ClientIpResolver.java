package com.radartracking.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The real client address of a request. {@code X-Forwarded-For} is believed only when it arrives from a
 * trusted proxy ({@code radar.web.trusted-proxies}, loopback by default: the panel's server runs beside
 * the API and forwards its visitor's address); it is read from the right, skipping trusted hops, so a
 * client cannot spoof its address by sending the header itself. The per-IP login limit and the audit
 * trail depend on this. Only IP literals are accepted: a header never triggers a DNS look-up.
 */
@Component
public class ClientIpResolver {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpRange> trustedProxies;

    public ClientIpResolver(@Value("${radar.web.trusted-proxies:127.0.0.0/8,::1}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(IpRange::parse).toList();
    }

    public String clientIp(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // Garbage in the chain: stop trusting it and keep the last address we could vouch for.
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trustedProxies.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** Parses an IP literal (optionally [bracketed] or with an IPv4 port); never resolves a name. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim();
        if (candidate.startsWith("[") && candidate.contains("]")) {
            candidate = candidate.substring(1, candidate.indexOf(']'));
        } else if (candidate.indexOf(':') == candidate.lastIndexOf(':') && candidate.contains(":")) {
            candidate = candidate.substring(0, candidate.indexOf(':'));
        }
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An address block such as 10.0.0.0/8, ::1 or 192.168.1.10. */
    record IpRange(byte[] network, int prefix) {

        static IpRange parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("radar.web.trusted-proxies: not an IP: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("radar.web.trusted-proxies: bad prefix in " + text);
            }
            return new IpRange(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
