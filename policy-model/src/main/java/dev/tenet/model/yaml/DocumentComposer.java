package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes one checked text into a tree: SnakeYAML's parser and composer (never a constructor, so
 * nothing is instantiated), behind {@link GuardedEvents}, then {@link TreeBuilder}.
 */
final class DocumentComposer {

    static final String EMPTY = "file is empty: expected a Tenet document (apiVersion, kind, metadata, spec)";

    private final Locator locator;
    private final YamlLimits limits;

    DocumentComposer(Locator locator, YamlLimits limits) {
        this.locator = locator;
        this.limits = limits;
    }

    ReadResult<TreeNode> compose() {
        LoaderOptions options = options(limits);
        GuardedEvents events = new GuardedEvents(
                new ParserImpl(new StreamReader(locator.source().text()), options), locator, limits);
        List<Problem> problems = new ArrayList<>();
        Node root = null;
        try {
            root = new Composer(events, new CoreOnlyResolver(), options).getSingleNode();
        } catch (Refusal refusal) {
            problems.add(refusal.problem());
        } catch (MarkedYAMLException e) {
            problems.add(SyntaxErrors.problem(locator, e));
        } catch (YAMLException e) {
            problems.add(SyntaxErrors.unmarked(locator, e, limits));
        }
        problems.addAll(events.problems());
        if (root == null || isEmpty(root)) {
            return ReadResult.failure(problems.isEmpty() ? List.of(locator.error(Position.START, EMPTY)) : problems);
        }
        return build(root, problems);
    }

    /** The tree, with every problem met while composing and building it. */
    private ReadResult<TreeNode> build(Node root, List<Problem> problems) {
        TreeBuilder builder = new TreeBuilder(locator);
        TreeNode tree = builder.build(root);
        problems.addAll(builder.problems());
        if (!(tree instanceof MapNode)) {
            problems.add(locator.error(tree.position(), "expected a mapping at the top of the file, found "
                    + tree.describe()));
        }
        return ReadResult.of(tree, problems);
    }

    /** A document with nothing in it, such as a lone {@code ---}. */
    private static boolean isEmpty(Node root) {
        return root instanceof ScalarNode scalar && scalar.isPlain() && scalar.getValue().isEmpty();
    }

    /** SnakeYAML's own limits, set just above ours: a backstop should {@link GuardedEvents} miss one. */
    private static LoaderOptions options(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(saturatedAdd(limits.maxDepth(), 10));
        options.setCodePointLimit(saturatedAdd(limits.maxCodePoints(), 1));
        options.setProcessComments(false);
        options.setMergeOnCompose(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    private static int saturatedAdd(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }
}
