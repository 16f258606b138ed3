package dev.tenet.web.policy;

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
 * A caller of the running application over real HTTP on loopback, never following redirects: an
 * API client (a webhook, or a person with HTTP Basic) keeps no cookies; a browser signs in with the
 * login form and posts forms with the session's CSRF token.
 */
final class Client {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private String csrf;

    private Client(int port, boolean cookies) {
        this.base = URI.create("http://127.0.0.1:" + port);
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
    }

    /** A client without cookies: a webhook, a script. */
    static Client api(int port) {
        return new Client(port, false);
    }

    /** A browser signed in with the login form. */
    static Client signedIn(int port, String username, String password) {
        Client browser = new Client(port, true);
        browser.csrf = token(FORM_TOKEN, browser.get("/login"));
        HttpResponse<String> login = browser.postForm("/login", Map.of("username", username, "password", password));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError(username + " could not sign in: " + login.statusCode());
        }
        browser.csrf = token(META_TOKEN, browser.get("/"));
        return browser;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    /** A GET; {@code headers} are name, value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** A POST of these bytes; {@code headers} are name, value pairs. */
    HttpResponse<String> post(String path, byte[] body, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** A browser's form post, with the session's CSRF token. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String form = all.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, HttpRequest.BodyPublishers.ofString(form),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in " + page.uri() + " (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
