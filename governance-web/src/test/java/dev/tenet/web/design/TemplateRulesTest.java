package dev.tenet.web.design;

import dev.tenet.model.Enforcement;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Principle;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Severity;
import dev.tenet.model.Token;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the UI's templates keep: every text from a message key that exists, output escaped,
 * and nothing the Content-Security-Policy would block (inline scripts, styles, event handlers).
 */
class TemplateRulesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> OWN_FOLDERS = List.of("fragments", "queue", "design", "dashboard", "record", "policies");
    static final List<Path> PAGE_CODE = List.of(Path.of("src/main/java/dev/tenet/web/design"),
            Path.of("src/main/java/dev/tenet/web/queue"), Path.of("src/main/java/dev/tenet/web/dashboard"),
            Path.of("src/main/java/dev/tenet/web/catalog"));
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    static final Pattern PARSER_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

    static Properties messages;
    static Map<Path, String> templates;

    @BeforeAll
    static void read() throws IOException {
        messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        templates = new TreeMap<>();
        for (String folder : OWN_FOLDERS) {
            try (Stream<Path> files = Files.walk(TEMPLATES.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    templates.put(file, PARSER_COMMENT.matcher(Files.readString(file)).replaceAll(""));
                }
            }
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() {
        List<String> missing = new ArrayList<>();
        templates.forEach((file, text) -> {
            Matcher key = LITERAL_KEY.matcher(text);
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(file.getFileName() + ": " + key.group(1));
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyThePageControllersNameExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path folder : PAGE_CODE) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Matcher key = JAVA_KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        if (!messages.containsKey(key.group(1))) {
                            missing.add(file.getFileName() + ": " + key.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueAPageTranslatesHasAMessage() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(DesignState.values()).forEach(v -> keys.add("state." + v.name()));
        Arrays.stream(Decision.values()).forEach(v -> keys.add("decision." + v.name()));
        Arrays.stream(Outcome.values()).forEach(v -> keys.add("outcome." + v.name()));
        Arrays.stream(AttestationStatus.values()).forEach(v -> keys.add("attestation.status." + v.name()));
        Arrays.stream(Verdict.values()).forEach(v -> keys.add("verdict." + v.name()));
        Arrays.stream(Verdict.values()).forEach(v -> keys.add("review.recorded." + v.name()));
        Arrays.stream(RiskTier.values()).map(Token::id).forEach(id -> keys.add("tier." + id));
        Arrays.stream(Enforcement.values()).map(Token::id).forEach(id -> keys.add("enforcement." + id));
        Arrays.stream(Severity.values()).map(Token::id).forEach(id -> keys.add("level." + id));
        Arrays.stream(Principle.values()).map(Token::id).forEach(id -> keys.add("principle." + id));
        Arrays.stream(Lifecycle.values()).map(Token::id).forEach(id -> keys.add("lifecycle." + id));
        Arrays.stream(EvidenceRequirement.values()).map(Token::id).forEach(id -> keys.add("policy.evidence." + id));
        Stream.of("ADDED", "REMOVED", "MODIFIED").forEach(c -> keys.add("diff.change." + c));
        Stream.of("added", "removed", "modified").forEach(c -> keys.add("diff.rule." + c));
        Stream.of("added", "removed", "modified").forEach(c -> keys.add("diff.attestation." + c));
        Stream.of("BINARY", "LARGE", "MANY").forEach(s -> keys.add("diff.skipped." + s));
        Stream.of("unknownRef", "unknownPolicy", "notLoaded", "invalid").forEach(k -> keys.add("problem." + k + ".title"));
        Stream.of("done", "current", "pending").forEach(s -> keys.add("stages.status." + s));
        Stream.of("BLOCKED", "NEEDS_WAIVER").forEach(d -> keys.add("review.warning." + d));
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void writesEveryTextEscaped() {
        templates.forEach((file, text) -> assertThat(text).as(file.toString()).doesNotContain("th:utext"));
    }

    @Test
    void hasNothingTheContentSecurityPolicyBlocks() {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(?:th:)?on[a-z]+=\"", Pattern.CASE_INSENSITIVE);
        templates.forEach((file, text) -> {
            assertThat(inlineScript.matcher(text).find()).as(file + " has an inline script").isFalse();
            assertThat(handler.matcher(text).find()).as(file + " has an inline event handler").isFalse();
            assertThat(text).as(file + " has an inline style").doesNotContain(" style=\"").doesNotContain("<style");
        });
    }
}
