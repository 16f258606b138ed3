package dev.tenet.web.browser;

import dev.tenet.web.persistence.TemporaryPolicyRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/** The library's example designs, renamed so that each test acts on a design of its own in team claims. */
public final class Examples {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private Examples() {
    }

    /** The example {@code file} with team {@code claims} and a fresh name starting with {@code prefix}. */
    public static Named claims(String file, String prefix) {
        String name = prefix + "-" + NAMES.incrementAndGet();
        try {
            String yaml = Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(file));
            String renamed = yaml.replaceFirst("(?m)^  name: .*$", "  name: " + name)
                    .replaceFirst("(?m)^  team: .*$", "  team: claims")
                    .replaceFirst("(?m)^  owner: .*$", "  owner: erin");
            return new Named(name, renamed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A design document and the name it was given. */
    public record Named(String name, String yaml) {
    }
}
