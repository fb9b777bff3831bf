package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.conflicts.ArenaEventDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Demo arena event days for the run profile only (the requirement rules and the approximate arena area are seeded
 * by migrations, see docs/adr/0010): a few invented matches and concerts at the national arena in the coming
 * weeks, so that the conflict check has something to find. Added once, when the list is empty.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class RemissChecksDemoContent {

    private static final Logger LOG = Logger.getLogger(RemissChecksDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    ArenaEventDays arenaDays;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled || !arenaDays.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        arenaDays.add(today.plusDays(10), "Fotboll: landskamp (demo)");
        arenaDays.add(today.plusDays(24), "Konsert på arenan (demo)");
        arenaDays.add(today.plusDays(38), "Fotboll: allsvensk match (demo)");
        arenaDays.add(today.plusDays(52), "Konsert på arenan (demo)");
        LOG.info("Demo arena event days added.");
    }
}
