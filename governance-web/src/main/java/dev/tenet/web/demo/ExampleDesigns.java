package dev.tenet.web.demo;

import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.git.TreeFile;
import dev.tenet.web.policy.PolicyService;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy library's example designs as their YAML text at the current policy commit, so the
 * demo's seeds follow the library: when a policy changes, the demo shows what it now decides.
 */
@Component
class ExampleDesigns {

    private static final Pattern METADATA_FIELD = Pattern.compile("^(\\s+)(team|owner):\\s*\\S.*$");

    private final PolicyService policies;

    ExampleDesigns(PolicyService policies) {
        this.policies = policies;
    }

    /** Each example's YAML at the current policy commit, by file name ({@code claims-triage.yaml}). */
    Map<String, String> atCurrentCommit() {
        String commit = policies.current().commit();
        String folder = policies.folder() + "/examples";
        // through the service: a remote policy repository is read from its mirror
        List<TreeFile> files = policies.read(repository -> repository.files(commit, folder,
                path -> path.endsWith(".yaml"), GitRepository.DEFAULT_MAX_FILE_BYTES));
        Map<String, String> byName = new LinkedHashMap<>();
        for (TreeFile file : files) {
            byName.put(file.path().substring(file.path().lastIndexOf('/') + 1),
                    new String(file.content(), StandardCharsets.UTF_8));
        }
        return byName;
    }

    /**
     * The document with its {@code metadata.team} and {@code metadata.owner} replaced: the demo's
     * engineers are all of one team, and only an engineer of a design's team may submit it.
     */
    static String adopt(String yaml, String team, String owner) {
        StringBuilder adopted = new StringBuilder(yaml.length());
        boolean inMetadata = false;
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                inMetadata = line.startsWith("metadata:");
            } else if (inMetadata) {
                Matcher field = METADATA_FIELD.matcher(line);
                if (field.matches()) {
                    line = field.group(1) + field.group(2) + ": " + (field.group(2).equals("team") ? team : owner);
                }
            }
            adopted.append(line).append('\n');
        }
        return adopted.substring(0, adopted.length() - 1);
    }
}
