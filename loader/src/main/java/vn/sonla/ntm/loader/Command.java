package vn.sonla.ntm.loader;

import java.util.Set;

/** One loader mode ({@code demo}; a later {@code bench}). */
public interface Command {

    String name();

    /** One line for the usage text. */
    String summary();

    /** Options beyond the common ones (keycloak, realm, client, password, criteria, assessment, funding, wait, timeout). */
    default Set<String> options() {
        return Set.of();
    }

    /** Whether the command talks to the running services (Main waits for them first); a report does not. */
    default boolean needsServices() {
        return true;
    }

    /** Runs the command; answers the process exit code. */
    int run(Services services, Options options);
}
