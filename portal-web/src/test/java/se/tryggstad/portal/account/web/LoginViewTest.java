package se.tryggstad.portal.account.web;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.account.domain.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginViewTest {

    private static String landingFor(Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return LoginView.landingPage(held::contains);
    }

    @Test
    void staffAndRemissHandlersStartOnTheStaffPage() {
        assertEquals("/staff/index.xhtml", landingFor(Role.STAFF));
        assertEquals("/staff/index.xhtml", landingFor(Role.REMISS_HANDLER));
        assertEquals("/staff/index.xhtml", landingFor(Role.ADMIN, Role.STAFF));
        assertEquals("/staff/index.xhtml", landingFor(Role.PARTNER, Role.STAFF));
    }

    @Test
    void anAdministratorWithoutStaffRoleStartsOnTheAccountPage() {
        assertEquals("/admin/konton.xhtml", landingFor(Role.ADMIN));
        assertEquals("/admin/konton.xhtml", landingFor(Role.ADMIN, Role.PARTNER));
    }

    @Test
    void partnersStartOnThePartnerPage() {
        assertEquals("/partner/index.xhtml", landingFor(Role.PARTNER));
    }

    @Test
    void someoneWithoutRolesStartsOnTheHomePage() {
        assertEquals("/", landingFor());
    }
}
