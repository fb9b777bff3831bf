package se.tryggstad.portal.search.api;

import java.util.HashSet;
import java.util.Set;

/** The person searching, reduced to what search needs: the audiences they belong to. */
public record Viewer(Set<Audience> audiences) {

    public Viewer {
        Set<Audience> all = new HashSet<>(audiences == null ? Set.of() : audiences);
        all.add(Audience.PUBLIC);
        audiences = Set.copyOf(all);
    }

    public static Viewer anonymous() {
        return new Viewer(Set.of());
    }

    public static Viewer staff() {
        return new Viewer(Set.of(Audience.STAFF));
    }

    public boolean maySee(Set<Audience> documentAudiences) {
        return documentAudiences.stream().anyMatch(audiences::contains);
    }
}
