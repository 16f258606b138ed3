package dev.tenet.web.security;

import dev.tenet.web.security.EndpointMatrix.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint Spring MVC maps, called over real HTTP by nobody and by one person of each role,
 * answers as {@code security/endpoint-matrix.txt} declares. The API is called with HTTP Basic, the
 * pages from a browser session signed in with the login form, posting the session's CSRF token.
 * A newly mapped endpoint fails the build until the matrix says who may reach it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleMatrixTest extends SecuredApplication {

    private static final EndpointMatrix MATRIX = EndpointMatrix.read("/security/endpoint-matrix.txt");
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final AtomicInteger NOTICES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, Caller> apiCallers = new HashMap<>();
    private final Map<String, Caller> browsers = new HashMap<>();
    private final Map<String, Map<String, String>> fixed = new HashMap<>();
    private final Map<Row, Map<String, String>> answers = new ConcurrentHashMap<>();
    private DesignFixtures designs;
    private String researchAttestation;

    @BeforeAll
    void peopleAndDesigns() {
        createPeople();
        for (String principal : MATRIX.principals()) {
            apiCallers.put(principal, api(principal));
            browsers.put(principal, browser(principal));
        }
        designs = new DesignFixtures("matrix", apiCallers.get(ENG), apiCallers.get("admin"),
                role -> apiCallers.get(role.toLowerCase(Locale.ROOT)));
        long review = designs.inReview("claims-triage");
        researchAttestation = designs.attestationOf(review, "research");
        fixed.put("review", Map.of("id", Long.toString(review)));
        fixed.put("draft", Map.of("id", Long.toString(designs.draft("claims-triage"))));
        fixed.put("approved", Map.of("id", Long.toString(designs.approved(designs.yaml("contract-clause-extractor")))));
        fixed.put("user", Map.of("username", PEOPLE.get("research").username()));
        fixed.put("policy", Map.of("id", "privacy.encrypt-personal-data"));
        fixed.put("-", Map.of());
        fixed.put(EndpointMatrix.STATIC, Map.of());
    }

    @Test
    void everyMappedEndpointIsInTheMatrix() {
        Set<String> declared = MATRIX.rows().stream().map(Row::key).collect(Collectors.toSet());

        assertThat(mappedEndpoints()).as("endpoints mapped but not classified in security/endpoint-matrix.txt:"
                + " add a row saying who may reach each").allMatch(declared::contains);
    }

    @Test
    void everyEndpointOfTheMatrixIsStillMapped() {
        Set<String> mapped = mappedEndpoints();

        assertThat(MATRIX.rows().stream().filter(row -> !row.isStatic()).map(Row::key).distinct())
                .as("rows of security/endpoint-matrix.txt that no handler maps any more").allMatch(mapped::contains);
    }

    @TestFactory
    Stream<DynamicTest> eachEndpointAnswersEachPrincipalAsTheMatrixDeclares() {
        return MATRIX.rows().stream().filter(row -> !row.ignored())
                .map(row -> DynamicTest.dynamicTest(row.label(), () -> checkRow(row)));
    }

    @TestFactory
    Stream<DynamicTest> aSignedInFormWithoutTheSessionsCsrfTokenIsRefused() {
        return MATRIX.rows().stream().filter(row -> !row.api() && !row.ignored() && !row.isStatic())
                .filter(row -> !row.method().equals("GET") && !row.method().equals("ANY"))
                .map(Row::key).distinct()
                .map(key -> DynamicTest.dynamicTest(key, () -> {
                    Row row = MATRIX.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
                    Map<String, String> values = values(row);
                    HttpResponse<String> response = browsers.get(ENG).postFormWithoutToken(
                            EndpointCalls.fill(row.path(), values),
                            EndpointCalls.fill(EndpointCalls.body(key).form(), values));
                    assertThat(response.statusCode()).as(key + " without a CSRF token").isEqualTo(403);
                }));
    }

    @AfterAll
    void printTheMatrix() {
        System.out.println("\nEndpoint/role matrix as answered (actual!declared where they differ; 401, 403 and login"
                + " are refusals):\n" + MATRIX.table(answers));
    }

    private void checkRow(Row row) {
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String principal : MATRIX.principals()) {
            HttpResponse<String> response = call(row, principal);
            String outcome = Caller.redirectsToLogin(response) ? EndpointMatrix.LOGIN
                    : Integer.toString(response.statusCode());
            actual.put(principal, outcome);
            if (!outcome.equals(row.expected().get(principal))) {
                wrong.add(principal + ": " + outcome + ", declared " + row.expected().get(principal)
                        + " (" + Caller.location(response).orElse(abbreviate(response.body())) + ")");
            }
            if (row.api() && EndpointMatrix.refused(outcome)
                    && !response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                wrong.add(principal + ": a refusal of the API must be Problem Details, not "
                        + response.headers().firstValue("Content-Type").orElse("no Content-Type"));
            }
        }
        answers.put(row, actual);
        assertThat(wrong).as(row.label()).isEmpty();
    }

    private HttpResponse<String> call(Row row, String principal) {
        Map<String, String> values = values(row);
        String path = EndpointCalls.fill(row.path(), values);
        String method = row.method().equals("ANY") ? "GET" : row.method();
        EndpointCalls.Body body = EndpointCalls.body(row.key());
        if (row.api() || method.equals("GET")) {
            Caller caller = row.api() ? apiCallers.get(principal) : browsers.get(principal);
            return caller.send(method, path, body.contentType(), EndpointCalls.fill(body.text(), values),
                    "Accept", row.api() ? "application/json" : "text/html,application/json;q=0.9,*/*;q=0.8");
        }
        Map<String, String> form = EndpointCalls.fill(body.form(), values);
        return body.multipart() ? browsers.get(principal).postMultipart(path, form)
                : browsers.get(principal).postForm(path, form);
    }

    /** The row's fixture, made afresh for a fresh-* fixture, and the values fresh for every call. */
    private Map<String, String> values(Row row) {
        Map<String, String> values = new HashMap<>(fixture(row.fixture()));
        values.put("yaml", designs.yaml("claims-triage"));
        values.put("newuser", "matrix-new-" + USERS.incrementAndGet());
        values.put("expires", LocalDate.now().plusDays(90).toString());
        return values;
    }

    private Map<String, String> fixture(String name) {
        return switch (name) {
            case "fresh-draft" -> Map.of("id", Long.toString(designs.draft("claims-triage")));
            case "fresh-review" -> Map.of("id", Long.toString(designs.inReview("claims-triage")),
                    "attestation", researchAttestation);
            case "fresh-waivable" -> {
                long id = designs.inReview("media-recommendations");
                String[] finding = designs.waivable(id);
                yield Map.of("id", Long.toString(id), "policy", finding[0], "rule", finding[1]);
            }
            case "fresh-token" -> Map.of("id", DesignFixtures.ok(apiCallers.get(ENG).send("POST", "/api/v1/tokens",
                    "application/json", "{\"name\": \"to revoke\"}")).path("id").asString());
            case "fresh-notice" -> Map.of("id", Long.toString(notice(Long.parseLong(fixed.get("approved").get("id")))));
            case "fresh-user" -> {
                String username = "matrix-target-" + USERS.incrementAndGet();
                accounts.createUser(username, "Target", "", List.of("RESEARCH"), PASSWORD);
                yield Map.of("username", username);
            }
            default -> {
                Map<String, String> values = fixed.get(name);
                if (values == null) {
                    throw new IllegalStateException("no fixture named '" + name + "' (see EndpointRoleMatrixTest)");
                }
                yield values;
            }
        };
    }

    /**
     * A policy-drift notice addressed to eng about one of eng's designs, as a drift check records it
     * (in a review round of its own: the table allows one drift per round).
     */
    private long notice(long designId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO policy_drifts (design_id, revision, review_round, owner, from_commit, to_commit, tier_before,"
                        + " tier_after, decision_before, decision_after, detected_at)"
                        + " VALUES (:design, 1, :round, :owner, 'aaaa', 'bbbb', 'low', 'low', 'PASS', 'NEEDS_WAIVER',"
                        + " CURRENT_TIMESTAMP)")
                .param("design", designId).param("round", 1000 + NOTICES.incrementAndGet())
                .param("owner", PEOPLE.get(ENG).username()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** "METHOD pattern" of every handler method of every request-mapping handler mapping (MVC's, the actuator's). */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private static String abbreviate(String body) {
        String text = body.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
