package dev.tenet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Test cases for one policy ({@code policy} set), or for the whole library (keys written
 * {@code policy/rule}, decisions and tiers checked against every policy).
 *
 * @param name        the test's name
 * @param description what it covers, or the empty string
 * @param policy      the policy under test, for a policy's own test
 * @param cases       the cases, in file order
 * @param source      the file it was read from
 */
public record PolicyTest(String name, String description, Optional<String> policy, List<TestCase> cases,
                         SourceMap source) implements Document {

    public PolicyTest {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(policy, "policy");
        cases = List.copyOf(cases);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
        return Kind.POLICY_TEST;
    }
}
