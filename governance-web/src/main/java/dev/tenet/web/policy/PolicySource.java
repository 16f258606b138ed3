package dev.tenet.web.policy;

import dev.tenet.engine.git.GitException;
import dev.tenet.engine.git.GitMirror;
import dev.tenet.engine.git.GitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the policy repository is read: a local folder read in place ({@code .}, this checkout), or
 * a bare mirror of a remote URL kept under {@code tenet.data-dir/policy-mirrors/} and brought up to
 * date by fetching. Credentials written into a URL ({@code https://user:token@host/...}) are never
 * shown: {@link #address()} and every message leave them out.
 */
sealed interface PolicySource permits PolicySource.Local, PolicySource.Mirror {

    /** The folder under {@code tenet.data-dir} that holds the mirrors, one per URL. */
    String MIRRORS = "policy-mirrors";

    /**
     * The source a {@code tenet.policies.repository} setting names. A remote is cloned now when it
     * has no mirror yet; an existing mirror is only opened: {@link #fetch()} brings it up to date.
     *
     * @throws GitException when the remote cannot be cloned, with the URL's credentials left out
     */
    static PolicySource of(String repository, Path dataDir) {
        if (!GitMirror.isRemote(repository)) {
            return new Local(Path.of(repository).toAbsolutePath().normalize());
        }
        String address = withoutCredentials(repository);
        Path folder = dataDir.resolve(MIRRORS).resolve(folderName(address, repository));
        try {
            return new Mirror(GitMirror.of(repository, folder), address);
        } catch (GitException e) {
            // without the cause: JGit's own messages may spell the URL with its credentials
            throw new GitException(redact(e.getMessage(), repository, address)
                    + " (tenet.policies.repository; the mirror would live in " + folder + ")");
        }
    }

    /** Opens the repository for reading. Close it when done. */
    GitRepository open();

    /**
     * Brings a mirror up to date with its remote; nothing for a local folder.
     *
     * @return the refs that changed
     * @throws GitException when the remote cannot be reached or read, its message without credentials
     */
    List<String> fetch();

    /** Whether the repository is a mirror of a remote. */
    boolean isRemote();

    /** The repository as people may see it: a folder, or the URL without credentials. */
    String address();

    /**
     * The commit the policy branch's head names. A local folder without the branch (a checkout on
     * a detached {@code HEAD}, as CI makes) follows {@code HEAD}; a mirror never does: its
     * {@code HEAD} is whatever the remote's default branch was, not the configured one.
     */
    String head(GitRepository repository, String branch);

    /** The source of a local folder, read in place. */
    record Local(Path folder) implements PolicySource {

        private static final Logger LOG = LoggerFactory.getLogger(PolicySource.class);

        @Override
        public GitRepository open() {
            return GitRepository.open(folder);
        }

        @Override
        public List<String> fetch() {
            return List.of();
        }

        @Override
        public boolean isRemote() {
            return false;
        }

        @Override
        public String address() {
            return folder.toString();
        }

        @Override
        public String head(GitRepository repository, String branch) {
            Optional<String> head = repository.headOf(branch);
            if (head.isPresent()) {
                return head.get();
            }
            LOG.debug("policy repository {} has no branch '{}'; following HEAD", folder, branch);
            return repository.resolve("HEAD");
        }
    }

    /** The source of a remote, read from its bare mirror. */
    record Mirror(GitMirror mirror, String address) implements PolicySource {

        @Override
        public GitRepository open() {
            return mirror.open();
        }

        @Override
        public List<String> fetch() {
            try {
                return mirror.fetch();
            } catch (GitException e) {
                throw new GitException(redact(e.getMessage(), mirror.url(), address));
            }
        }

        @Override
        public boolean isRemote() {
            return true;
        }

        @Override
        public String head(GitRepository repository, String branch) {
            return repository.headOf(branch).orElseThrow(() -> new GitException("the policy repository "
                    + address + " has no branch '" + branch + "' (any more): check tenet.policies.branch"
                    + (repository.branches().isEmpty() ? "" : "; its branches are " + repository.branches())));
        }

        @Override
        public String toString() {
            return "Mirror[" + address + " in " + mirror.folder() + "]";
        }
    }

    /** {@code https://user:token@host/x.git} as {@code https://host/x.git}; anything else as it is. */
    static String withoutCredentials(String url) {
        return Credentials.USER_INFO.matcher(url).replaceFirst("$1");
    }

    /** A message with {@code url} written as {@code address}, and the credentials of any other URL left out. */
    static String redact(String message, String url, String address) {
        String text = message == null ? "" : message.replace(url, address);
        return Credentials.ANY_USER_INFO.matcher(text).replaceAll("$1");
    }

    /** The mirror's folder: the repository's name, for people, and a digest of its whole URL, for uniqueness. */
    private static String folderName(String address, String url) {
        String path = address.replaceAll("[/\\\\]+$", "");
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1)
                .replaceAll("\\.git$", "").replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest, 0, 8);
            return name.isEmpty() || name.startsWith(".") ? hash : name + "-" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The user-information part of URLs: where credentials are written. */
    final class Credentials {
        private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/]*@");
        private static final Pattern ANY_USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\\s]*@");

        private Credentials() {
        }
    }
}
