package dev.tenet.web.policy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.tenet.web.policy.WebhookSignature.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The webhook's {@code X-Hub-Signature-256}: HMAC-SHA256 of the raw body, compared in constant time. */
class WebhookSignatureTest {

    static final String SECRET = "It's a Secret to Everybody";
    static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    /** GitHub's own example ("Validating webhook deliveries"): this secret, this payload. */
    static final String GITHUB_EXAMPLE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void githubsOwnExampleIsValid() {
        assertThat(signature.check(GITHUB_EXAMPLE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void theSignatureOfAnyBodyIsItsHmacSha256() {
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.check(sign(SECRET, body), body)).isEqualTo(Check.VALID);
    }

    @Test
    void upperCaseHexAndSurroundingSpacesAreAccepted() {
        String upper = "SHA256=" + GITHUB_EXAMPLE.substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertThat(signature.check("  " + upper + " ", BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void anotherBodyDoesNotMatch() {
        assertThat(signature.check(GITHUB_EXAMPLE, "Hello, World?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Check.MISMATCH);
    }

    @Test
    void anotherSecretDoesNotMatch() {
        assertThat(signature.check(sign("another secret", BODY), BODY)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void aSignatureWrongInItsFirstOrLastByteDoesNotMatch() {
        String hex = GITHUB_EXAMPLE.substring("sha256=".length());

        assertThat(signature.check("sha256=" + flip(hex, 0), BODY)).isEqualTo(Check.MISMATCH);
        assertThat(signature.check("sha256=" + flip(hex, hex.length() - 1), BODY)).isEqualTo(Check.MISMATCH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",        // no prefix
            "sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",   // another algorithm
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1",  // 63 digits
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e177", // 65 digits
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1g", // not hex
            "sha256=",
            "sha256 = 757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"})
    void aMalformedHeaderIsRefusedAsMalformed(String header) {
        assertThat(signature.check(header, BODY)).isEqualTo(Check.MALFORMED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void withoutASecretNoSignatureIsValidNotEvenOneMadeWithAnEmptyKey(String secret) {
        WebhookSignature none = new WebhookSignature(secret);

        assertThat(none.check(GITHUB_EXAMPLE, BODY)).isEqualTo(Check.NO_SECRET);
        assertThat(none.check("sha256=" + "0".repeat(64), BODY)).isEqualTo(Check.NO_SECRET);
    }

    @Test
    void eachRefusalSaysWhyWithoutTheSecret() {
        assertThat(Arrays.stream(Check.values()).map(Check::reason))
                .doesNotHaveDuplicates().noneMatch(reason -> reason.contains(SECRET));
    }

    @Test
    void signaturesAreComparedInConstantTimeByMessageDigestIsEqualAndNothingElse() {
        JavaClasses classes = new ClassFileImporter().importClasses(WebhookSignature.class);

        classes().that().haveSimpleName("WebhookSignature").should()
                .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
                .because("a byte-by-byte comparison that stops at the first difference leaks the signature's prefix in time")
                .check(classes);
        noClasses().that().haveSimpleName("WebhookSignature").should()
                .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .orShould().callMethod(Arrays.class, "mismatch", byte[].class, byte[].class)
                .orShould().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .check(classes);
    }

    /** What a webhook sender computes, independently of the code under test. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flip(String hex, int index) {
        char digit = hex.charAt(index);
        return hex.substring(0, index) + (digit == '0' ? '1' : '0') + hex.substring(index + 1);
    }
}
