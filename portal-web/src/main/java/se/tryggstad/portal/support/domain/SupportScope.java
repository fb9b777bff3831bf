package se.tryggstad.portal.support.domain;

/** Who runs a support service: Solna stad, the region, or a national helpline. */
public enum SupportScope {
    MUNICIPAL,
    REGIONAL,
    NATIONAL
}
