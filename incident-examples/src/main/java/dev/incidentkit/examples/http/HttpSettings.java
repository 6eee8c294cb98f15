package dev.incidentkit.examples.http;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the HTTP notifiers of this package share: the client that sends, how long one request may take,
 * the clock that turns an HTTP-date in a {@code Retry-After} header into a wait, and the
 * {@code User-Agent} every request carries.
 *
 * @param client sends the requests
 * @param timeout how long one request may take, from sending to the whole answer; positive; never
 *     {@code null}
 * @param clock the clock that {@code Retry-After} dates are measured against
 * @param userAgent the {@code User-Agent} header, one line
 * @since 0.1.0
 */
public record HttpSettings(HttpClient client, Duration timeout, Clock clock, String userAgent) {

    /** The {@code User-Agent} of {@link #of(Duration, Clock)}. */
    public static final String DEFAULT_USER_AGENT = "incidentkit/0.1.0";

    /**
     * Creates settings.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the timeout is not positive or the user agent is blank or not one line
     */
    public HttpSettings {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(userAgent, "userAgent");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, got " + timeout);
        }
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("the user agent must be one non-blank line");
        }
    }

    /**
     * Settings with a client of their own: it connects within the timeout and follows no redirects (a
     * redirect is reported, not followed, so that credentials never travel to an address nobody configured).
     *
     * @param timeout the per-request timeout, also the connect timeout; positive
     * @param clock the clock
     * @return the settings, with {@link #DEFAULT_USER_AGENT}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public static HttpSettings of(Duration timeout, Clock clock) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, got " + timeout);
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new HttpSettings(client, timeout, clock, DEFAULT_USER_AGENT);
    }

    /**
     * The same settings with another {@code User-Agent}.
     *
     * @param userAgent the user agent, non-blank and one line
     * @return the new settings
     * @throws IllegalArgumentException if the user agent is blank or not one line
     */
    public HttpSettings withUserAgent(String userAgent) {
        return new HttpSettings(client, timeout, clock, userAgent);
    }

    /**
     * The same settings with another per-request timeout, sharing the client.
     *
     * @param timeout the per-request timeout; positive
     * @return the new settings
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public HttpSettings withTimeout(Duration timeout) {
        return new HttpSettings(client, timeout, clock, userAgent);
    }
}
