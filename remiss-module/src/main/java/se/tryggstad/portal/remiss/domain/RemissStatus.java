package se.tryggstad.portal.remiss.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a remiss is in its handling, and the only moves allowed from each state: the workflow's state machine.
 * Sending the yttrande (GRANSKAD → YTTRANDE_SKICKAT) happens only through {@code Remiss.markYttrandeSent}; a new
 * yttrande after one was sent needs a new decision, so YTTRANDE_SKICKAT may go back to UNDER_HANDLAGGNING.
 */
public enum RemissStatus {
    MOTTAGEN, UNDER_HANDLAGGNING, BEGARD_KOMPLETTERING, PA_REMISS_INTERNT, FORSLAG_TILL_YTTRANDE, GRANSKAD,
    YTTRANDE_SKICKAT, AVSLUTAD, AVVISAD, ATERKALLAD;

    private static final Map<RemissStatus, Set<RemissStatus>> NEXT = Map.of(
            MOTTAGEN, EnumSet.of(UNDER_HANDLAGGNING, AVVISAD, ATERKALLAD),
            UNDER_HANDLAGGNING, EnumSet.of(BEGARD_KOMPLETTERING, PA_REMISS_INTERNT, FORSLAG_TILL_YTTRANDE, AVVISAD,
                    ATERKALLAD),
            BEGARD_KOMPLETTERING, EnumSet.of(UNDER_HANDLAGGNING, AVVISAD, ATERKALLAD),
            PA_REMISS_INTERNT, EnumSet.of(UNDER_HANDLAGGNING, FORSLAG_TILL_YTTRANDE, ATERKALLAD),
            FORSLAG_TILL_YTTRANDE, EnumSet.of(GRANSKAD, UNDER_HANDLAGGNING, ATERKALLAD),
            GRANSKAD, EnumSet.of(YTTRANDE_SKICKAT, UNDER_HANDLAGGNING, ATERKALLAD),
            YTTRANDE_SKICKAT, EnumSet.of(AVSLUTAD, UNDER_HANDLAGGNING),
            AVSLUTAD, EnumSet.noneOf(RemissStatus.class),
            AVVISAD, EnumSet.noneOf(RemissStatus.class),
            ATERKALLAD, EnumSet.noneOf(RemissStatus.class));

    public Set<RemissStatus> next() {
        Set<RemissStatus> next = EnumSet.noneOf(RemissStatus.class);
        next.addAll(NEXT.get(this));
        return next;
    }

    public boolean mayMoveTo(RemissStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The moves a handler makes by choosing the next state; sending the yttrande is its own action. */
    public Set<RemissStatus> choosableNext() {
        Set<RemissStatus> next = EnumSet.noneOf(RemissStatus.class);
        next.addAll(NEXT.get(this));
        next.remove(YTTRANDE_SKICKAT);
        return next;
    }

    public boolean isFinished() {
        return NEXT.get(this).isEmpty();
    }

    /** While the application may still change: before a proposal for the yttrande is written. */
    public boolean allowsApplicationChanges() {
        return this == MOTTAGEN || this == UNDER_HANDLAGGNING || this == BEGARD_KOMPLETTERING || this == PA_REMISS_INTERNT;
    }
}
