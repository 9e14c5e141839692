package parley.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One IP network in CIDR notation ({@code 127.0.0.0/8}, {@code 10.1.2.3/32}, {@code fd00::/8}); a bare address is
 * its own /32 or /128. Only literal addresses are accepted (never a host name, so parsing never touches DNS).
 */
public record Cidr(byte[] network, int prefix) {
    public static Cidr parse(String s) {
        String t = s.trim();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        if (addr.isEmpty() || !addr.toLowerCase(Locale.ROOT).matches("[0-9a-f:.]+|\\[[0-9a-f:.]+]"))
            throw new ConfigException("not an IP network (CIDR like 127.0.0.0/8 or fd00::/8): '" + s + "'");
        byte[] a;
        try {
            a = InetAddress.getByName(addr.replace("[", "").replace("]", "")).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new ConfigException("not an IP network (CIDR like 127.0.0.0/8 or fd00::/8): '" + s + "'");
        }
        int bits = a.length * 8, p = bits;
        if (slash >= 0) {
            try {
                p = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                p = -1;
            }
            if (p < 0 || p > bits) throw new ConfigException("prefix length of '" + s + "' must be 0.." + bits);
        }
        for (int i = 0; i < a.length; i++) { // clear the host bits
            int keep = Math.max(0, Math.min(8, p - i * 8));
            a[i] &= (byte) (0xFF << (8 - keep));
        }
        return new Cidr(a, p);
    }

    /** A comma-separated list; empty means none. */
    public static List<Cidr> parseList(String s) {
        List<Cidr> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        for (String part : s.split(",")) if (!part.isBlank()) out.add(parse(part));
        return out;
    }

    public boolean contains(InetAddress addr) {
        byte[] b = addr.getAddress();
        if (b.length != network.length) return false;
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            int mask = (0xFF << (8 - keep)) & 0xFF;
            if ((b[i] & mask) != (network[i] & mask)) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            return "?/" + prefix;
        }
    }
}
