package vn.sonla.ntm.funding.outage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Test-only: a write whose database connection is terminated at the last moment before its commit, as a PostgreSQL
 * restart does to a connection it finds mid-transaction (the service cannot know whether such a commit landed), and
 * one whose connection is terminated between two statements (nothing can have been saved).
 */
@Path("/test-probe")
public class CommitProbe {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @POST
    @Path("/commit-loses-connection/{note}")
    @PermitAll
    @Transactional
    public String write(@PathParam("note") String note) {
        em.createNativeQuery("insert into probe_write(note) values (?1)").setParameter(1, note).executeUpdate();
        int pid = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                terminate(pid);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
        return note;
    }

    @POST
    @Path("/statement-loses-connection/{note}")
    @PermitAll
    @Transactional
    public String writeAfterLoss(@PathParam("note") String note) {
        em.createNativeQuery("insert into probe_write(note) values (?1)").setParameter(1, note).executeUpdate();
        terminate(((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue());
        em.createNativeQuery("insert into probe_write(note) values (?1)").setParameter(1, note + "-second").executeUpdate();
        return note;
    }

    private void terminate(int pid) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement kill = c.prepareStatement("select pg_terminate_backend(?)")) {
            kill.setInt(1, pid);
            kill.execute();
            Thread.sleep(200);
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("could not terminate the probe's connection", e);
        }
    }
}
