/**
 * The policy library: every Policy, the Governance document, every PolicyTest and the example
 * designs under one folder, read from the working tree or from a git commit, checked across files
 * and handed out as one immutable {@link dev.tenet.engine.library.PolicyLibrary}.
 */
package dev.tenet.engine.library;
