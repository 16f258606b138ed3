package dev.tenet.web.security;

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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person calling the running application over real HTTP on loopback, never following
 * redirects: an API client sends HTTP Basic on every request and keeps no cookie; a browser keeps
 * its session cookie, signs in with the login form and sends the session's CSRF token with every
 * form it posts, as the pages' forms do.
 */
final class Caller {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final String authorization;
    private String csrf;

    private Caller(int port, boolean cookies, String authorization) {
        this.base = URI.create("http://127.0.0.1:" + port);
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
        this.authorization = authorization;
    }

    /** A script or CI job: HTTP Basic on every request, no cookies; {@code null} credentials for none. */
    static Caller api(int port, String username, String password) {
        return new Caller(port, false, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser that has opened the login page but not signed in: a session with its CSRF token. */
    static Caller anonymousBrowser(int port) {
        Caller browser = new Caller(port, true, null);
        browser.csrf = token(FORM_TOKEN, browser.get("/login"));
        return browser;
    }

    /** A browser signed in with the login form: the page, the form with its token, then where it leads. */
    static Caller signedIn(int port, String username, String password) {
        Caller browser = anonymousBrowser(port);
        HttpResponse<String> login = browser.postForm("/login", Map.of("username", username, "password", password));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError(username + " could not sign in: " + login.statusCode() + " " + location);
        }
        HttpResponse<String> landing = browser.get(URI.create(location).getPath());
        // the session and its CSRF token are new after signing in
        browser.csrf = token(META_TOKEN, landing);
        return browser;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** A form post with the session's CSRF token, as the page's own form sends it. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return send("POST", path, "application/x-www-form-urlencoded", form(all));
    }

    /** The same form without any CSRF token, as another site would post it. */
    HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        return send("POST", path, "application/x-www-form-urlencoded", form(fields));
    }

    /** A multipart form (the submit page's upload form), with the CSRF token among its fields. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
        String boundary = "----matrix" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
    }

    /** Any request; {@code headers} are name, value pairs. */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the response sends the browser to the sign-in page. */
    static boolean redirectsToLogin(HttpResponse<?> response) {
        return response.statusCode() == 302 && location(response).map(l -> URI.create(l).getPath())
                .filter("/login"::equals).isPresent();
    }

    static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    private static String token(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in " + page.uri() + " (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
