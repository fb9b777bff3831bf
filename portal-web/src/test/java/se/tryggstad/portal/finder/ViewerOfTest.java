package se.tryggstad.portal.finder;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewerOfTest {

    @Test
    void someoneWithoutRolesSeesWhatTheAnonymousSee() {
        assertEquals(Viewer.anonymous(), ViewerOf.callerWithRoles(role -> false));
    }

    @Test
    void everyStaffRoleSeesStaffDocuments() {
        for (String role : Set.of("STAFF", "REMISS_HANDLER", "ADMIN")) {
            assertEquals(Set.of(Audience.PUBLIC, Audience.STAFF),
                    ViewerOf.callerWithRoles(Set.of(role)::contains).audiences(), role);
        }
    }

    @Test
    void aPartnerSeesOnlyPublicDocuments() {
        assertEquals(Set.of(Audience.PUBLIC), ViewerOf.callerWithRoles(Set.of("PARTNER")::contains).audiences());
    }

    @Test
    void aPartnerWhoIsAlsoStaffSeesStaffDocuments() {
        assertEquals(Viewer.staff(), ViewerOf.callerWithRoles(Set.of("PARTNER", "STAFF")::contains));
    }

    @Test
    void aRoleThePortalDoesNotKnowGivesNothingExtra() {
        assertEquals(Viewer.anonymous(), ViewerOf.callerWithRoles(Set.of("staff", "ROOT")::contains));
    }

    @Test
    void everyAccountRoleHasBeenDecidedOn() {
        Arrays.stream(Role.values())
                .map(Role::name)
                .forEach(role -> assertTrue(ViewerOf.STAFF_ROLES.contains(role) || role.equals("PARTNER"),
                        role + " is neither staff nor a partner: decide what it may find"));
    }
}
