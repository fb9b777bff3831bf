package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.demo.RemissDemoContent;
import se.tryggstad.portal.remiss.application.RemissDetail;
import se.tryggstad.portal.remiss.application.RemissFilter;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissRow;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.domain.RemissStatus;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo remisser load through the real services (the IT server has demo content off, so they are loaded here
 * by hand): 15 remisser in every state of the workflow, the arena concert's crowd lowered during handling.
 */
@ExtendWith(ArquillianExtension.class)
class RemissDemoContentIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(RemissDemoContentIT.class);
    }

    @Inject
    RemissService remisser;

    @Inject
    RemissQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries accountQueries;

    @Test
    void fifteenDemoRemisserCoverEveryState() throws Exception {
        RemissDemoContent demo = new RemissDemoContent();
        set(demo, "remisser", remisser);
        set(demo, "queries", queries);
        set(demo, "accounts", accounts);
        set(demo, "accountQueries", accountQueries);
        Method load = RemissDemoContent.class.getDeclaredMethod("loadRemisser");
        load.setAccessible(true);
        load.invoke(demo);

        List<RemissRow> rows = queries.list(new RemissFilter(null, null, "5000-K4821", RemissFilter.Due.ALL));
        assertEquals(15, rows.size(), rows.toString());
        Set<String> states = rows.stream().map(RemissRow::status).collect(Collectors.toSet());
        assertEquals(Arrays.stream(RemissStatus.values()).map(Enum::name).collect(Collectors.toSet()), states);
        RemissRow concert = rows.stream().filter(row -> row.eventName().contains("Strawberry Arena")
                && row.eventType().equals("KONSERT")).findFirst().orElseThrow();
        RemissDetail detail = queries.detail(concert.id()).orElseThrow();
        assertTrue(detail.application().alcoholServed());
        assertTrue(detail.audit().stream().anyMatch(entry -> entry.what().equals("application.peakVisitors")
                && "65000".equals(entry.oldValue()) && "50000".equals(entry.newValue())), detail.audit().toString());
        assertTrue(rows.stream().anyMatch(row -> row.eventName().contains("Julmarknad")));
        assertTrue(rows.stream().anyMatch(row -> row.eventType().equals("LOPP")));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
