package se.tryggstad.portal.remiss.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.domain.Diarienummer;

/**
 * The next diarienummer of the year: one counter row per year, created or incremented by a single
 * {@code INSERT … ON DUPLICATE KEY UPDATE}, which holds the row's lock until the registering transaction ends.
 * Concurrent registrations queue on that row, so numbers are unique and without gaps from rollbacks of other
 * remisser (a rolled-back registration gives its number back).
 */
@ApplicationScoped
public class DiarieSeries {

    @PersistenceContext(unitName = "remiss")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "trygg.remiss.diarie.prefix", defaultValue = "KS")
    String prefix;

    /** Must run inside the transaction that stores the remiss. */
    public String next(int year) {
        em.createNativeQuery("INSERT INTO rms_diarie_counter (series_year, last_number) VALUES (?1, 1) "
                + "ON DUPLICATE KEY UPDATE last_number = last_number + 1").setParameter(1, year).executeUpdate();
        Number number = (Number) em.createNativeQuery("SELECT last_number FROM rms_diarie_counter WHERE series_year = ?1")
                .setParameter(1, year).getSingleResult();
        return Diarienummer.of(prefix, year, number.intValue());
    }
}
