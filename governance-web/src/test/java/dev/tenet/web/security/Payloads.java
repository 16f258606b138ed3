package dev.tenet.web.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-site scripting payloads the tests type into every field, and the checks that a page,
 * a JSON answer or a Markdown record never gives them back as markup. Each field gets its own
 * tag in front of the payload ({@code desc:<script>...}) so that a check can also see that the
 * field is shown at all, escaped.
 */
final class Payloads {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JAVASCRIPT_URL = "javascript:alert(1)";

    // what no page may contain: the payloads' markup, raw
    private static final List<String> RAW = List.of("<script>alert(", "<img src=x", "onerror=alert(1)>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)\\b(href|src|action|formaction)\\s*=\\s*\"([^\"]*)\"");

    private Payloads() {
    }

    /** Both markup payloads, tagged with the field's name. */
    static String tagged(String field) {
        return field + ":" + SCRIPT + IMG;
    }

    /**
     * How a tagged payload starts once HTML-escaped (Thymeleaf escapes ' as &#39;); only its script
     * part, since the page's YAML listing shows the rest with the document's own quoting.
     */
    static String escapedHtml(String field) {
        return field + ":&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    }

    /** The start of a tagged payload as the Markdown record escapes it. */
    static String escapedMarkdown(String field) {
        return field + ":&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;";
    }

    /** A YAML double-quoted scalar. */
    static String yamlQuoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The library's media-recommendations design with a payload in every free-text field: owner,
     * description, stakeholders, sensitive categories, the feedback channel (a link), extensions
     * and the evidence of two of its own attestation answers.
     */
    static String inEveryField(String yaml) {
        yaml = yaml.replaceFirst("(?m)^  owner: .*$", Matcher.quoteReplacement("  owner: " + yamlQuoted(tagged("owner"))));
        yaml = yaml.replaceFirst("(?m)^  description: >-\\n(?:    .*\\n)+", "  description: "
                + Matcher.quoteReplacement(yamlQuoted(tagged("desc"))) + "\n");
        yaml = yaml.replaceFirst("(?m)^  affectedStakeholders: .*$", Matcher.quoteReplacement(
                "  affectedStakeholders: [" + yamlQuoted(tagged("stake")) + ", " + yamlQuoted(JAVASCRIPT_URL) + "]"));
        yaml = yaml.replaceFirst("(?m)^    sensitiveCategories: .*$", Matcher.quoteReplacement(
                "    sensitiveCategories: [" + yamlQuoted(tagged("cat")) + "]"));
        yaml = yaml.replaceFirst("feedbackChannel: \"[^\"]*\"", Matcher.quoteReplacement(
                "feedbackChannel: " + yamlQuoted(JAVASCRIPT_URL)));
        yaml = yaml.replaceFirst("(?m)^  extensions: .*$", Matcher.quoteReplacement(
                "  extensions: {note: " + yamlQuoted(tagged("ext")) + ", link: " + yamlQuoted(JAVASCRIPT_URL) + "}"));
        yaml = yaml.replaceFirst("(?m)^(    feedback-signal-bias: \\{answer: true, evidence: ).*$",
                "$1" + Matcher.quoteReplacement(yamlQuoted(tagged("evid")) + "}"));
        yaml = yaml.replaceFirst("(?m)^(    training-data-review: \\{answer: true, evidence: ).*$",
                "$1" + Matcher.quoteReplacement(yamlQuoted(JAVASCRIPT_URL) + "}"));
        assertThat(yaml).contains("desc:<script>", "stake:<script>", "cat:<script>", "feedbackChannel: \"javascript:", "ext:<script>", "evid:<script>", "owner:<script>");
        return yaml;
    }

    /**
     * An HTML page: served as HTML with nosniff and a Content-Security-Policy that allows no inline
     * script, the payloads' markup nowhere raw, every link's URL http(s), relative or a fragment,
     * and each of {@code shown} there escaped.
     */
    static void assertSafePage(HttpResponse<String> page, String... shown) {
        String what = page.request().method() + " " + page.uri().getPath();
        assertThat(page.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type ->
                assertThat(type.toLowerCase(Locale.ROOT)).startsWith("text/html").contains("charset=utf-8"));
        assertNoSniff(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).as(what + " CSP").hasValueSatisfying(csp -> {
            assertThat(csp).contains("script-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
            assertThat(directive(csp, "script-src")).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
        });
        assertNoRawMarkup(what, page.body());
        assertThat(urls(page.body())).as(what + ": URLs in links, sources and forms").allSatisfy(url ->
                assertThat(url).matches("(?i)(https?://|/|#|\\?|\\./).*|"));
        for (String field : shown) {
            assertThat(page.body()).as(what + " shows " + field + " escaped").contains(escapedHtml(field));
        }
    }

    /** A JSON answer: declared JSON (a browser never renders it as HTML) with nosniff. */
    static void assertJson(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.uri().getPath();
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type ->
                assertThat(type).matches("application/(problem\\+)?json.*"));
        assertNoSniff(response);
    }

    static void assertNoSniff(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().getPath())
                .hasValue("nosniff");
    }

    static void assertNoRawMarkup(String what, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String raw : RAW) {
            assertThat(lower).as(what + " contains the raw markup " + raw).doesNotContain(raw.toLowerCase(Locale.ROOT));
        }
        assertThat(lower).as(what + " links to a javascript: URL").doesNotContainPattern("(href|src|action)\\s*=\\s*\"?\\s*javascript:");
    }

    static List<String> urls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = URL_ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            urls.add(matcher.group(2).replace("&amp;", "&"));
        }
        return urls;
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }
}
