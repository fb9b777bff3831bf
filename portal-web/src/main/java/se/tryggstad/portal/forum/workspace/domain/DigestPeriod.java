package se.tryggstad.portal.forum.workspace.domain;

import java.time.Instant;

/** A digest's period: its key (e.g. {@code D:2026-11-25}, {@code W:2026-48}) and the times [from, to). */
public record DigestPeriod(String key, Instant from, Instant to) {
}
