package dev.tenet.web.persistence;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL server tests run against, on loopback: {@code TENET_TEST_PG_URL},
 * {@code TENET_TEST_PG_USER} and {@code TENET_TEST_PG_PASSWORD} (or the system properties
 * {@code tenet.test.pg.url}, {@code .user}, {@code .password}); by default
 * {@code jdbc:postgresql://127.0.0.1:5432/tenet_test} as tenet/tenet, which {@code .ci/run} sets up.
 *
 * <p>As a JUnit condition it skips a test class when no server answers, except on CI
 * ({@code CI=true}), where the class runs and fails: CI always has the server.
 */
public final class PostgresDatabase implements ExecutionCondition {

    /** The JDBC URL of the test database. */
    public static String url() {
        return setting("url", "jdbc:postgresql://127.0.0.1:5432/tenet_test");
    }

    public static String user() {
        return setting("user", "tenet");
    }

    public static String password() {
        return setting("password", "tenet");
    }

    /** The URL with this schema as the connections' current schema. */
    public static String url(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A schema name no earlier run used, so each run starts on an empty schema. */
    public static String freshSchemaName() {
        return "tenet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Opens a connection to the test database; fails within a few seconds when no server answers. */
    public static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url(), properties);
    }

    /** Drops a schema the test made, with everything in it. */
    public static void drop(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Whether this run is CI's, where a missing server is a failure rather than a reason to skip. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url());
        } catch (SQLException e) {
            if (onCi()) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL at " + url() + " must answer (" + e.getMessage()
                        + "); the test fails");
            }
            return ConditionEvaluationResult.disabled("no PostgreSQL at " + url() + " (" + e.getMessage() + "); set"
                    + " TENET_TEST_PG_URL, TENET_TEST_PG_USER and TENET_TEST_PG_PASSWORD, or run .ci/run");
        }
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty("tenet.test.pg." + name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = System.getenv("TENET_TEST_PG_" + name.toUpperCase(Locale.ROOT));
        return variable != null && !variable.isBlank() ? variable : fallback;
    }
}
