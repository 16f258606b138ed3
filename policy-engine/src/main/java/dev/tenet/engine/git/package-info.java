/**
 * Reads a git repository's objects directly: revisions, the files of a folder at a commit, the
 * history of a path and what changed between two commits. Never checks anything out, never touches
 * the working tree or the index.
 *
 * <p>The only package of the engine that uses JGit; no JGit type appears in its public API.
 */
package dev.tenet.engine.git;
