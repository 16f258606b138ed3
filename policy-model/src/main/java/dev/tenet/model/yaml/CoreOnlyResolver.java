package dev.tenet.model.yaml;

import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A resolver that types nothing: every scalar composes as a string, and {@link CoreSchema} types it
 * afterwards by YAML 1.2's rules instead of SnakeYAML's YAML 1.1 ones. It also skips 1.1's patterns.
 */
final class CoreOnlyResolver extends Resolver {

    @Override
    protected void addImplicitResolvers() {
        // deliberately none: see CoreSchema
    }
}
