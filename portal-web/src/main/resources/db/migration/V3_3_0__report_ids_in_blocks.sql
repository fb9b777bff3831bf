-- A report's id comes from this sequence, 20 at a time (ReportRepository.nextReportId), instead of from
-- AUTO_INCREMENT at the insert: a new report has its id before anything is written, so it is inserted
-- with its first status at the commit, without a flush of its own (docs/adr/0014). The sequence starts
-- after the largest id given so far; CREATE SEQUENCE takes only a literal start, hence the statement
-- built here. The column keeps AUTO_INCREMENT, which an explicit id leaves alone.
SET @report_ids_start = (SELECT COALESCE(MAX(id), 0) + 1 FROM rpt_report);
SET @create_report_ids = CONCAT('CREATE SEQUENCE rpt_report_id_seq START WITH ', @report_ids_start,
                                ' INCREMENT BY 20 NOCACHE');
PREPARE create_report_ids FROM @create_report_ids;
EXECUTE create_report_ids;
DEALLOCATE PREPARE create_report_ids;
