package io.alpenlock.core.push;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.ConnectionFactory;
import com.google.api.client.http.javanet.DefaultConnectionFactory;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.http.HttpTransportFactory;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.Optional;

/**
 * The HTTP transport for Firebase and for the OAuth token refresh of its credentials: the JDK's
 * {@link HttpURLConnection} through google-http-client's {@link NetHttpTransport} (no Apache or Netty client).
 * With a base URL (tests only) every request goes to that host, keeping the original path and query.
 */
final class GoogleHttp {

    private GoogleHttp() {
    }

    static HttpTransport transport(Optional<URI> baseUrl) {
        NetHttpTransport.Builder builder = new NetHttpTransport.Builder();
        baseUrl.ifPresent(base -> builder.setConnectionFactory(new RewritingConnectionFactory(base)));
        return builder.build();
    }

    static HttpTransportFactory transportFactory(HttpTransport transport) {
        return () -> transport;
    }

    private static final class RewritingConnectionFactory implements ConnectionFactory {

        private final String base;
        private final ConnectionFactory delegate = new DefaultConnectionFactory();

        RewritingConnectionFactory(URI base) {
            this.base = base.toString();
        }

        @Override
        public HttpURLConnection openConnection(URL url) throws IOException {
            return delegate.openConnection(URI.create(base + url.getFile()).toURL());
        }
    }
}
