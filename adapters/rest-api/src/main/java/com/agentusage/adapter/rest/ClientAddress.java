package com.agentusage.adapter.rest;

import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where a request comes from, as rate limits count it: the connection's address, or the address a trusted proxy
 * forwarded when Quarkus is configured to believe one (quarkus.http.proxy.*). An IPv6 client is counted by its
 * /64 network, which one machine usually holds whole: counted by address, it could pick a fresh one per request.
 */
final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        String host = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (!host.contains(":")) {
            return host;
        }
        try {
            // A literal address: nothing is looked up.
            byte[] network = Arrays.copyOf(InetAddress.getByName(host).getAddress(), 16);
            Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
