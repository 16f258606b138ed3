package dev.tenet.web.account;

import java.util.List;

/**
 * The role names of DESIGN.md section 5, as an {@link Actor} and the security rules spell them.
 * Spring Security sees each as the authority {@code ROLE_<name>}, so {@code hasRole(Roles.ADMIN)}
 * works in request rules and {@code @PreAuthorize}.
 */
public final class Roles {

    /** Submits workload designs for the team. */
    public static final String ENGINEER = "ENGINEER";
    /** Reviews at the research stage and keeps the risk register. */
    public static final String RESEARCH = "RESEARCH";
    /** Reviews at the policy stage and grants waivers. */
    public static final String POLICY = "POLICY";
    /** Reviews at the engineering stage. */
    public static final String ENGINEERING = "ENGINEERING";
    /** Signs off high-risk work. */
    public static final String BOARD = "BOARD";
    /** Manages users. */
    public static final String ADMIN = "ADMIN";

    /** Every role, in the workflow's order. */
    public static final List<String> ALL = List.of(ENGINEER, RESEARCH, POLICY, ENGINEERING, BOARD, ADMIN);

    private Roles() {
    }

    /** Whether this is one of the known role names (exact, upper case). */
    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
