package se.tryggstad.portal.course.application;

/** What a parent fills in to sign up: a name, e-mail and/or phone, and their consent. */
public record SignUp(String parentName, String email, String phone, String language, boolean consent) {
}
