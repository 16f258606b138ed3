package dev.tenet.web.account;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the running application on loopback: real HTTP with the JDK's client, no redirects
 * followed. A browser keeps cookies (the session); a plain client does not.
 */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    private Http(int port, boolean cookies) {
        this.base = URI.create("http://127.0.0.1:" + port);
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    /** A client without cookies, as an API client is. */
    static Http client(int port) {
        return new Http(port, false);
    }

    /** A client that keeps its session cookie, as a browser does. */
    static Http browser(int port) {
        return new Http(port, true);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The CSRF token of the first form in a page. */
    static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in " + page.uri() + ":\n" + page.body());
        }
        return matcher.group(1);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        return send("POST", path, "application/x-www-form-urlencoded", form(fields), headers);
    }

    /** Signs in with the login form as a browser does: the page, then the form with its CSRF token. */
    HttpResponse<String> login(String username, String password) {
        String token = csrf(get("/login"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", token);
        return postForm("/login", fields);
    }

    /**
     * Sends a request; {@code headers} are name, value pairs, and an {@code Authorization} value
     * alone ("Basic ..." or "Bearer ...") may be given without its name.
     */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i++) {
            if (headers[i].startsWith("Basic ") || headers[i].startsWith("Bearer ")) {
                request.header("Authorization", headers[i]);
            } else {
                request.header(headers[i], headers[++i]);
            }
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
