package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_HOST;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_HOST;

import java.net.Inet6Address;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks the host of a {@code tcp://} address without asking any name service. */
final class HostName {

    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-f:.]+");

    private HostName() {
    }

    /**
     * The host in lower case, if it is an IPv4 address (no leading zeros), a DNS name (ASCII labels)
     * or an IPv6 address without brackets and without a zone.
     */
    static String normalize(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            throw new InvalidDeviceUriException(MISSING_HOST, host, host);
        }
        String lower = host.toLowerCase(Locale.ROOT);
        boolean valid;
        if (lower.indexOf(':') >= 0) {
            valid = isIpv6(lower);
        } else if (DIGITS_AND_DOTS.matcher(lower).matches()) {
            valid = isIpv4(lower);
        } else {
            valid = DNS_NAME.matcher(lower).matches();
        }
        if (!valid) {
            throw new InvalidDeviceUriException(INVALID_HOST, host, host);
        }
        return lower;
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!IPV4_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String host) {
        if (!IPV6_CHARACTERS.matcher(host).matches()) {
            return false;
        }
        try {
            Inet6Address.ofLiteral(host);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
