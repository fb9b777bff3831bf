-- Area alerts by district (bevakning of a stadsdel from the districts GeoJSON, ADR 0008/0012): the
-- district's code; such an alert keeps a point inside the district and radius 0 (never matched by distance).
ALTER TABLE rpt_alert_subscription
    ADD COLUMN district_code VARCHAR(40) NULL,
    ADD INDEX ix_rpt_alert_district (district_code, confirmed_at);
