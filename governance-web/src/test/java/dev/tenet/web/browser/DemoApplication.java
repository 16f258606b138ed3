package dev.tenet.web.browser;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The whole application in the demo profile (its users and sample designs), on a random port of
 * 127.0.0.1, with its own H2 database, a policy repository in a temporary folder and a clock tests
 * may move. The browser tests and the UI's full-stack tests share it (one Spring context); each
 * creates the designs it acts on, under names of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("demo")
@Import(DemoApplication.Clocks.class)
public abstract class DemoApplication {

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-ui-test");
    }

    /** The clock the application reads. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
