package com.radartracking.push.gateway.http1;

import java.net.URI;

/** Where a connection goes: scheme, host and port; connections are pooled per origin. */
record Origin(boolean tls, String host, int port) {

    static Origin of(URI uri) {
        boolean tls = "https".equals(uri.getScheme());
        return new Origin(tls, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80);
    }

    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + host + ":" + port;
    }
}
