package dev.tenet.engine.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bare mirror of a remote git repository kept in a local folder: cloned once, then brought up to
 * date by {@link #fetch()}, which follows the remote exactly (a force-pushed branch moves back, a
 * deleted branch goes). What the web application reads when its policy library lives elsewhere.
 *
 * <p>Remotes are {@code https://}, {@code http://}, {@code git://} and {@code file://} URLs, and
 * local paths. SSH needs an SSH session factory that Tenet does not ship: use HTTPS with a token.
 */
public final class GitMirror {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.+");
    private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@[\\w.-]+:.+");
    private static final List<RefSpec> MIRROR = List.of(
            new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_HEADS + "*"),
            new RefSpec("+" + Constants.R_TAGS + "*:" + Constants.R_TAGS + "*"));
    private static final int TIMEOUT_SECONDS = 60;

    private final String url;
    private final Path folder;

    private GitMirror(String url, Path folder) {
        this.url = url;
        this.folder = folder;
    }

    /**
     * Whether a repository setting names a remote to clone ({@code https://host/x.git},
     * {@code file:///srv/x.git}, {@code git@host:x.git}) rather than a local folder to read in place.
     */
    public static boolean isRemote(String repository) {
        return URL.matcher(repository).matches() || SCP_LIKE.matcher(repository).matches();
    }

    /**
     * The mirror of {@code url} in {@code folder}: cloned now when the folder does not exist yet,
     * else the existing mirror, which must be of the same URL. A failed clone leaves no folder.
     *
     * @throws GitException when the remote cannot be reached or read, or the folder holds something else
     */
    public static GitMirror of(String url, Path folder) {
        Objects.requireNonNull(url, "url");
        requireSupported(url);
        Path absolute = folder.toAbsolutePath().normalize();
        GitMirror mirror = new GitMirror(url, absolute);
        if (Files.exists(absolute)) {
            mirror.requireSameRemote();
        } else {
            mirror.cloneInto(absolute);
        }
        return mirror;
    }

    /** The remote's URL. */
    public String url() {
        return url;
    }

    /** The local bare repository's folder. */
    public Path folder() {
        return folder;
    }

    /** Opens the local mirror for reading. Close it when done. */
    public GitRepository open() {
        return GitRepository.open(folder);
    }

    /**
     * Brings every branch and tag to where the remote has them, forced: a branch the remote
     * rewrote (a force-push) follows it, one the remote deleted is removed.
     *
     * @return the refs that changed, as {@code refs/heads/main: abc123..def456}; empty when nothing did
     * @throws GitException when the remote cannot be reached or read; the mirror is unchanged then
     */
    public List<String> fetch() {
        try (Repository repository = repository(); Git git = Git.wrap(repository)) {
            FetchResult result = git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).setRefSpecs(MIRROR)
                    .setRemoveDeletedRefs(true).setForceUpdate(true).setTimeout(TIMEOUT_SECONDS).call();
            List<String> updates = new ArrayList<>();
            for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
                updates.add(update.getLocalName() + ": " + abbreviate(update.getOldObjectId().name()) + ".."
                        + abbreviate(update.getNewObjectId().name()) + " (" + update.getResult() + ")");
            }
            return updates;
        } catch (InvalidRemoteException | TransportException e) {
            throw new GitException("cannot fetch " + url + ": " + e.getMessage()
                    + " (check the URL, the network and the credentials)", e);
        } catch (GitAPIException e) {
            throw new GitException("cannot fetch " + url + " into " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "GitMirror[" + url + " in " + folder + "]";
    }

    private static void requireSupported(String url) {
        if (SCP_LIKE.matcher(url).matches() || url.startsWith("ssh://")) {
            throw new GitException("cannot clone " + url + ": SSH remotes are not supported; use an https:// URL"
                    + " (with a read token) or a file:// URL");
        }
        try {
            new URIish(url);
        } catch (URISyntaxException e) {
            throw new GitException("'" + url + "' is not a git URL: " + e.getMessage(), e);
        }
    }

    private void cloneInto(Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            deleteRecursively(partial);
            Files.createDirectories(target.getParent());
            try (Git ignored = Git.cloneRepository().setURI(url).setDirectory(partial.toFile()).setBare(true)
                    .setMirror(true).setTimeout(TIMEOUT_SECONDS).call()) {
                // cloned; the move below makes it visible only when complete
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (InvalidRemoteException | TransportException e) {
            deleteQuietly(partial);
            throw new GitException("cannot clone " + url + ": " + e.getMessage()
                    + " (check the URL, the network and the credentials)", e);
        } catch (GitAPIException | IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new GitException("cannot clone " + url + " into " + target + ": " + e.getMessage(), e);
        }
    }

    private void requireSameRemote() {
        try (Repository repository = repository()) {
            StoredConfig config = repository.getConfig();
            String remote = config.getString("remote", Constants.DEFAULT_REMOTE_NAME, "url");
            if (!url.equals(remote)) {
                throw new GitException(folder + " mirrors " + remote + ", not " + url
                        + ": delete the folder to clone the new remote");
            }
        }
    }

    private Repository repository() {
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true)
                    .setBare().build();
            if (!repository.isBare()) {
                repository.close();
                throw new GitException(folder + " is not a bare mirror");
            }
            return repository;
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException(folder + " is not a git mirror (" + e.getMessage() + "): delete it to clone again", e);
        }
    }

    private static String abbreviate(String id) {
        return id.substring(0, Math.min(id.length(), 12));
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException | UncheckedIOException e) {
            // a left-over partial clone is removed before the next attempt
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
