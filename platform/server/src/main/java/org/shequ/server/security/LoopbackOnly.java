package org.shequ.server.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Whether a request comes from this machine and was meant for it: what the development token routes
 * demand. A loopback peer is not enough: a web page on another site can make the browser send
 * requests to localhost under that site's host name (DNS rebinding), and a reverse proxy on this
 * machine is a loopback peer for every caller it forwards. So the {@code Host} must name the
 * loopback too, and no forwarding header may be present.
 */
public final class LoopbackOnly {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private LoopbackOnly() {}

  public static boolean accepts(ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote != null
        && remote.getAddress() != null
        && remote.getAddress().isLoopbackAddress()
        && isLoopbackHost(request.getHeaders().getFirst(HttpHeaders.HOST))
        && !forwarded(request.getHeaders());
  }

  /** Whether a request passed through a proxy that said so. */
  private static boolean forwarded(HttpHeaders headers) {
    return headers.headerNames().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .anyMatch(
            name ->
                name.equals("forwarded")
                    || name.startsWith("x-forwarded-")
                    || name.equals("x-real-ip"));
  }

  /**
   * Whether a {@code Host} header names the loopback: {@code localhost}, an address in 127.0.0.0/8
   * or {@code [::1]}, with any port. Never resolves a name.
   */
  static boolean isLoopbackHost(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String name = hostWithoutPort(host.strip());
    if (name == null) {
      return false;
    }
    if (name.equalsIgnoreCase("localhost") || name.equalsIgnoreCase("localhost.")) {
      return true;
    }
    // Only literals reach InetAddress, so it parses them and never asks DNS.
    if (!IPV4.matcher(name).matches() && !IPV6.matcher(name).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The host part of {@code host[:port]} or {@code [v6]:port}; null when malformed. */
  private static String hostWithoutPort(String host) {
    String name;
    String port;
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      if (end < 0) {
        return null;
      }
      name = host.substring(1, end);
      port = host.substring(end + 1);
      if (!name.contains(":")) {
        return null;
      }
    } else {
      int colon = host.indexOf(':');
      name = colon < 0 ? host : host.substring(0, colon);
      port = colon < 0 ? "" : host.substring(colon);
      if (name.contains(":")) {
        return null;
      }
    }
    return port.isEmpty() || port.matches(":\\d{1,5}") ? name : null;
  }
}
