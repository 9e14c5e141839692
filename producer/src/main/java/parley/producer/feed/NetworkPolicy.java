package parley.producer.feed;

import parley.config.Cidr;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the feed poller may connect to. A feed item's link is untrusted: without this, a feed could make
 * parley fetch {@code http://169.254.169.254/…} (cloud metadata), a router's admin page or a service on localhost.
 * A host is resolved first and refused when any of its addresses is loopback, link-local, private (RFC 1918, IPv6
 * ULA fc00::/7, site-local), shared (100.64.0.0/10), multicast, broadcast or unspecified, unless it lies in a network
 * the user allowed ({@code feed.allow.networks}). The poller checks before every request, so every redirect hop too.
 *
 * <p>Limit: the HTTP client resolves the name again when it connects; a DNS server that answers differently within
 * that instant (DNS rebinding) is not caught. Refusing a name when any of its addresses is refused narrows it.
 */
public final class NetworkPolicy {
    /** No network allowed beyond the public internet. */
    public static final NetworkPolicy DEFAULT = new NetworkPolicy(List.of());

    /** Resolves a host name (replaceable in tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<Cidr> allowed;
    private final Resolver resolver;

    private NetworkPolicy(List<Cidr> allowed) { this(allowed, InetAddress::getAllByName); }

    private NetworkPolicy(List<Cidr> allowed, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** From {@code feed.allow.networks}: comma-separated CIDRs, e.g. {@code 127.0.0.0/8,10.20.0.0/16}. */
    public static NetworkPolicy allowing(String networks) { return new NetworkPolicy(Cidr.parseList(networks)); }

    NetworkPolicy withResolver(Resolver r) { return new NetworkPolicy(allowed, r); }

    /** Null when {@code u}'s host may be fetched, else why not. */
    public String refusal(URI u) {
        String host = u.getHost();
        if (host == null) return "no host in " + u;
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addrs;
        try {
            addrs = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return "cannot resolve " + host;
        }
        for (InetAddress a : addrs) {
            String kind = special(a);
            if (kind != null && allowed.stream().noneMatch(c -> c.contains(a)))
                return host + " is " + (host.equals(a.getHostAddress()) ? "" : a.getHostAddress() + ", ") + "a " + kind
                        + " address (allow it with feed.allow.networks)";
        }
        return null;
    }

    /** The kind of a non-public address, or null for a public one. */
    static String special(InetAddress a) {
        if (a.isAnyLocalAddress()) return "unspecified";
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isLinkLocalAddress()) return "link-local";
        if (a.isSiteLocalAddress()) return "private";
        if (a.isMulticastAddress()) return "multicast";
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            if (b0 == 0) return "unspecified"; // 0.0.0.0/8, "this network"
            if (b0 == 100 && (b1 & 0xC0) == 64) return "shared (carrier-grade NAT)";
            if (b0 == 255 && (b1 & 0xFF) == 255 && (b[2] & 0xFF) == 255 && (b[3] & 0xFF) == 255) return "broadcast";
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) return "private (unique local)";
            boolean v4mapped = true; // ::ffff:a.b.c.d that Java did not already turn into an IPv4 address
            for (int i = 0; i < 10; i++) v4mapped &= b[i] == 0;
            if (v4mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return special(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return "unparseable";
                }
            }
        }
        return null;
    }

    @Override
    public String toString() { return "allowed " + allowed; }
}
