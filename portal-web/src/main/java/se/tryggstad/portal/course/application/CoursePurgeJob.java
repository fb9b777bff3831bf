package se.tryggstad.portal.course.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/** Every night, forgets the parents of courses that ended long enough ago (trygg.course.purge-after-days). */
@Singleton
public class CoursePurgeJob {

    private static final Logger LOG = Logger.getLogger(CoursePurgeJob.class.getName());

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        int purged = courses.purgeEndedCourses(clock.instant());
        if (purged > 0) {
            LOG.info(() -> "Participants' data of " + purged + " ended course groups purged.");
        }
    }
}
