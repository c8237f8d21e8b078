package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;

import no.retthylle.analysis.stats.Proportion;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** {@code job_attachment.csv} from {@code mart_job_attachment.sql}, with Wilson intervals. */
public final class JobAttachmentMart {

    public static final String MODEL = "mart/mart_job_attachment";

    private JobAttachmentMart() {
    }

    /** The table over the shared models; without mentor spells it has no rows. */
    public static JobAttachmentTable compute(SqlModels models) {
        return new JobAttachmentTable(MartRows.collect(models, MODEL).stream()
                .map(JobAttachmentMart::row).toList());
    }

    private static JobAttachmentTable.Row row(Row mart) {
        return new JobAttachmentTable.Row(MartRows.group(mart),
                JobAttachmentTable.Measure.fromLabel(mart.getAs(JobAttachmentTable.MEASURE)),
                Proportion.wilson(count(mart, JobAttachmentTable.N_JOB), count(mart, JobAttachmentTable.N)));
    }
}
