package no.retthylle.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link GenerateJob} wrote.
 *
 * @param drop the drop folder
 * @param rows data rows per record file name ({@code participants}, …), in file order
 * @param trainees persons with a mentor spell
 * @param trueEffect the {@link TrueEffect} on all trainees of the comparison population ({@code mentor_any})
 * @param trueEffectWithInternship the same over those with an internship ({@code mentor_internship})
 * @param trueEffectMentorOnly the same over those without ({@code mentor_only})
 */
public record GenerateResult(Path drop, Map<String, Long> rows, long trainees, TrueEffect trueEffect,
        TrueEffect trueEffectWithInternship, TrueEffect trueEffectMentorOnly) {

    public GenerateResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Data rows over all six files. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
