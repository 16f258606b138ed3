package dev.tenet.web.security;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application as production runs it (no demo profile: no demo users, no sample designs) on
 * loopback, with its own H2 database and a policy repository in a temporary folder, and one
 * person for each column of the endpoint matrix. The security tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
abstract class SecuredApplication {

    static final String PASSWORD = "matrix-password-long-enough";

    /** The principals, as the matrix names its columns: each a user with one role, or nobody. */
    static final String ANON = "anon";
    static final String ENG = "eng";
    static final String OTHER = "other";
    static final Map<String, Person> PEOPLE = people();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    /** A user of the matrix: the team for engineers, one role. */
    record Person(String username, String displayName, String team, String role) {
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-security-test");
    }

    /** Creates the matrix's people once per application context (the test classes share it). */
    void createPeople() {
        PEOPLE.values().stream().filter(p -> accounts.find(p.username()).isEmpty())
                .forEach(p -> accounts.createUser(p.username(), p.displayName(), p.team(), List.of(p.role()), PASSWORD));
    }

    Caller api(String principal) {
        Person person = PEOPLE.get(principal);
        return person == null ? Caller.api(port, null, null) : Caller.api(port, person.username(), PASSWORD);
    }

    Caller browser(String principal) {
        Person person = PEOPLE.get(principal);
        return person == null ? Caller.anonymousBrowser(port) : Caller.signedIn(port, person.username(), PASSWORD);
    }

    private static Map<String, Person> people() {
        Map<String, Person> people = new LinkedHashMap<>();
        people.put(ENG, new Person("ellen", "Ellen Engineer", "claims", "ENGINEER"));
        people.put(OTHER, new Person("otto", "Otto Other", "other", "ENGINEER"));
        people.put("research", new Person("reese", "Reese Research", "", "RESEARCH"));
        people.put("policy", new Person("paige", "Paige Policy", "", "POLICY"));
        people.put("engineering", new Person("ezra", "Ezra Engineering", "", "ENGINEERING"));
        people.put("board", new Person("bianca", "Bianca Board", "", "BOARD"));
        people.put("admin", new Person("adele", "Adele Admin", "", "ADMIN"));
        return Collections.unmodifiableMap(people);
    }
}
