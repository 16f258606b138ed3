/**
 * Policy drift (DESIGN.md section 5, issue 6): when the policy branch moves, every APPROVED design
 * is re-evaluated at the new commit in the background; one whose decision gets worse goes back to
 * review (RE_REVIEW) and its owner gets a notice saying why. Each design remembers the head it was
 * last checked at, so a check that stops (time limit, shutdown) resumes and none drifts twice for
 * one commit.
 */
package dev.tenet.web.drift;
