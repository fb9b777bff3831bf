-- Reference numbers are handed out in blocks: one NEXTVAL reserves the numbers up to the next value
-- (ReferenceSequence reads this increment), instead of one round trip per report. Gaps were
-- already possible (a rolled-back report) and stay harmless.
ALTER SEQUENCE rpt_reference_seq INCREMENT BY 20;
